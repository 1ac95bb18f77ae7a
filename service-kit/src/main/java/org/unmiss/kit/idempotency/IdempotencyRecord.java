package org.unmiss.kit.idempotency;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * The first outcome of a creating POST made with an {@code Idempotency-Key}, kept so a retry gets
 * the same answer instead of a second record.
 *
 * @param id          caller and key: keys are scoped per caller, so nobody replays another's response
 * @param requestHash SHA-256 of method, path, query and body: the same key with another request is refused
 * @param completed   false while the first request is still being processed
 * @param createdAt   records expire a day after (TTL index; a real MongoDB removes them)
 */
@Document("idempotency_records")
record IdempotencyRecord(@Id String id, String requestHash, boolean completed, int status, String contentType,
                         String location, String etag, String body,
                         @Indexed(expireAfter = "24h") Instant createdAt) {

    static IdempotencyRecord inProgress(String id, String requestHash) {
        return new IdempotencyRecord(id, requestHash, false, 0, null, null, null, null, Instant.now());
    }
}
