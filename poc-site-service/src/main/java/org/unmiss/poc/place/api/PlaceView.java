package org.unmiss.poc.place.api;

import org.unmiss.poc.place.domain.Place;
import org.unmiss.poc.place.domain.PlaceLevel;
import org.unmiss.poc.place.domain.PlaceSource;

import java.time.LocalDate;

/**
 * @param id     a state's ISO 3166-2 code, or a county's name path ("Unity/Leer"), which is not a code
 * @param code   the official code where a public source gives one; null otherwise
 * @param source where the name, parent and code come from
 * @param codeNote why there is no code, where there is none
 */
public record PlaceView(String id, PlaceLevel level, String name, String parentId, String state, String code,
                        LocalDate validFrom, String validFromNote, LocalDate validUntil, PlaceSource source,
                        String codeNote) {

    static PlaceView from(Place p) {
        return new PlaceView(p.id(), p.level(), p.name(), p.parentId(), p.state(), p.code(), p.validFrom(), p.validFromNote(),
                p.validUntil(), p.source(), p.codeNote());
    }
}
