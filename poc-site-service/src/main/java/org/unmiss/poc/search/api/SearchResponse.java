package org.unmiss.poc.search.api;

import org.unmiss.poc.search.domain.SearchOperation;

import java.time.Instant;
import java.util.List;

public record SearchResponse(String reference, String siteCode, String fieldOffice, Instant startedAt, Instant endedAt,
                             List<String> sectors, int sheltersSearched, int personnelDeployed, String leadUnit,
                             String notes, String recordedBy) {

    static SearchResponse from(SearchOperation search) {
        return new SearchResponse(search.reference(), search.siteCode(), search.fieldOffice(), search.startedAt(),
                search.endedAt(), search.sectors(), search.sheltersSearched(), search.personnelDeployed(),
                search.leadUnit(), search.notes(), search.recordedBy());
    }
}
