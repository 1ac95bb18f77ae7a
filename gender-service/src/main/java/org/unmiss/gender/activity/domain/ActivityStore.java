package org.unmiss.gender.activity.domain;

import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.DocumentStore;

import java.util.Optional;
import java.util.Set;

/** What the activity use cases need of the store (ADR 21), in their words; insert and save are the kit's. */
public interface ActivityStore extends DocumentStore<GenderActivity> {

    /** One activity if it exists and is within the scope; another office's is "not there". */
    Optional<GenderActivity> visible(String id, FieldOfficeScope scope);

    /** The WPS pillar codes an activity may name. */
    Set<String> pillarCodes();
}
