package org.unmiss.personnel.unit.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unmiss.kit.store.DocumentStore;

/** What the unit use cases need of the store (ADR 21): units by code, lists, and the references a unit names. */
public interface UnitStore extends DocumentStore<Unit> {

    Page<Unit> find(String countryCode, UnitType type, String baseFieldOffice, Pageable pageable);

    boolean knowsCountry(String code);

    boolean knowsOffice(String code);
}
