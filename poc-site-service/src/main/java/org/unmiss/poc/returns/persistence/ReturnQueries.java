package org.unmiss.poc.returns.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.poc.returns.domain.ReturnMovement;
import org.unmiss.poc.site.domain.SiteAccess;

import java.time.LocalDate;

@Component
@RequiredArgsConstructor
public class ReturnQueries {

    private final MongoTemplate mongo;
    private final SiteAccess access;

    public Page<ReturnMovement> find(String siteCode, String destinationState, LocalDate from, LocalDate to, Pageable pageable) {
        return ListQuery.withinScope("fieldOffice", access.scope(), null)
                .equal("siteCode", siteCode)
                .equal("destinationState", destinationState)
                .fromThrough("departedOn", from, to)
                .page(mongo, pageable, ReturnMovement.class);
    }
}
