package org.unmiss.poc.place.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * One administrative place, as reference data with the dates it is valid. The id of a state is its
 * ISO 3166-2 code; a county's id is its name path ("Unity/Leer"), which is deliberately not a code:
 * {@code code} holds an official code only where a public source gives one, and is null otherwise.
 *
 * @param state       the state or administrative area the place lies in (its own name for those)
 * @param validUntil  the first day the place no longer exists in this form; null while current
 * @param source      where the name, parent and code come from
 * @param codeNote    why there is no code, where there is none
 */
@Document("places")
public record Place(@Id String id, PlaceLevel level, String name, String parentId, String state, String code,
                    LocalDate validFrom, String validFromNote, LocalDate validUntil, PlaceSource source,
                    String codeNote) {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || day.isBefore(validUntil));
    }

    public PlaceRef ref() {
        return new PlaceRef(id, name, state);
    }
}
