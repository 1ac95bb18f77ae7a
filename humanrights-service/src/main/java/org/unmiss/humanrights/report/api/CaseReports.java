package org.unmiss.humanrights.report.api;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.ViolationType;
import org.unmiss.humanrights.report.domain.Cells;
import org.unmiss.humanrights.report.domain.Overlaps;
import org.unmiss.humanrights.report.persistence.ReportQueries;
import org.unmiss.kit.security.FieldOfficeScope;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reports summed from the cases on every call (the store groups and sums, or one pass of the brief): what the
 * service answers while the counted cells are not ready, and the reference the cells are tested against.
 */
@Component
@RequiredArgsConstructor
public class CaseReports implements Reports {

    private final ReportQueries queries;

    @Override
    public MrmReport mrm(FieldOfficeScope offices, LocalDate from, LocalDate to, boolean withReported) {
        EnumSet<ViolationType> graveTypes = EnumSet.noneOf(ViolationType.class);
        Arrays.stream(ViolationType.Grave.values()).forEach(g -> graveTypes.addAll(ViolationType.of(g)));
        var verified = queries.totalsByType(scope(offices, from, to, ReportQueries.Basis.VERIFIED), graveTypes);
        var reported = withReported
                ? queries.totalsByType(scope(offices, from, to, ReportQueries.Basis.REPORTED), graveTypes) : null;
        Cells overlaps = overlaps(scope(offices, from, to, withReported ? ReportQueries.Basis.REPORTED : ReportQueries.Basis.VERIFIED));
        return MrmReport.of(from, to, grave -> mrmCount(verified, grave) - FigureReports.overlap(overlaps, "V", grave),
                reported == null ? null : grave -> mrmCount(reported, grave) - FigureReports.overlap(overlaps, "R", grave));
    }

    /**
     * The overlaps (ADR 0090) of the cases in scope that link a victim to a person; read on the REPORTED basis they
     * hold the verified ones too (a verified case is one not found not to have occurred).
     */
    private Cells overlaps(ReportQueries.Scope scope) {
        Cells sum = new Cells();
        try (var cases = queries.casesWithPeople(scope)) {
            cases.forEach(c -> Overlaps.addTo(sum, c));
        }
        return sum;
    }

    @Override
    public MaraReport mara(FieldOfficeScope offices, LocalDate from, LocalDate to) {
        var scope = scope(offices, from, to, ReportQueries.Basis.VERIFIED);
        var totals = queries.totalsByType(scope, ViolationType.crsvTypes());
        List<MaraReport.Line> lines = queries.byTypePartyStateMonth(scope, ViolationType.crsvTypes()).stream()
                .map(r -> new MaraReport.Line(r.period(), r.type(), r.partyCode(), r.state(), r.violations(), r.victims()))
                .toList();
        return new MaraReport(from, to, totals.values().stream().mapToLong(ReportQueries.TypeTotals::violations).sum(),
                totals.values().stream().mapToLong(ReportQueries.TypeTotals::victims).sum()
                        - Overlaps.victims(overlaps(scope), "V", Overlaps.CRSV), lines, null);
    }

    @Override
    public HarmReport harm(FieldOfficeScope offices, LocalDate from, LocalDate to) {
        EnumSet<ViolationType> harmTypes = EnumSet.noneOf(ViolationType.class);
        Arrays.stream(ViolationType.Harm.values()).forEach(h -> harmTypes.addAll(ViolationType.of(h)));
        Map<String, long[]> byQuarter = new TreeMap<>();
        ReportQueries.Scope scope = scope(offices, from, to, ReportQueries.Basis.VERIFIED);
        for (ReportQueries.Row row : queries.byTypeAndQuarter(scope, harmTypes)) {
            byQuarter.computeIfAbsent(row.period(), q -> new long[ViolationType.Harm.values().length])[row.type().harm().ordinal()]
                    += row.victims();
        }
        try (var cases = queries.casesWithPeople(scope)) {
            cases.forEach(c -> {
                Cells overlaps = new Cells();
                Overlaps.addTo(overlaps, c);
                long[] quarter = byQuarter.get(c.incidentDate().getYear() + "-Q" + ((c.incidentDate().getMonthValue() - 1) / 3 + 1));
                for (ViolationType.Harm h : ViolationType.Harm.values()) {
                    if (quarter != null) {
                        quarter[h.ordinal()] -= Overlaps.victims(overlaps, "V", Overlaps.harm(h));
                    }
                }
            });
        }
        return HarmReport.of(from, to, byQuarter);
    }

    @Override
    public QuarterlyBrief brief(FieldOfficeScope offices, String quarter, LocalDate from, LocalDate to) {
        BriefTally tally = new BriefTally();
        try (var cases = queries.casesForFigures(scope(offices, from, to, ReportQueries.Basis.VERIFIED))) {
            cases.forEach(tally::add);
        }
        return tally.brief(quarter, from, to);
    }

    private static ReportQueries.Scope scope(FieldOfficeScope offices, LocalDate from, LocalDate to, ReportQueries.Basis basis) {
        return new ReportQueries.Scope(offices, from, to, basis);
    }

    private static long mrmCount(Map<ViolationType, ReportQueries.TypeTotals> totals, ViolationType.Grave grave) {
        return ViolationType.of(grave).stream().map(totals::get)
                .mapToLong(t -> grave.countsVictims() ? t.childVictims() : t.violations()).sum();
    }
}
