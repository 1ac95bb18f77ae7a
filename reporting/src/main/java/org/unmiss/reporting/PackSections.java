package org.unmiss.reporting;

import org.unmiss.clients.humanrights.api.HumanRightsReportsApi;
import org.unmiss.clients.humanrights.model.MaraReport;
import org.unmiss.clients.humanrights.model.MrmReport;
import org.unmiss.clients.humanrights.model.QuarterlyBrief;
import org.unmiss.clients.humanrights.model.QuarterlyBriefKeyCount;
import org.unmiss.clients.peaceprocess.api.AgreementImplementationApi;
import org.unmiss.clients.peaceprocess.api.CeasefireSummaryApi;
import org.unmiss.clients.peaceprocess.model.CeasefireDimension;
import org.unmiss.clients.personnel.api.PersonnelReportsApi;
import org.unmiss.clients.personnel.model.GenderParity;
import org.unmiss.clients.personnel.model.StrengthReport;
import org.unmiss.clients.personnel.model.UnpolStrength;
import org.unmiss.clients.pocsite.api.ReportsApi;
import org.unmiss.kit.web.CsvTable.Column;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The pack's sections, each fetched through the gateway with a service's generated client and nothing else.
 * Every report is asked for in JSON (the generated clients read JSON; ADR 0045 gives JSON unless CSV is
 * preferred) and written as CSV here, so each file's columns are the pack's, stable across services.
 */
final class PackSections {

    static final String PERSONNEL = "personnel-service";
    static final String POC_SITE = "poc-site-service";
    static final String HUMAN_RIGHTS = "humanrights-service";
    static final String PEACE_PROCESS = "peace-process-service";

    /**
     * The OpenAPI document version (info.version) of each service the pack reads, as its generated client states
     * it. gender-service is not read: the pack's parity tables are personnel-service's, the source of the counts.
     */
    static final Map<String, String> DOCUMENT_VERSIONS = documentVersions();

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final PersonnelReportsApi personnel;
    private final ReportsApi pocSite;
    private final HumanRightsReportsApi humanRights;
    private final AgreementImplementationApi implementation;
    private final CeasefireSummaryApi ceasefire;

    PackSections(String gateway, String accessToken) {
        Consumer<HttpRequest.Builder> bearer = request -> request.header("Authorization", "Bearer " + accessToken);
        var personnelClient = new org.unmiss.clients.personnel.ApiClient();
        personnelClient.updateBaseUri(gateway);
        personnelClient.setRequestInterceptor(bearer).setReadTimeout(TIMEOUT).setConnectTimeout(TIMEOUT);
        var pocSiteClient = new org.unmiss.clients.pocsite.ApiClient();
        pocSiteClient.updateBaseUri(gateway);
        pocSiteClient.setRequestInterceptor(bearer).setReadTimeout(TIMEOUT).setConnectTimeout(TIMEOUT);
        var humanRightsClient = new org.unmiss.clients.humanrights.ApiClient();
        humanRightsClient.updateBaseUri(gateway);
        humanRightsClient.setRequestInterceptor(bearer).setReadTimeout(TIMEOUT).setConnectTimeout(TIMEOUT);
        var peaceClient = new org.unmiss.clients.peaceprocess.ApiClient();
        peaceClient.updateBaseUri(gateway);
        peaceClient.setRequestInterceptor(bearer).setReadTimeout(TIMEOUT).setConnectTimeout(TIMEOUT);
        this.personnel = new PersonnelReportsApi(personnelClient);
        this.pocSite = new ReportsApi(pocSiteClient);
        this.humanRights = new HumanRightsReportsApi(humanRightsClient);
        this.implementation = new AgreementImplementationApi(peaceClient);
        this.ceasefire = new CeasefireSummaryApi(peaceClient);
    }

    /** The sections for a quarter: snapshots as of its last day, flows over its days. */
    List<Section> forQuarter(Quarter quarter) {
        LocalDate from = quarter.firstDay();
        LocalDate asOf = quarter.lastDay();
        return List.of(
                new Section(PERSONNEL, "personnelReportsStrength",
                        List.of("personnel-strength-by-category.csv", "personnel-ceilings.csv"),
                        () -> strength(personnel.personnelReportsStrength(asOf, "category", null, null, null, null, null, null))),
                new Section(PERSONNEL, "unpolStrength", List.of("unpol-composition.csv"),
                        () -> List.of(unpol(personnel.unpolStrength(asOf, null)))),
                new Section(PERSONNEL, "genderParity", List.of("gender-parity-by-category.csv"),
                        () -> List.of(parity("gender-parity-by-category.csv", "Gender parity by category",
                                personnel.genderParity(asOf, "category", null)))),
                new Section(PERSONNEL, "genderParity", List.of("gender-parity-by-country.csv"),
                        () -> List.of(parity("gender-parity-by-country.csv", "Gender parity by contributing country (uniformed)",
                                personnel.genderParity(asOf, "country", null)))),
                new Section(POC_SITE, "reportsPopulationTrend", List.of("poc-population-trend.hxl.csv"),
                        () -> List.of(populationTrend(from, asOf))),
                new Section(POC_SITE, "reportsIncidentsPerMonth", List.of("poc-incidents-per-month.hxl.csv"),
                        () -> List.of(incidentsPerMonth(from, asOf))),
                new Section(HUMAN_RIGHTS, "humanRightsReportsQuarterlyBrief",
                        List.of("hr-brief-totals.csv", "hr-brief-by-type.csv", "hr-brief-by-state.csv", "hr-brief-by-party.csv",
                                "hr-brief-by-month.csv", "hr-brief-victims-by-sex-and-age.csv"),
                        () -> brief(humanRights.humanRightsReportsQuarterlyBrief(quarter.toString()))),
                new Section(HUMAN_RIGHTS, "humanRightsReportsMrm", List.of("hr-mrm.csv"),
                        () -> List.of(mrm(humanRights.humanRightsReportsMrm(from, asOf)))),
                new Section(HUMAN_RIGHTS, "humanRightsReportsMara", List.of("hr-mara.csv"),
                        () -> List.of(mara(humanRights.humanRightsReportsMara(from, asOf)))),
                new Section(PEACE_PROCESS, "agreementImplementationMatrix", List.of("peace-implementation-matrix.csv"),
                        () -> List.of(implementationMatrix(asOf))),
                new Section(PEACE_PROCESS, "ceasefireSummarySummary", List.of("peace-ceasefire-by-type.csv"),
                        () -> List.of(ceasefireByType(from, asOf))));
    }

    private static List<Table> strength(StrengthReport report) {
        Table byCategory = Table.plain("personnel-strength-by-category.csv", "Personnel strength by category",
                List.of("category", "count"),
                rows(report.getRows(), row -> List.of(row.getCategory(), row.getCount())), new Table.Chart(0, 1));
        Table ceilings = Table.plain("personnel-ceilings.csv", "Strength against authorised ceilings",
                List.of("ceiling", "authorised", "actual", "headroom", "exceeded", "resolution", "adopted", "source"),
                rows(report.getCeilings(), c -> cells(c.getName(), c.getAuthorised(), c.getActual(), c.getHeadroom(),
                        c.getExceeded(), c.getResolution(), c.getAdopted(), c.getSource())), new Table.Chart(0, 2));
        return List.of(byCategory, ceilings);
    }

    private static Table unpol(UnpolStrength unpol) {
        List<List<Object>> rows = rows(unpol.getByFieldOffice(), office -> List.of(office.getFieldOffice(),
                office.getFormedPoliceUnits(), office.getIndividualPoliceOfficers(), office.getCorrections(), office.getTotal()));
        rows.add(List.of("ALL", unpol.getFormedPoliceUnits(), unpol.getIndividualPoliceOfficers(), unpol.getCorrections(),
                unpol.getTotal()));
        return Table.plain("unpol-composition.csv", "UNPOL composition (formed police units, individual police officers, corrections)",
                List.of("field_office", "formed_police_units", "individual_police_officers", "corrections", "total"),
                rows, new Table.Chart(0, 4));
    }

    private static Table parity(String file, String title, GenderParity parity) {
        List<List<Object>> rows = rows(parity.getRows(), row -> cells(row.getKey(), row.getWomen(), row.getMen(), row.getTotal(),
                row.getWomenPercent(), row.getTargetPercent(), row.getMeetsTarget()));
        rows.add(cells("ALL", parity.getWomen(), parity.getMen(), parity.getWomen() + parity.getMen(), parity.getWomenPercent(),
                null, null));
        return Table.plain(file, title,
                List.of(parity.getBy(), "women", "men", "total", "women_percent", "target_percent", "meets_target"),
                rows, new Table.Chart(0, 4));
    }

    // The hashtags are poc-site-service's own (its HXL CSV exports), so a humanitarian partner's mapping fits both.
    private Table populationTrend(LocalDate from, LocalDate to) throws Exception {
        var report = pocSite.reportsPopulationTrend(null, from, to);
        List<Column> columns = List.of(new Column("site", "#loc+code"), new Column("state", "#adm1+name"),
                new Column("date", "#date"), new Column("method", "#meta+method"),
                new Column("households", "#population+hh"), new Column("population", "#population+total"),
                new Column("female", "#population+f"), new Column("male", "#population+m"),
                new Column("children", "#population+children"), new Column("adults", "#population+adults"),
                new Column("elderly", "#population+elderly"));
        return new Table("poc-population-trend.hxl.csv", "PoC site populations over the quarter", columns,
                rows(report.getRows(), r -> cells(r.getSiteCode(), r.getState(), r.getAsOf(), text(r.getMethod()),
                        r.getHouseholds(), r.getTotal(), r.getFemale(), r.getMale(), r.getChildren(), r.getAdults(),
                        r.getElderly())), true, null);
    }

    private Table incidentsPerMonth(LocalDate from, LocalDate to) throws Exception {
        var report = pocSite.reportsIncidentsPerMonth(null, from, to);
        List<Column> columns = List.of(new Column("month", "#date+month"), new Column("site", "#loc+code"),
                new Column("category", "#event+type"), new Column("incidents", "#event+num"));
        return new Table("poc-incidents-per-month.hxl.csv", "Security incidents per month", columns,
                rows(report.getRows(), r -> cells(r.getMonth(), r.getSiteCode(), text(r.getCategory()), r.getIncidents())),
                true, null);
    }

    private static List<Table> brief(QuarterlyBrief brief) {
        Table totals = Table.plain("hr-brief-totals.csv", "Human rights quarterly brief: totals", List.of("figure", "value"),
                List.of(List.of("violations", brief.getViolations()), List.of("victims", brief.getVictims()),
                        List.of("cases", brief.getCases()), List.of("hate_speech_incidents", brief.getHateSpeechIncidents()),
                        List.of("late_verifications", brief.getLateVerifications()),
                        List.of("late_verification_rate", brief.getLateVerificationRate())), null);
        boolean released = brief.getRelease() != null;
        List<List<Object>> types = rows(brief.getByType(), t -> cells(text(t.getType()), t.getViolations(), t.getVictims()));
        withheldRow(released, types, brief.getViolations(), brief.getVictims());
        Table byType = Table.plain("hr-brief-by-type.csv", "Violations by type", List.of("type", "violations", "victims"),
                types, new Table.Chart(0, 1));
        List<List<Object>> sexAge = rows(brief.getVictimsBySexAndAgeGroup(),
                v -> cells(text(v.getSex()), text(v.getAgeGroup()), v.getVictims()));
        if (released) {
            long victims = nonNull(brief.getVictimsBySexAndAgeGroup()).stream().mapToLong(v -> v.getVictims()).sum();
            if (brief.getVictims() - victims > 0) {
                sexAge.add(cells(WITHHELD, WITHHELD, brief.getVictims() - victims));
            }
        }
        return List.of(totals, byType,
                keyCounts("hr-brief-by-state.csv", "Violations by state", "state", brief.getByState(), released ? brief.getViolations() : null),
                // a violation counts once for each party it names: the parties' remainder is not the total's
                keyCounts("hr-brief-by-party.csv", "Violations by alleged perpetrator (party)", "party", brief.getByParty(), null),
                keyCounts("hr-brief-by-month.csv", "Violations by month", "month", brief.getByMonth(), released ? brief.getViolations() : null),
                Table.plain("hr-brief-victims-by-sex-and-age.csv", "Victims by sex and age group",
                        List.of("sex", "age_group", "victims"), sexAge, null));
    }

    /**
     * The key of the row that holds what a released brief withheld from a table that adds up to a total (small cells,
     * ADR 0098 of humanrights-service), so the pack's tables still add up; the service names each withheld figure in
     * {@code release.withheld}.
     */
    static final String WITHHELD = "WITHHELD";

    /** Adds the remainder of {@code totals} over the rows' counts (columns 1..), when there is one. */
    private static void withheldRow(boolean released, List<List<Object>> rows, long... totals) {
        if (!released) {
            return;
        }
        List<Object> row = new ArrayList<>(List.of(WITHHELD));
        boolean any = false;
        for (int column = 0; column < totals.length; column++) {
            long published = 0;
            for (List<Object> r : rows) {
                published += ((Number) r.get(column + 1)).longValue();
            }
            row.add(totals[column] - published);
            any |= totals[column] - published > 0;
        }
        if (any) {
            rows.add(row);
        }
    }

    private static Table keyCounts(String file, String title, String key, List<QuarterlyBriefKeyCount> counts, Long total) {
        List<List<Object>> rows = rows(counts, c -> cells(c.getKey(), c.getViolations()));
        if (total != null) {
            withheldRow(true, rows, total);
        }
        return Table.plain(file, title, List.of(key, "violations"), rows, new Table.Chart(0, 1));
    }

    private static Table mrm(MrmReport report) {
        return Table.plain("hr-mrm.csv", "MRM: grave violations against children", List.of("grave_violation", "counting_unit",
                "reported", "verified"), rows(report.getLines(), l -> cells(text(l.getGraveViolation()), text(l.getCountingUnit()),
                l.getReported(), l.getVerified())), new Table.Chart(0, 3));
    }

    private static Table mara(MaraReport report) {
        return Table.plain("hr-mara.csv", "MARA: conflict-related sexual violence", List.of("month", "state", "party", "type",
                "violations", "victims"), rows(report.getLines(), l -> cells(l.getMonth(), l.getState(), l.getPartyCode(),
                text(l.getType()), l.getViolations(), l.getVictims())), null);
    }

    private Table implementationMatrix(LocalDate asOf) throws Exception {
        var matrix = implementation.agreementImplementationMatrix(asOf, null);
        List<List<Object>> rows = new ArrayList<>();
        for (var chapter : nonNull(matrix.getChapters())) {
            for (var provision : nonNull(chapter.getProvisions())) {
                rows.add(cells(chapter.getNumber(), chapter.getTitle(), provision.getCode(), provision.getTitle(),
                        text(provision.getStatus()), provision.getSince(), provision.getDeadline(), provision.getPastDeadline(),
                        provision.getTarget(), provision.getMeasuredValue()));
            }
        }
        return Table.plain("peace-implementation-matrix.csv", "Peace agreement implementation matrix",
                List.of("chapter_number", "chapter", "provision", "title", "status", "status_since", "deadline",
                        "past_deadline", "target", "measured_value"), rows, null);
    }

    private Table ceasefireByType(LocalDate from, LocalDate to) throws Exception {
        return Table.plain("peace-ceasefire-by-type.csv", "Ceasefire violation reports by type",
                List.of("type", "reports", "open", "access_denied"),
                rows(ceasefire.ceasefireSummarySummary(CeasefireDimension.TYPE, null, from, to),
                        r -> cells(r.getKey(), r.getReports(), r.getOpen(), r.getAccessDenied())), new Table.Chart(0, 1));
    }

    private static <T> List<List<Object>> rows(List<T> items, Function<T, List<Object>> row) {
        List<List<Object>> rows = new ArrayList<>();
        for (T item : nonNull(items)) {
            rows.add(row.apply(item));
        }
        return rows;
    }

    /** Cells that may be null (an empty CSV field), which {@link List#of} refuses. */
    private static List<Object> cells(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private static <T> List<T> nonNull(List<T> items) {
        return items == null ? List.of() : items;
    }

    /** A generated enum as its wire value (the generated enums' toString), null as an empty cell. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Map<String, String> documentVersions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put(PERSONNEL, org.unmiss.clients.personnel.Configuration.VERSION);
        versions.put(POC_SITE, org.unmiss.clients.pocsite.Configuration.VERSION);
        versions.put(HUMAN_RIGHTS, org.unmiss.clients.humanrights.Configuration.VERSION);
        versions.put(PEACE_PROCESS, org.unmiss.clients.peaceprocess.Configuration.VERSION);
        return java.util.Collections.unmodifiableMap(versions);
    }
}
