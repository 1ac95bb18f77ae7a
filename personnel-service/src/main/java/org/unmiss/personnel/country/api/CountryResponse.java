package org.unmiss.personnel.country.api;

import org.unmiss.personnel.country.domain.Country;

import java.time.LocalDate;

/** A contributing country as clients see it. */
public record CountryResponse(String code, String name, LocalDate contributorSince) {

    static CountryResponse from(Country country) {
        return new CountryResponse(country.code(), country.name(), country.contributorSince());
    }
}
