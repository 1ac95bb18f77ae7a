package org.unmiss.humanrights.perpetrator.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.unmiss.kit.security.CurrentUser;

import java.time.LocalDate;
import java.util.List;

/** Standing allegations by alleged party and unit within the caller's field office (ADR 0100): live, staff only. */
@Service
@RequiredArgsConstructor
public class PerpetratorReport {

    private final PerpetratorCases cases;
    private final CurrentUser currentUser;

    public List<PartyUnitTally.PartyUnitRow> byPartyAndUnit(LocalDate from, LocalDate to) {
        PartyUnitTally tally = new PartyUnitTally();
        try (var standing = cases.standing(currentUser.fieldOffice(), from, to)) {
            standing.forEach(tally::add);
        }
        return tally.rows();
    }
}
