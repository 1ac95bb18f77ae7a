package org.unmiss.gender.personnel.domain;

/** One count of personnel-service's strength report (the contract parity reads; kept in a parity snapshot); fields not grouped by are null. */
public record StrengthCount(String category, String subCategory, String country, String sex, long count) {

    public boolean female() {
        return "FEMALE".equals(sex);
    }

    public boolean male() {
        return "MALE".equals(sex);
    }
}
