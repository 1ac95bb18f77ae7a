package org.unmiss.personnel.fieldoffice.api;

import org.unmiss.personnel.fieldoffice.domain.FieldOffice;

import java.time.LocalDate;

/** A field office as clients see it; {@code effectiveTo} is the first day it no longer operates. */
public record FieldOfficeResponse(String code, String name, String state, boolean headquarters,
                                  LocalDate effectiveFrom, LocalDate effectiveTo, String successorCode,
                                  boolean openToday) {

    static FieldOfficeResponse from(FieldOffice office, LocalDate today) {
        return new FieldOfficeResponse(office.code(), office.name(), office.state(), office.headquarters(),
                office.effectiveFrom(), office.effectiveTo(), office.successorCode(), office.isOpenOn(today));
    }
}
