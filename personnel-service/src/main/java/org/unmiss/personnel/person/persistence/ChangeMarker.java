package org.unmiss.personnel.person.persistence;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.personnel.person.domain.PersonnelChanged;

import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/**
 * A counter in the store that every write to personnel bumps after it succeeds, so any instance of
 * the service can tell cheaply whether what it derived from the personnel collection (the strength
 * snapshot) is still current: read the marker, then the data; a write that bumps later is seen next time.
 * Each bump is also published in this instance ({@link PersonnelChanged}) with the people written.
 */
@Component
@RequiredArgsConstructor
public class ChangeMarker {

    /** Kept beside the index-number counter: one small document, bumped on every change. */
    private static final String COLLECTION = "counters";

    private static final String ID = "personnel-changes";

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;

    public long current() {
        Document marker = mongo.getCollection(COLLECTION).find(eq("_id", ID)).first();
        return marker == null ? 0 : ((Number) marker.get("value")).longValue();
    }

    public void bump(List<Person> written) {
        Document after = mongo.getCollection(COLLECTION).findOneAndUpdate(eq("_id", ID), Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        events.publishEvent(new PersonnelChanged(((Number) after.get("value")).longValue(), List.copyOf(written)));
    }
}
