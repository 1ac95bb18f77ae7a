package org.unmiss.poc.population.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.poc.people.domain.PeopleCount;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A site's population on a date by one counting method. The id is site, date and method, so the
 * same count cannot be recorded twice (409), while a headcount and an estimate of the same day can
 * stand side by side.
 */
@Document("population_figures")
@CompoundIndex(name = "site_asOf", def = "{'siteCode': 1, 'asOf': 1}")
public record PopulationFigure(@Id String id, String siteCode, String fieldOffice, LocalDate asOf,
                               CountingMethod method, Integer households, PeopleCount people,
                               String recordedBy, Instant recordedAt, @Version Long version) {

    public static String idOf(String siteCode, LocalDate asOf, CountingMethod method) {
        return siteCode + ":" + asOf + ":" + method;
    }
}
