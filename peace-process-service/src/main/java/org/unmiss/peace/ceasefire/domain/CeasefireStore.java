package org.unmiss.peace.ceasefire.domain;

import org.unmiss.kit.store.DocumentStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unmiss.kit.security.FieldOfficeScope;

import java.util.List;
import java.util.Optional;

/**
 * What the ceasefire use cases need from the store. Declared here and implemented in persistence so that
 * domain depends on no persistence class (ADR 0021: api -> domain <- persistence).
 */
public interface CeasefireStore extends DocumentStore<CeasefireReport> {

    Page<CeasefireReport> find(ViolationReportFilter filter, FieldOfficeScope scope, Pageable pageable);

    List<CeasefireSummaryRow> summary(CeasefireDimension dimension, ViolationReportFilter filter, FieldOfficeScope scope);
}
