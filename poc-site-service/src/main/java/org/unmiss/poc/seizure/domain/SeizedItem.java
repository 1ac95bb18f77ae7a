package org.unmiss.poc.seizure.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry of the seized-item register: what was seized, how many, by whom, in which search, and
 * its custody chain. The chain is append-only: events are only ever added, in time order, starting
 * with DEPOSITED; once custody ends (returned, destroyed, forwarded) nothing more can be added.
 */
@Document("seized_items")
public record SeizedItem(@Id String reference, String searchReference, String siteCode, String fieldOffice,
                         ItemType itemType, int count, String description, String seizedBy, Instant seizedAt,
                         String month, CustodyStatus status, String heldAt, List<CustodyEvent> custody,
                         @Version Long version) {

    public static SeizedItem seized(String reference, String searchReference, String siteCode, String fieldOffice,
                                    ItemType itemType, int count, String description, String seizedBy, Instant seizedAt,
                                    String depositedAt, String recordedBy, Instant now) {
        CustodyEvent deposit = new CustodyEvent(1, CustodyEventType.DEPOSITED, seizedAt, seizedBy, depositedAt,
                "Deposited on seizure", recordedBy, now);
        return new SeizedItem(reference, searchReference, siteCode, fieldOffice, itemType, count, description, seizedBy,
                seizedAt, seizedAt.toString().substring(0, 7), CustodyStatus.HELD, depositedAt, List.of(deposit), null);
    }

    /** The item with one more custody event; 409 when custody has ended, 400 when the event predates the last one. */
    public SeizedItem append(CustodyEventType type, Instant at, String by, String location, String note,
                             String recordedBy, Instant now, long expectedVersion) {
        if (status != CustodyStatus.HELD) {
            throw new ConflictException("Item " + reference + " is " + status + "; its custody chain is closed");
        }
        if (type == CustodyEventType.DEPOSITED) {
            throw new ConflictException("Item " + reference + " is already deposited; record a TRANSFERRED event to move it");
        }
        CustodyEvent last = custody.get(custody.size() - 1);
        if (at.isBefore(last.at())) {
            throw new InvalidRequestException("at", "must not be before the last custody event (" + last.at() + ")");
        }
        List<CustodyEvent> chain = new ArrayList<>(custody);
        chain.add(new CustodyEvent(last.sequence() + 1, type, at, by, location, note, recordedBy, now));
        CustodyStatus newStatus = type.endsCustody() ? CustodyStatus.valueOf(type.name()) : CustodyStatus.HELD;
        String newHeldAt = type == CustodyEventType.TRANSFERRED ? location : type.endsCustody() ? null : heldAt;
        return new SeizedItem(reference, searchReference, siteCode, fieldOffice, itemType, count, description, seizedBy,
                seizedAt, month, newStatus, newHeldAt, List.copyOf(chain), expectedVersion);
    }
}
