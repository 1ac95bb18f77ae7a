package org.unmiss.humanrights.hrcase.domain;

import org.unmiss.kit.store.DocumentStore;
import org.unmiss.kit.security.FieldOfficeScope;

import java.util.Optional;

/**
 * What the case use cases need from the store. Declared here and implemented in persistence so that domain
 * depends on no persistence class (ADR 0021: api -> domain <- persistence).
 */
public interface CaseStore extends DocumentStore<HrCase> {

    Optional<HrCase> findByIntakeKey(String intakeKey);

    /** The case, if the caller's scope covers it (another office's case and no case are the same answer). */
    Optional<HrCase> findVisible(FieldOfficeScope scope, String reference);
}
