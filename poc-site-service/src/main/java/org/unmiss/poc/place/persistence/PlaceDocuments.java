package org.unmiss.poc.place.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.poc.place.domain.Place;
import org.unmiss.poc.place.domain.PlaceList;

import java.util.List;

/** The store side of {@link PlaceList}. */
@Component
@RequiredArgsConstructor
public class PlaceDocuments implements PlaceList {

    private final MongoTemplate mongo;

    @Override
    public List<Place> all() {
        return mongo.findAll(Place.class);
    }
}
