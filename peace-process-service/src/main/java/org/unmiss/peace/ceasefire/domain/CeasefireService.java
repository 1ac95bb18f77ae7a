package org.unmiss.peace.ceasefire.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.security.FieldOffices;
import org.unmiss.peace.location.domain.SouthSudanState;
import org.unmiss.kit.store.ReferenceNumbers;

import java.time.Clock;
import java.time.LocalDate;
import org.unmiss.vocabulary.Parties;

import java.util.ArrayList;
import java.util.List;

/** Ceasefire reports within the caller's field office, moved through the CTSAMVM stages. */
@Service
@RequiredArgsConstructor
public class CeasefireService {

    public static final String PREFIX = "CF";

    private final CeasefireStore reports;
    private final ReferenceNumbers numbers;
    private final CurrentUser user;
    private final Clock clock;

    public Page<CeasefireReport> list(ViolationReportFilter filter, Pageable pageable) {
        return reports.find(filter, user.fieldOffice(), pageable);
    }

    public List<CeasefireSummaryRow> summary(CeasefireDimension dimension, ViolationReportFilter filter) {
        return reports.summary(dimension, filter, user.fieldOffice());
    }

    public CeasefireReport get(String id) {
        return reports.byId(id).filter(r -> user.covers(r.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Ceasefire report", id));
    }

    public CeasefireReport create(AllegationSource source, String reportedBy, ViolationType type, List<String> parties,
                                  SouthSudanState state, String county, String place, String fieldOffice,
                                  LocalDate incidentDate, LocalDate reportedDate, String description) {
        FieldErrors errors = new FieldErrors();
        LocalDate today = LocalDate.now(clock);
        FieldOffices.problemWith(fieldOffice, reportedDate).ifPresent(reason -> errors.add("fieldOffice", reason));
        if (incidentDate.isAfter(today)) {
            errors.add("incidentDate", "must not be in the future");
        }
        if (reportedDate.isAfter(today)) {
            errors.add("reportedDate", "must not be in the future");
        }
        if (reportedDate.isBefore(incidentDate)) {
            errors.add("reportedDate", "must not be before the incident date");
        }
        // One party list for ceasefire and human rights monitoring (vocabulary Parties): aliases such as SPLA-IO are
        // stored as their party's code, so figures from both services count the same party together.
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            var party = Parties.resolve(parties.get(i));
            if (party.isEmpty()) {
                errors.add("allegedParties[" + i + "]", "must be a party code or alias of the shared list, e.g. SSPDF, SPLM-A-IO (SPLA-IO)");
            } else {
                codes.add(party.get().code());
            }
        }
        if (codes.stream().distinct().count() != codes.size()) {
            errors.add("allegedParties", "names a party twice");
        }
        errors.throwIfAny();
        user.requireCovers(fieldOffice, "Ceasefire reports");
        CeasefireReport report = new CeasefireReport(numbers.next(PREFIX, reportedDate.getYear()), source, reportedBy, type,
                codes, state, county, place, fieldOffice, incidentDate, reportedDate, description, username(), clock.instant());
        return reports.insert(report);
    }

    public CeasefireReport advance(String id, long version, CeasefireStage stage, LocalDate date, String note) {
        notFuture(date);
        CeasefireReport report = writable(id, version);
        report.advance(stage, date, note, username(), clock.instant());
        return reports.save(report);
    }

    public CeasefireReport recordAccessDenial(String id, long version, LocalDate date, String place, String deniedBy, String note) {
        notFuture(date);
        CeasefireReport report = writable(id, version);
        report.recordAccessDenial(date, place, deniedBy, note, username(), clock.instant());
        return reports.save(report);
    }

    public CeasefireReport close(String id, long version, ClosureOutcome outcome, LocalDate date, String note) {
        notFuture(date);
        CeasefireReport report = writable(id, version);
        report.close(outcome, date, note, username(), clock.instant());
        return reports.save(report);
    }

    private CeasefireReport writable(String id, long version) {
        CeasefireReport report = get(id);
        report.expectVersion(version);
        return report;
    }

    private void notFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("date", "must not be in the future");
        }
    }

    private String username() {
        return user.username().orElseThrow();
    }
}
