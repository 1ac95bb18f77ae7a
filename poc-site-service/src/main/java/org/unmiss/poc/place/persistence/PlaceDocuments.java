package org.unmiss.poc.place.persistence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.poc.place.domain.Place;
import org.unmiss.poc.place.domain.PlaceList;

import java.util.List;

/** The store side of {@link PlaceList}. */
@Component
public class PlaceDocuments implements PlaceList {

    private final MongoTemplate mongo;

    public PlaceDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Place> all() {
        return mongo.findAll(Place.class);
    }
}
