package org.unmiss.poc.seizure.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.problem.StaleVersionException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.store.ReferenceNumbers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The seized-item register's use cases (ADR 33): registering an item seized in a search and appending to its
 * custody chain, each within the caller's field office. The chain's own rules (closed once custody ends,
 * events in time order) are the record's ({@link SeizedItem#append}).
 */
@Service
@RequiredArgsConstructor
public class SeizureService {

    public static final String PREFIX = "SZ";

    private final SeizedItemStore items;
    private final ReferenceNumbers numbers;
    private final CurrentUser user;
    private final Clock clock;

    /** What the search an item was seized in contributes to its entry (the search feature owns the search). */
    public record Search(String reference, String siteCode, String fieldOffice, Instant startedAt) {
    }

    /** What the seizing team reports. */
    public record Seizure(ItemType itemType, int count, String description, String seizedBy, Instant seizedAt,
                          String depositedAt) {
    }

    /** One item within the caller's field office; 404 outside it, as if it did not exist. */
    public SeizedItem visible(String reference) {
        return items.byId(reference).filter(item -> user.covers(item.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Seized item", reference));
    }

    public SeizedItem register(Search search, Seizure seizure) {
        user.requireCovers(search.fieldOffice(), "Records");
        if (seizure.seizedAt().isBefore(search.startedAt())) {
            throw new InvalidRequestException("seizedAt", "must not be before the search started (" + search.startedAt() + ")");
        }
        return items.insert(SeizedItem.seized(numbers.next(PREFIX, seizure.seizedAt().atZone(ZoneOffset.UTC).getYear()),
                search.reference(), search.siteCode(), search.fieldOffice(), seizure.itemType(), seizure.count(),
                seizure.description(), seizure.seizedBy(), seizure.seizedAt(), seizure.depositedAt(), username(), clock.instant()));
    }

    public SeizedItem appendCustodyEvent(String reference, long version, CustodyEventType type, Instant at, String by,
                                         String location, String note) {
        SeizedItem item = visible(reference);
        user.requireCovers(item.fieldOffice(), "Records");
        // Before the chain's rules: a client acting on an old read hears that first (the store checks again on save).
        if (item.version() == null || item.version() != version) {
            throw new StaleVersionException("The record is at version " + item.version() + ", not " + version
                    + "; read it again for its current ETag");
        }
        return items.save(item.append(type, at, by, location, note, username(), clock.instant(), version));
    }

    private String username() {
        return user.username().orElse("unknown");
    }
}
