package org.unmiss.peace.engagement.domain;

import org.unmiss.kit.store.DocumentStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unmiss.kit.security.FieldOfficeScope;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the engagement use cases and reports need from the store. Declared here and implemented in persistence
 * so that domain depends on no persistence class (ADR 0021: api -> domain <- persistence).
 */
public interface EngagementStore extends DocumentStore<Engagement> {

    Page<Engagement> find(EngagementFilter filter, FieldOfficeScope scope, Collection<EngagementStatus> visible,
                          Pageable pageable);

    List<SummaryRow> summary(SummaryDimension dimension, EngagementFilter filter, FieldOfficeScope scope,
                             Collection<EngagementStatus> counted);

    Page<OverdueNextStep> overdueNextSteps(LocalDate asOf, FieldOfficeScope scope, Collection<EngagementStatus> tracked,
                                           Pageable pageable);
}
