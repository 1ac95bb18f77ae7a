package org.unmiss.poc.report.api;

import lombok.RequiredArgsConstructor;
import org.unmiss.kit.web.CsvTable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.poc.incident.domain.IncidentCategory;
import org.unmiss.poc.people.domain.AgeGroup;
import org.unmiss.poc.people.domain.PeopleCount;
import org.unmiss.poc.people.domain.Sex;
import org.unmiss.poc.population.domain.PopulationFigure;
import org.unmiss.poc.population.persistence.PopulationFigures;
import org.unmiss.poc.report.domain.Rows;
import org.unmiss.poc.report.persistence.ReportQueries;
import org.unmiss.poc.site.domain.PocSite;
import org.unmiss.poc.site.domain.SiteAccess;
import org.unmiss.poc.site.persistence.SiteQueries;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Aggregate reports: counts only, no person named, no free text; so reporting tools and partner
 * agencies may read them, mission-wide. Each comes as JSON and, at the same path with {@code .csv},
 * as CSV ({@code hxl=true}: HXL-tagged). Periods are inclusive dates; without them a report covers
 * the last five years.
 */
@RestController
@Tag(name = "Reports", description = "Population trend, incidents per month and before/after, patrols, seizures, returns")
@PreAuthorize("hasAnyRole('POC_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class ReportController {

    static final int DEFAULT_YEARS = 5;
    static final int MAX_WINDOW_MONTHS = 60;

    private final ReportQueries reports;
    private final PopulationFigures population;
    private final SiteQueries sites;
    private final SiteAccess access;
    private final Clock clock;

    // --- population trend -------------------------------------------------------------------

    @GetMapping("/api/v1/poc-sites/reports/population-trend")
    @Operation(summary = "Population per site and date, by sex and age group (default: every figure since 2014)")
    public Report<Rows.PopulationTrendRow> populationTrend(@RequestParam(required = false) String siteCode,
                                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        requireOrder(from, to);
        Map<String, String> states = sites.all().stream().collect(Collectors.toMap(PocSite::code, PocSite::state));
        List<Rows.PopulationTrendRow> rows = population.trend(siteCode, from, to).stream()
                .map(f -> trendRow(f, states.get(f.siteCode()))).toList();
        return new Report<>("population-trend", siteCode, from, to, rows);
    }

    @GetMapping(value = "/api/v1/poc-sites/reports/population-trend.csv", produces = CsvTable.MEDIA_TYPE)
    @Operation(summary = "Population trend as CSV (hxl=true: HXL-tagged, #population +f +m +children +adults +elderly)")
    public ResponseEntity<String> populationTrendCsv(@RequestParam(required = false) String siteCode,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                     @RequestParam(defaultValue = "false") boolean hxl) {
        List<CsvTable.Column> columns = List.of(new CsvTable.Column("site", "#loc+code"), new CsvTable.Column("state", "#adm1+name"),
                new CsvTable.Column("date", "#date"), new CsvTable.Column("method", "#meta+method"),
                new CsvTable.Column("households", "#population+hh"), new CsvTable.Column("population", "#population+total"),
                new CsvTable.Column("female", "#population+f"), new CsvTable.Column("male", "#population+m"),
                new CsvTable.Column("children", "#population+children"), new CsvTable.Column("adults", "#population+adults"),
                new CsvTable.Column("elderly", "#population+elderly"),
                new CsvTable.Column("female_children", "#population+f+children"), new CsvTable.Column("female_adults", "#population+f+adults"),
                new CsvTable.Column("female_elderly", "#population+f+elderly"), new CsvTable.Column("male_children", "#population+m+children"),
                new CsvTable.Column("male_adults", "#population+m+adults"), new CsvTable.Column("male_elderly", "#population+m+elderly"));
        return CsvTable.of("population-trend", hxl, columns, populationTrend(siteCode, from, to).rows().stream()
                .map(r -> List.of(r.siteCode(), r.state(), r.asOf(), r.method(), r.households() == null ? "" : r.households(),
                        r.total(), r.female(), r.male(), r.children(), r.adults(), r.elderly(), r.femaleChildren(),
                        r.femaleAdults(), r.femaleElderly(), r.maleChildren(), r.maleAdults(), r.maleElderly()))
                .collect(Collectors.toList()));
    }

    // --- incidents ---------------------------------------------------------------------------

    @GetMapping("/api/v1/security-incidents/reports/monthly")
    @Operation(summary = "Incidents per month, site and category")
    public Report<Rows.IncidentMonthRow> incidentsPerMonth(@RequestParam(required = false) String siteCode,
                                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = from == null ? defaultFrom() : from;
        LocalDate end = to == null ? today() : to;
        requireOrder(start, end);
        return new Report<>("incidents-per-month", siteCode, start, end,
                reports.incidentsPerMonth(siteCode, start.toString().substring(0, 7), end.toString().substring(0, 7)));
    }

    @GetMapping(value = "/api/v1/security-incidents/reports/monthly.csv", produces = CsvTable.MEDIA_TYPE)
    @Operation(summary = "Incidents per month, site and category as CSV (hxl=true: HXL-tagged)")
    public ResponseEntity<String> incidentsPerMonthCsv(@RequestParam(required = false) String siteCode,
                                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                       @RequestParam(defaultValue = "false") boolean hxl) {
        List<CsvTable.Column> columns = List.of(new CsvTable.Column("month", "#date+month"), new CsvTable.Column("site", "#loc+code"),
                new CsvTable.Column("category", "#event+type"), new CsvTable.Column("incidents", "#event+num"));
        return CsvTable.of("incidents-per-month", hxl, columns, incidentsPerMonth(siteCode, from, to).rows().stream()
                .map(r -> List.of(r.month(), r.siteCode(), r.category(), r.incidents())).collect(Collectors.toList()));
    }

    @GetMapping("/api/v1/security-incidents/reports/before-after")
    @Operation(summary = "Incidents before and after a date, per site and category",
            description = "Counted in whole calendar months: the windowMonths before the pivot's month, and the pivot's month with the "
                    + "windowMonths - 1 after it. pivot defaults to the site's weapons-free-zone date when siteCode names a site that has one.")
    public BeforeAfterReport beforeAfter(@RequestParam(required = false) String siteCode,
                                         @Parameter(description = "The date compared around (YYYY-MM-DD)")
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pivot,
                                         @Parameter(description = "Months counted on each side, 1 to 60")
                                         @RequestParam(defaultValue = "12") int windowMonths) {
        FieldErrors errors = new FieldErrors();
        LocalDate around = pivot;
        if (around == null && siteCode != null) {
            around = access.site(siteCode).weaponsFreeZoneSince();
        }
        if (around == null) {
            errors.add("pivot", "is required (or name a siteCode with a weapons-free zone on record)");
        }
        if (windowMonths < 1 || windowMonths > MAX_WINDOW_MONTHS) {
            errors.add("windowMonths", "must be between 1 and " + MAX_WINDOW_MONTHS);
        }
        errors.throwIfAny();
        // Whole calendar months: the pivot's month counts as after.
        YearMonth pivotMonth = YearMonth.from(around);
        LocalDate beforeFrom = pivotMonth.minusMonths(windowMonths).atDay(1);
        LocalDate afterTo = pivotMonth.plusMonths(windowMonths).atDay(1);
        Map<String, Map<IncidentCategory, Long>> before = reports.incidentsBySiteAndCategory(siteCode,
                pivotMonth.minusMonths(windowMonths).toString(), pivotMonth.toString());
        Map<String, Map<IncidentCategory, Long>> after = reports.incidentsBySiteAndCategory(siteCode,
                pivotMonth.toString(), pivotMonth.plusMonths(windowMonths).toString());
        java.util.SortedSet<String> siteCodes = new java.util.TreeSet<>(before.keySet());
        siteCodes.addAll(after.keySet());
        List<Rows.BeforeAfterRow> rows = new ArrayList<>();
        for (String site : siteCodes) {
            Map<IncidentCategory, Long> b = before.getOrDefault(site, Map.of());
            Map<IncidentCategory, Long> a = after.getOrDefault(site, Map.of());
            long totalBefore = b.values().stream().mapToLong(Long::longValue).sum();
            long totalAfter = a.values().stream().mapToLong(Long::longValue).sum();
            rows.add(new Rows.BeforeAfterRow(site, null, totalBefore, totalAfter, Rows.changePercent(totalBefore, totalAfter)));
            for (IncidentCategory category : IncidentCategory.values()) {
                long nb = b.getOrDefault(category, 0L);
                long na = a.getOrDefault(category, 0L);
                if (nb + na > 0) {
                    rows.add(new Rows.BeforeAfterRow(site, category, nb, na, Rows.changePercent(nb, na)));
                }
            }
        }
        return new BeforeAfterReport(around, windowMonths, beforeFrom, afterTo, rows);
    }

    @GetMapping(value = "/api/v1/security-incidents/reports/before-after.csv", produces = CsvTable.MEDIA_TYPE)
    @Operation(summary = "Incidents before and after a date as CSV (hxl=true: HXL-tagged); category ALL is the site's total")
    public ResponseEntity<String> beforeAfterCsv(@RequestParam(required = false) String siteCode,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pivot,
                                                 @RequestParam(defaultValue = "12") int windowMonths,
                                                 @RequestParam(defaultValue = "false") boolean hxl) {
        BeforeAfterReport report = beforeAfter(siteCode, pivot, windowMonths);
        List<CsvTable.Column> columns = List.of(new CsvTable.Column("site", "#loc+code"), new CsvTable.Column("category", "#event+type"),
                new CsvTable.Column("before_from", "#date+start+before"), new CsvTable.Column("pivot", "#date+pivot"),
                new CsvTable.Column("after_to", "#date+end+after"), new CsvTable.Column("incidents_before", "#event+num+before"),
                new CsvTable.Column("incidents_after", "#event+num+after"), new CsvTable.Column("change_percent", "#indicator+change+pct"));
        return CsvTable.of("incidents-before-after", hxl, columns, report.rows().stream()
                .map(r -> List.of(r.siteCode(), r.category() == null ? "ALL" : r.category(), report.beforeFrom(), report.pivot(),
                        report.afterTo(), r.before(), r.after(), r.changePercent() == null ? "" : r.changePercent()))
                .collect(Collectors.toList()));
    }

    // --- patrols, seizures, returns ---------------------------------------------------------

    @GetMapping("/api/v1/patrols/reports/summary")
    @Operation(summary = "Patrols by type and day/night, with personnel and women's share")
    public Report<Rows.PatrolSummaryRow> patrols(@RequestParam(required = false) String siteCode,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return period(siteCode, from, to, "patrols-by-type-and-shift",
                (start, end) -> reports.patrolsByTypeAndShift(siteCode, instant(start), instant(end.plusDays(1))));
    }

    @GetMapping(value = "/api/v1/patrols/reports/summary.csv", produces = CsvTable.MEDIA_TYPE)
    @Operation(summary = "Patrols by type and day/night as CSV (hxl=true: HXL-tagged)")
    public ResponseEntity<String> patrolsCsv(@RequestParam(required = false) String siteCode,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @RequestParam(defaultValue = "false") boolean hxl) {
        List<CsvTable.Column> columns = List.of(new CsvTable.Column("type", "#activity+type"), new CsvTable.Column("shift", "#activity+shift"),
                new CsvTable.Column("patrols", "#activity+num"), new CsvTable.Column("personnel", "#capacity+total"),
                new CsvTable.Column("women", "#capacity+f"), new CsvTable.Column("women_share_percent", "#capacity+f+pct"));
        return CsvTable.of("patrols-by-type-and-shift", hxl, columns, patrols(siteCode, from, to).rows().stream()
                .map(r -> List.of(r.type(), r.shift(), r.patrols(), r.personnel(), r.women(), r.womenSharePercent()))
                .collect(Collectors.toList()));
    }

    @GetMapping("/api/v1/seizures/reports/by-item-type")
    @Operation(summary = "Seizures and seized items by item type")
    public Report<Rows.SeizureRow> seizures(@RequestParam(required = false) String siteCode,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return period(siteCode, from, to, "seizures-by-item-type",
                (start, end) -> reports.seizuresByItemType(siteCode, instant(start), instant(end.plusDays(1))));
    }

    @GetMapping(value = "/api/v1/seizures/reports/by-item-type.csv", produces = CsvTable.MEDIA_TYPE)
    @Operation(summary = "Seizures by item type as CSV (hxl=true: HXL-tagged)")
    public ResponseEntity<String> seizuresCsv(@RequestParam(required = false) String siteCode,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                              @RequestParam(defaultValue = "false") boolean hxl) {
        List<CsvTable.Column> columns = List.of(new CsvTable.Column("item_type", "#item+type"),
                new CsvTable.Column("seizures", "#activity+num"), new CsvTable.Column("items", "#item+num"));
        return CsvTable.of("seizures-by-item-type", hxl, columns, seizures(siteCode, from, to).rows().stream()
                .map(r -> List.of(r.itemType(), r.seizures(), r.items())).collect(Collectors.toList()));
    }

    @GetMapping("/api/v1/returns/reports/by-destination")
    @Operation(summary = "Returns by destination state and county, individuals by sex and age group")
    public Report<Rows.ReturnDestinationRow> returns(@RequestParam(required = false) String siteCode,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return period(siteCode, from, to, "returns-by-destination",
                (start, end) -> reports.returnsByDestination(siteCode, start, end.plusDays(1)));
    }

    @GetMapping(value = "/api/v1/returns/reports/by-destination.csv", produces = CsvTable.MEDIA_TYPE)
    @Operation(summary = "Returns by destination as CSV (hxl=true: HXL-tagged)")
    public ResponseEntity<String> returnsCsv(@RequestParam(required = false) String siteCode,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @RequestParam(defaultValue = "false") boolean hxl) {
        List<CsvTable.Column> columns = List.of(new CsvTable.Column("destination_state", "#adm1+name+dest"),
                new CsvTable.Column("destination_county", "#adm2+name+dest"), new CsvTable.Column("returns", "#activity+num"),
                new CsvTable.Column("households", "#affected+hh+returnees"), new CsvTable.Column("individuals", "#affected+returnees"),
                new CsvTable.Column("female", "#affected+returnees+f"), new CsvTable.Column("male", "#affected+returnees+m"),
                new CsvTable.Column("children", "#affected+returnees+children"), new CsvTable.Column("adults", "#affected+returnees+adults"),
                new CsvTable.Column("elderly", "#affected+returnees+elderly"));
        return CsvTable.of("returns-by-destination", hxl, columns, returns(siteCode, from, to).rows().stream()
                .map(r -> List.of(r.destinationState(), r.destinationCounty(), r.returns(), r.households(), r.individuals(),
                        r.female(), r.male(), r.children(), r.adults(), r.elderly()))
                .collect(Collectors.toList()));
    }

    private <T> Report<T> period(String siteCode, LocalDate from, LocalDate to, String name,
                                 java.util.function.BiFunction<LocalDate, LocalDate, List<T>> rows) {
        LocalDate start = from == null ? defaultFrom() : from;
        LocalDate end = to == null ? today() : to;
        requireOrder(start, end);
        return new Report<>(name, siteCode, start, end, rows.apply(start, end));
    }

    private static Rows.PopulationTrendRow trendRow(PopulationFigure f, String state) {
        PeopleCount p = f.people();
        return new Rows.PopulationTrendRow(f.siteCode(), state, f.asOf(), f.method(), f.households(), p.total(),
                p.of(Sex.FEMALE), p.of(Sex.MALE), p.of(AgeGroup.CHILDREN), p.of(AgeGroup.ADULTS), p.of(AgeGroup.ELDERLY),
                p.of(Sex.FEMALE, AgeGroup.CHILDREN), p.of(Sex.FEMALE, AgeGroup.ADULTS), p.of(Sex.FEMALE, AgeGroup.ELDERLY),
                p.of(Sex.MALE, AgeGroup.CHILDREN), p.of(Sex.MALE, AgeGroup.ADULTS), p.of(Sex.MALE, AgeGroup.ELDERLY));
    }

    private static void requireOrder(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("Period is reversed", List.of(new FieldError("from", "must not be after to"),
                    new FieldError("to", "must not be before from")));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate defaultFrom() {
        return today().minusYears(DEFAULT_YEARS).withDayOfMonth(1);
    }

    private static Instant instant(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
