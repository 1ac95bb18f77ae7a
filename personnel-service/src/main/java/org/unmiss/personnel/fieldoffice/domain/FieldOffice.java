package org.unmiss.personnel.fieldoffice.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * A mission field office as reference data with effective dates. Offices open and close (Torit and
 * Aweil closed at the end of 2025, Aweil's staff moving to Wau); a closed office stays here so that
 * records made in it keep pointing at it.
 *
 * @param code          stable identifier used in tokens ({@code field_office}) and in every record
 * @param headquarters  mission headquarters (Juba), whose users see all offices
 * @param effectiveFrom first day the office operates
 * @param effectiveTo   first day it no longer operates; null while open
 * @param successorCode the office that took over its area after closing, if any
 */
@Document("field_offices")
public record FieldOffice(@Id String code, String name, String state, boolean headquarters,
                          LocalDate effectiveFrom, LocalDate effectiveTo, String successorCode,
                          @Version Long version) {

    public boolean isOpenOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }
}
