package org.unmiss.humanrights.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.hrcase.domain.AgeGroup;
import org.unmiss.humanrights.hrcase.domain.CaseFactory;
import org.unmiss.humanrights.hrcase.domain.CaseTexts;
import org.unmiss.humanrights.hrcase.persistence.DemoCaseLoader;
import org.unmiss.humanrights.hrcase.persistence.DemoCaseProperties;
import org.unmiss.humanrights.hrcase.persistence.HrCaseRepository;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.Sex;
import org.unmiss.humanrights.hrcase.domain.ViolationType;
import org.unmiss.humanrights.report.api.CaseReports;
import org.unmiss.humanrights.report.api.FigureReports;
import org.unmiss.humanrights.report.persistence.FigureBook;
import org.unmiss.humanrights.report.persistence.FigureUpkeep;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.unmiss.humanrights.HrFixtures.senior;

/**
 * The counted cells answer exactly what summing the cases answers (ADR 0038): a random workload of case writes
 * through the API — recordings, added acts, every workflow move, consents given and refused — and after every step
 * the MRM (verified and reported), MARA, forms-of-harm and quarterly-brief figures read from the cells equal those
 * summed from the cases, for headquarters, a bound office and a caller without one, over open, whole-month and
 * part-month periods. The generator keeps the domain's rules (a recruitment or use of children has child victims,
 * a party is named only while it existed, a child's identified sharing has caregiver consent and assent, acts are
 * added only before a decision, a verification is decided by someone other than the recorder).
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresEquivalenceTest {

    private static final int YEAR = 2022;
    private static final List<String> OFFICES = List.of("JUBA", "MALAKAL", "BOR");
    private static final List<FieldOfficeScope> SCOPES = List.of(FieldOfficeScope.of("HQ"), FieldOfficeScope.of("MALAKAL"),
            FieldOfficeScope.of("JUBA"), FieldOfficeScope.NONE);
    private static final List<LocalDate[]> PERIODS = List.of(
            new LocalDate[] {null, null},
            new LocalDate[] {LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)},
            new LocalDate[] {LocalDate.of(YEAR, 2, 10), LocalDate.of(YEAR, 5, 20)},
            new LocalDate[] {LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 3, 31)},
            new LocalDate[] {LocalDate.of(YEAR, 4, 5), LocalDate.of(YEAR, 4, 25)},
            new LocalDate[] {null, LocalDate.of(YEAR, 6, 14)},
            new LocalDate[] {LocalDate.of(YEAR, 7, 2), null});

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    FigureReports fromCells;
    @Autowired
    CaseReports fromCases;
    @Autowired
    FigureBook book;
    @Autowired
    FigureUpkeep upkeep;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    HrCaseRepository repository;
    @Autowired
    ReferenceNumbers referenceNumbers;
    @Autowired
    CaseFactory factory;
    @Autowired
    CaseTexts texts;
    @Autowired
    AuditLog audit;

    private final List<Tracked> cases = new ArrayList<>();
    private List<JsonNode> parties;
    private String recorder;

    /** A case as the workload knows it: reference, ETag, status, victims (code, child). */
    private static final class Tracked {
        String reference;
        String etag;
        String status;
        final List<String[]> victims = new ArrayList<>();
    }

    @BeforeAll
    void ready() {
        await().atMost(Duration.ofSeconds(60)).until(book::ready);
        recorder = issuer.token("hr.figures.recorder", "HQ", "HR_READ", "HR_WRITE", "HR_SENSITIVE");
        parties = new ArrayList<>();
        api.get("/api/v1/perpetrator-parties?size=200", recorder).json().get("content").forEach(parties::add);
    }

    @Test
    void aRandomWorkloadOfCaseWritesKeepsTheCellsEqualToTheFiguresSummedFromTheCases() {
        long seed = 20261202L;
        Random random = new Random(seed);
        for (int step = 0; step < 150; step++) {
            String did = step(random);
            assertSameFigures("step " + step + " (" + did + "), seed " + seed, random, step % 25 == 24);
        }
        assertThat(cases).hasSizeGreaterThan(30);
        assertThat(cases.stream().filter(c -> c.status.equals("VERIFIED") || c.status.equals("REPORTED"))).isNotEmpty();
    }

    @Test
    void aCaseWriteTheFiguresMissedIsCountedByTheSweepAndAMissingBookIsCountedAgainAtStart() {
        Random random = new Random(7);
        for (int i = 0; i < 6; i++) {
            create(random);
        }
        Tracked c = cases.get(cases.size() - 1);
        // as a crash between the case's write and its partition's: the stored case changes, flagged, uncounted
        mongo.updateFirst(Query.query(Criteria.where("_id").is(c.reference)),
                new Update().set("verified", true).set("status", "VERIFIED").set("figuresPending", true).inc("version", 1),
                mongo.getCollectionName(HrCase.class));
        LocalDate from = LocalDate.parse(api.get("/api/v1/hr-cases/" + c.reference, recorder).json().get("occurredFrom")
                .get("date").asString()).withDayOfMonth(1);
        from = from.withMonth((from.getMonthValue() - 1) / 3 * 3 + 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        String quarter = YEAR + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
        assertThat(fromCells.brief(FieldOfficeScope.of("HQ"), quarter, from, to).cases())
                .as("the cells have not seen the uncounted write")
                .isEqualTo(fromCases.brief(FieldOfficeScope.of("HQ"), quarter, from, to).cases() - 1);
        upkeep.sweep();
        upkeep.sweep();
        assertSameFigures("after the sweep", random, true);
        assertThat(mongo.count(Query.query(Criteria.where("figuresPending").is(true)), HrCase.class)).isZero();

        mongo.dropCollection("hr_figures_meta");
        mongo.dropCollection("hr_figures");
        upkeep.start();
        assertThat(book.ready()).isTrue();
        assertSameFigures("after counting every case again", random, true);
    }

    @Test
    void aBatchInsertMovesEachPartitionOnceAndCountsEveryCase() {
        // the demo loader's path: one insert of many cases, so one bulk move of their partitions
        List<HrCase> demo = new DemoCaseLoader(repository, referenceNumbers, factory, texts, audit, new DemoCaseProperties(300)).generate();
        repository.insert(demo);
        assertThat(mongo.count(Query.query(Criteria.where("figuresPending").is(true)), HrCase.class)).isZero();
        assertSameFigures("after a batch of " + demo.size() + " cases", new Random(3), true);
    }

    // ------------------------------------------------------------------ the workload

    private String step(Random random) {
        int dice = random.nextInt(100);
        if (cases.size() < 3 || dice < 35) {
            return "create " + create(random).reference;
        }
        Tracked c = cases.get(random.nextInt(cases.size()));
        if (dice < 50) {
            return addAct(random, c);
        }
        if (dice < 80) {
            return move(random, c);
        }
        return consent(random, c);
    }

    private Tracked create(Random random) {
        String office = OFFICES.get(random.nextInt(OFFICES.size()));
        LocalDate day = LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365));
        StringBuilder acts = new StringBuilder();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            acts.append(i == 0 ? "" : ",").append(act(random, day));
        }
        String body = """
                {"title": "Synthetic figures case", "fieldOffice": "%s",
                 "occurredFrom": {"date": "%s", "precision": "EXACT"},
                 "location": {"state": "%s"}, "violations": [%s]}""".formatted(office, day,
                List.of("UPPER_NILE", "JONGLEI", "CENTRAL_EQUATORIA", "UNITY").get(random.nextInt(4)), acts);
        ApiResponse created = api.post("/api/v1/hr-cases", recorder, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Tracked c = new Tracked();
        c.reference = created.json().get("reference").asString();
        track(c, created);
        cases.add(c);
        return c;
    }

    private String addAct(Random random, Tracked c) {
        if (!c.status.equals("RECEIVED") && !c.status.equals("UNDER_INVESTIGATION")) {
            return "no act for " + c.status;
        }
        LocalDate day = LocalDate.parse(api.get("/api/v1/hr-cases/" + c.reference, recorder).json().get("occurredFrom")
                .get("date").asString());
        ApiResponse added = api.post("/api/v1/hr-cases/" + c.reference + "/violations", recorder, act(random, day));
        assertThat(added.status()).as(added.body()).isIn(200, 201);
        track(c, added);
        return "act added to " + c.reference;
    }

    private String move(Random random, Tracked c) {
        List<String> next = switch (c.status) {
            case "RECEIVED" -> List.of("UNDER_INVESTIGATION");
            case "UNDER_INVESTIGATION" -> List.of("VERIFIED", "VERIFIED", "NOT_VERIFIED", "FOUND_NOT_TO_HAVE_OCCURRED");
            case "VERIFIED" -> List.of("REPORTED", "CLOSED");
            case "NOT_VERIFIED" -> List.of("UNDER_INVESTIGATION", "CLOSED");
            case "FOUND_NOT_TO_HAVE_OCCURRED", "REPORTED" -> List.of("CLOSED");
            default -> List.of();
        };
        if (next.isEmpty()) {
            return "closed " + c.reference;
        }
        String to = next.get(random.nextInt(next.size()));
        String token = to.equals("UNDER_INVESTIGATION") ? recorder : senior(issuer);
        String body = to.equals("VERIFIED") || to.equals("NOT_VERIFIED") || to.equals("FOUND_NOT_TO_HAVE_OCCURRED")
                ? "{\"to\": \"" + to + "\", \"standardOfProof\": \"REASONABLE_GROUNDS\"}" : "{\"to\": \"" + to + "\"}";
        ApiResponse moved = api.send("POST", "/api/v1/hr-cases/" + c.reference + "/transitions", token, body,
                Map.of("If-Match", c.etag));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        track(c, moved);
        return c.reference + " -> " + to;
    }

    private String consent(Random random, Tracked c) {
        if (c.victims.isEmpty()) {
            return "no victim in " + c.reference;
        }
        String[] victim = c.victims.get(random.nextInt(c.victims.size()));
        boolean child = Boolean.parseBoolean(victim[1]);
        boolean sharing = random.nextInt(4) == 0;
        String body = "{\"servicesReferral\": " + random.nextBoolean() + ", \"deidentifiedReporting\": " + random.nextBoolean()
                + ", \"identifiedSharing\": " + sharing + (sharing ? ", \"sharingPartners\": [\"UNICEF\"]" : "")
                + (sharing && child ? ", \"caregiverConsent\": true, \"childAssent\": true" : "") + "}";
        ApiResponse recorded = api.send("PUT", "/api/v1/hr-cases/" + c.reference + "/victims/" + victim[0] + "/consent", recorder,
                body, Map.of("If-Match", c.etag));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        track(c, recorded);
        return "consent of " + victim[0] + " in " + c.reference;
    }

    /** An act as the domain allows it on {@code day}: victims where the type has them, children for recruitment. */
    private String act(Random random, LocalDate day) {
        ViolationType type = ViolationType.values()[random.nextInt(ViolationType.values().length)];
        List<String> valid = parties.stream().filter(p -> existed(p, day)).map(p -> p.get("code").asString()).toList();
        List<String> perpetrators = new ArrayList<>();
        int named = random.nextInt(3);
        for (int i = 0; i < named; i++) {
            perpetrators.add("{\"partyCode\": \"" + valid.get(random.nextInt(valid.size())) + "\"}");
        }
        boolean withoutVictims = type.isGraveWithoutChildVictim() || type == ViolationType.HATE_SPEECH_OR_INCITEMENT
                || type == ViolationType.DESTRUCTION_OF_PROPERTY;
        List<String> victims = new ArrayList<>();
        int many = withoutVictims ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < many; i++) {
            victims.add(victim(random, type == ViolationType.RECRUITMENT_OR_USE_OF_CHILDREN));
        }
        return "{\"type\": \"" + type + "\", \"perpetrators\": [" + String.join(",", perpetrators) + "], \"victims\": ["
                + String.join(",", victims) + "]}";
    }

    private static String victim(Random random, boolean childOnly) {
        String sex = Sex.values()[random.nextInt(Sex.values().length)].name();
        String consent = switch (random.nextInt(3)) {
            case 0 -> "";
            case 1 -> ", \"consent\": {\"servicesReferral\": false, \"deidentifiedReporting\": false, \"identifiedSharing\": false}";
            default -> ", \"consent\": {\"servicesReferral\": true, \"deidentifiedReporting\": true, \"identifiedSharing\": false}";
        };
        if (random.nextBoolean()) {
            int age = childOnly ? 6 + random.nextInt(12) : random.nextInt(80);
            return "{\"kind\": \"INDIVIDUAL\", \"sex\": \"" + sex + "\", \"age\": " + age + consent + "}";
        }
        List<AgeGroup> groups = childOnly ? List.of(AgeGroup.AGE_5_11, AgeGroup.AGE_12_17, AgeGroup.UNKNOWN) : List.of(AgeGroup.values());
        return "{\"kind\": \"GROUP\", \"count\": " + (1 + random.nextInt(6)) + ", \"sex\": \"" + sex + "\", \"ageGroup\": \""
                + groups.get(random.nextInt(groups.size())) + "\"" + consent + "}";
    }

    private static boolean existed(JsonNode party, LocalDate day) {
        JsonNode from = party.get("effectiveFrom");
        JsonNode to = party.get("effectiveTo");
        return (from == null || from.isNull() || !day.isBefore(LocalDate.parse(from.asString())))
                && (to == null || to.isNull() || day.isBefore(LocalDate.parse(to.asString())));
    }

    private static void track(Tracked c, ApiResponse response) {
        JsonNode json = response.json();
        c.etag = response.header("ETag");
        c.status = json.get("status").asString();
        c.victims.clear();
        json.get("violations").forEach(v -> v.get("victims").forEach(victim -> c.victims.add(
                new String[] {victim.get("code").asString(), String.valueOf(victim.get("child").asBoolean())})));
    }

    // ------------------------------------------------------------------ the comparison

    private void assertSameFigures(String when, Random random, boolean everything) {
        List<FieldOfficeScope> scopes = everything ? SCOPES : List.of(SCOPES.get(random.nextInt(SCOPES.size())));
        for (FieldOfficeScope scope : scopes) {
            List<LocalDate[]> periods = everything ? PERIODS : List.<LocalDate[]>of(PERIODS.get(random.nextInt(PERIODS.size())));
            for (LocalDate[] period : periods) {
                String what = when + ", " + scope + " " + period[0] + ".." + period[1];
                assertThat(fromCells.mrm(scope, period[0], period[1], true)).as("MRM " + what)
                        .isEqualTo(fromCases.mrm(scope, period[0], period[1], true));
                assertThat(fromCells.mrm(scope, period[0], period[1], false)).as("MRM verified only " + what)
                        .isEqualTo(fromCases.mrm(scope, period[0], period[1], false));
                assertThat(fromCells.mara(scope, period[0], period[1])).as("MARA " + what)
                        .isEqualTo(fromCases.mara(scope, period[0], period[1]));
                assertThat(fromCells.harm(scope, period[0], period[1])).as("harm " + what)
                        .isEqualTo(fromCases.harm(scope, period[0], period[1]));
            }
            for (int q = 1; q <= 4; q++) {
                if (!everything && q != 1 + random.nextInt(4)) {
                    continue;
                }
                LocalDate from = LocalDate.of(YEAR, q * 3 - 2, 1);
                LocalDate to = from.plusMonths(3).minusDays(1);
                assertThat(fromCells.brief(scope, YEAR + "-Q" + q, from, to)).as("brief Q" + q + " " + when + ", " + scope)
                        .isEqualTo(fromCases.brief(scope, YEAR + "-Q" + q, from, to));
            }
        }
    }
}
