package org.unmiss.gender.focalpoint.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.DocumentStore;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the focal-point use cases need of the store (ADR 21). */
public interface FocalPointStore extends DocumentStore<FocalPoint> {

    /** The sort keys a list may name, and the stored field each sorts by. */
    Map<String, String> SORTABLE = Map.of("id", "_id", "indexNumber", "indexNumber", "fieldOffice", "fieldOffice",
            "component", "component", "appointedFrom", "appointedFrom");

    Optional<FocalPoint> visible(String id, FieldOfficeScope scope);

    /** @param activeOn only appointments running on that day */
    Page<FocalPoint> find(FieldOfficeScope scope, String fieldOffice, MissionComponent component, LocalDate activeOn,
                          Boolean unverified, Pageable pageable);

    /** Every appointment of one person, whatever the office. */
    List<FocalPoint> ofPerson(String indexNumber);

    void delete(String id);
}
