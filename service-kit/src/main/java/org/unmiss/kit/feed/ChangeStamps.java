package org.unmiss.kit.feed;

import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stamps every stored record with the server's {@code updatedAt} on each insert and save, so the change feed
 * ({@link ChangeFeed}) can find what changed since a point. Written into the stored document (not the domain
 * type), so no aggregate needs a field for it; a domain type that declares {@code updatedAt} reads the stamp back.
 * Writes that bypass the template's save ({@code updateFirst}, {@code findAndModify}, the driver's bulk writes)
 * take their stamp from {@link #stamp(Update)} or {@link #next()}.
 * <p>
 * Within one instance every stamp is later than the one before (by a millisecond when the clock has not moved
 * on, or was stepped back), so a record changed after a poller's position always lands after it, never beside it.
 */
public class ChangeStamps extends AbstractMongoEventListener<Object> {

    public static final String FIELD = "updatedAt";

    private final Clock clock;
    private final AtomicLong last = new AtomicLong();

    public ChangeStamps(Clock clock) {
        this.clock = clock;
    }

    /** The stamp for a write made now, at the store's precision (milliseconds), later than every earlier one. */
    public Date next() {
        long now = clock.millis();
        return new Date(last.accumulateAndGet(now, (previous, current) -> Math.max(previous + 1, current)));
    }

    /** The same update, also setting the stamp. */
    public Update stamp(Update update) {
        return update.set(FIELD, next());
    }

    /** The same document, stamped (for documents written with the driver). */
    public Document stamp(Document document) {
        document.put(FIELD, next());
        return document;
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Object> event) {
        if (event.getDocument() != null) {
            stamp(event.getDocument());
        }
    }
}
