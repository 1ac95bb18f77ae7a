package org.unmiss.humanrights.report.api;

import org.unmiss.kit.security.FieldOfficeScope;

import java.time.LocalDate;

/** The figures of the cases dated from..to (inclusive, either may be open) within a field-office scope. */
public interface Reports {

    MrmReport mrm(FieldOfficeScope offices, LocalDate from, LocalDate to, boolean withReported);

    MaraReport mara(FieldOfficeScope offices, LocalDate from, LocalDate to);

    HarmReport harm(FieldOfficeScope offices, LocalDate from, LocalDate to);

    /** The brief of {@code quarter}, whose days are from..to. */
    QuarterlyBrief brief(FieldOfficeScope offices, String quarter, LocalDate from, LocalDate to);
}
