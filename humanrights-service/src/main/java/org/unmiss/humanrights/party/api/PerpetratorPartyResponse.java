package org.unmiss.humanrights.party.api;

import org.unmiss.humanrights.party.domain.PartyKind;
import org.unmiss.humanrights.party.domain.PerpetratorParty;

import java.time.LocalDate;

public record PerpetratorPartyResponse(String code, String name, PartyKind kind, String parentCode,
                                       LocalDate effectiveFrom, LocalDate effectiveTo, String successorCode) {

    static PerpetratorPartyResponse from(PerpetratorParty party) {
        return new PerpetratorPartyResponse(party.code(), party.name(), party.kind(), party.parentCode(),
                party.effectiveFrom(), party.effectiveTo(), party.successorCode());
    }
}
