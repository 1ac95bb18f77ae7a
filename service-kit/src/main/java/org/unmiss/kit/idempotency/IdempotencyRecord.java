package org.unmiss.kit.idempotency;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * The first outcome of a creating POST made with an {@code Idempotency-Key}, kept so a retry gets
 * the same answer instead of a second record.
 *
 * @param id          caller and key: keys are scoped per caller, so nobody replays another's response
 * @param requestHash SHA-256 of method, path, query and body: the same key with another request is refused
 * @param completed   false while the first request is still being processed
 * @param createdAt   records expire a day after (a TTL index the kit creates at start,
 *                    whether or not the service has automatic index creation on)
 * @param attempt     which attempt holds the record; only that attempt renews, completes or forgets it
 * @param leaseUntil  while not completed: the attempt is alive until then (it renews the lease as it
 *                    runs); after it, the attempt is taken to have died with its process and a retry
 *                    takes over
 */
@Document(IdempotencyRecord.COLLECTION)
record IdempotencyRecord(@Id String id, String requestHash, boolean completed, int status, String contentType,
                         String location, String etag, String body,
                         Instant createdAt, String attempt, Instant leaseUntil) {

    static final String COLLECTION = "idempotency_records";

    static IdempotencyRecord inProgress(String id, String requestHash, String attempt, Instant leaseUntil) {
        return new IdempotencyRecord(id, requestHash, false, 0, null, null, null, null, Instant.now(), attempt, leaseUntil);
    }
}
