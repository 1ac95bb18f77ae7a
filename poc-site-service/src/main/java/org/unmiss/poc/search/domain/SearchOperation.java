package org.unmiss.poc.search.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A cordon-and-search operation inside a site, to disrupt arms trafficking. Items seized in it are
 * in the seizure register, each with its own custody chain.
 *
 * @param sectors the site sectors searched (codes of the site's structure)
 */
@Document("search_operations")
public record SearchOperation(@Id String reference, String siteCode, String fieldOffice, Instant startedAt,
                              Instant endedAt, String month, List<String> sectors, int sheltersSearched,
                              int personnelDeployed, String leadUnit, String notes, String recordedBy,
                              Instant recordedAt, @Version Long version) {
}
