package org.unmiss.humanrights.perpetrator.domain;

import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.kit.security.FieldOfficeScope;

import java.time.LocalDate;
import java.util.stream.Stream;

/** The standing allegations the perpetrator report counts; persistence implements it. */
public interface PerpetratorCases {

    /**
     * The cases within {@code scope} dated from..to (either may be open) that were not found not to have occurred, with
     * only the fields the tally reads (no sealed field), read lazily.
     */
    Stream<HrCase> standing(FieldOfficeScope scope, LocalDate from, LocalDate to);
}
