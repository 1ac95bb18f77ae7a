package org.unmiss.humanrights.party.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * A party named in UN reporting as an alleged perpetrator. Reference data with effective dates, not
 * an enum: parties are renamed (SPLA became SSPDF) and split into factions, and a violation recorded
 * years ago must keep naming the party as it was then.
 *
 * @param parentCode    the movement a faction split from, if any
 * @param effectiveFrom first day the name applies; null when not on record
 * @param effectiveTo   first day it no longer applies; null while current
 * @param successorCode the name it continued under, if renamed
 */
@Document("perpetrator_parties")
public record PerpetratorParty(@Id String code, String name, PartyKind kind, String parentCode,
                               LocalDate effectiveFrom, LocalDate effectiveTo, String successorCode,
                               @Version Long version) {
}
