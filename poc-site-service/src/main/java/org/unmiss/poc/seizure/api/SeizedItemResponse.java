package org.unmiss.poc.seizure.api;

import org.unmiss.poc.seizure.domain.CustodyEvent;
import org.unmiss.poc.seizure.domain.CustodyStatus;
import org.unmiss.poc.seizure.domain.ItemType;
import org.unmiss.poc.seizure.domain.SeizedItem;

import java.time.Instant;
import java.util.List;

public record SeizedItemResponse(String reference, String searchReference, String siteCode, String fieldOffice,
                                 ItemType itemType, int count, String description, String seizedBy, Instant seizedAt,
                                 CustodyStatus status, String heldAt, List<CustodyEvent> custody) {

    public static SeizedItemResponse from(SeizedItem item) {
        return new SeizedItemResponse(item.reference(), item.searchReference(), item.siteCode(), item.fieldOffice(),
                item.itemType(), item.count(), item.description(), item.seizedBy(), item.seizedAt(), item.status(),
                item.heldAt(), item.custody());
    }
}
