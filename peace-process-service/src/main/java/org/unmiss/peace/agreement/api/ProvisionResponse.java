package org.unmiss.peace.agreement.api;

import org.unmiss.peace.agreement.domain.Benchmark;
import org.unmiss.peace.agreement.domain.ImplementationStatus;
import org.unmiss.peace.agreement.domain.Provision;
import org.unmiss.peace.agreement.domain.StatusEntry;

import java.time.LocalDate;
import java.util.List;

/** A provision with its whole status history, oldest first; who recorded each entry only for mission staff. */
public record ProvisionResponse(String code, String chapter, String title, LocalDate deadline, String responsibleBody,
                                Benchmark benchmark, ImplementationStatus currentStatus, Double currentValue,
                                List<StatusEntry> history, Long version) {

    static ProvisionResponse from(Provision p, boolean internal) {
        List<StatusEntry> history = internal ? p.history() : p.history().stream()
                .map(e -> new StatusEntry(e.status(), e.effectiveDate(), e.evidence(), e.measuredValue(), null, null, e.synthetic())).toList();
        return new ProvisionResponse(p.code(), p.chapter(), p.title(), p.deadline(), p.responsibleBody(), p.benchmark(),
                p.currentStatus(), p.currentValue(), history, p.version());
    }
}
