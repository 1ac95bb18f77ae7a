package org.unmiss.personnel.person.domain;

import java.time.LocalDate;

/** The reference data a person's details are checked against (field offices, units). */
public interface PersonReferences {

    boolean knowsOffice(String code);

    boolean officeOpenOn(String code, LocalDate date);

    boolean knowsUnit(String code);
}
