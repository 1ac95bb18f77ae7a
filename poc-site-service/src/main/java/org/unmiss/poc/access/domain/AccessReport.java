package org.unmiss.poc.access.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The humanitarian access tables: every access event in a period, and the SOFA violations counted by month. */
@Component
@RequiredArgsConstructor
public class AccessReport {

    private final AccessIncidentStore incidents;
    private final EscortStore escorts;

    public List<AccessTableRow> table(LocalDate from, LocalDate to) {
        List<AccessTableRow> rows = new ArrayList<>();
        for (AccessIncident i : incidents.between(from, to)) {
            rows.add(new AccessTableRow(i.occurredOn(), i.place().state(), i.place().county(), null, i.type().name(),
                    i.agencyType(), null, i.perpetratorParty(), i.sofaViolation(), null, null, i.reference()));
        }
        for (EscortRequest e : escorts.neededBetween(from, to)) {
            rows.add(new AccessTableRow(e.neededOn(), e.from().state(), e.from().county(), e.to().county(), "ESCORT_REQUEST",
                    e.agencyType(), e.agency(), null, null, e.outcome() != null ? e.status() + ":" + e.outcome() : e.status().name(),
                    e.patrolReference(), e.reference()));
        }
        rows.sort(Comparator.comparing(AccessTableRow::date).thenComparing(AccessTableRow::reference));
        return rows;
    }

    public List<FreedomOfMovementRow> freedomOfMovement(LocalDate from, LocalDate to) {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, FreedomOfMovementRow> keys = new TreeMap<>();
        for (AccessIncident i : incidents.between(from, to)) {
            if (!i.sofaViolation()) {
                continue;
            }
            String key = i.month() + "|" + i.type() + "|" + Objects.toString(i.perpetratorParty(), "");
            counts.merge(key, 1L, Long::sum);
            keys.putIfAbsent(key, new FreedomOfMovementRow(i.month(), i.type(), i.perpetratorParty(), 0));
        }
        return keys.entrySet().stream().map(e -> new FreedomOfMovementRow(e.getValue().month(), e.getValue().type(),
                e.getValue().perpetratorParty(), counts.get(e.getKey()))).toList();
    }
}
