package org.unmiss.peace.config;

import org.unmiss.peace.agreement.domain.Benchmark;
import org.unmiss.peace.agreement.domain.ImplementationStatus;
import org.unmiss.peace.agreement.domain.Provision;
import org.unmiss.peace.agreement.domain.StatusEntry;
import org.unmiss.peace.ceasefire.domain.AllegationSource;
import org.unmiss.peace.ceasefire.domain.CeasefireReport;
import org.unmiss.peace.ceasefire.domain.CeasefireStage;
import org.unmiss.peace.ceasefire.domain.ClosureOutcome;
import org.unmiss.peace.ceasefire.domain.ViolationType;
import org.unmiss.peace.dialogue.domain.DialogueContent;
import org.unmiss.peace.dialogue.domain.DialogueInitiative;
import org.unmiss.peace.dialogue.domain.DialogueStatus;
import org.unmiss.peace.dialogue.domain.DialogueType;
import org.unmiss.peace.dialogue.domain.FollowUp;
import org.unmiss.peace.engagement.domain.Atmosphere;
import org.unmiss.peace.engagement.domain.CancellationReason;
import org.unmiss.peace.engagement.domain.Engagement;
import org.unmiss.peace.engagement.domain.EngagementContent;
import org.unmiss.peace.engagement.domain.EngagementStatus;
import org.unmiss.peace.engagement.domain.Interlocutor;
import org.unmiss.peace.engagement.domain.InterlocutorType;
import org.unmiss.peace.engagement.domain.Level;
import org.unmiss.peace.engagement.domain.MissionParticipant;
import org.unmiss.peace.engagement.domain.NextStep;
import org.unmiss.peace.engagement.domain.ParticipantsBySex;
import org.unmiss.peace.engagement.domain.Sex;
import org.unmiss.peace.engagement.domain.StatusChange;
import org.unmiss.peace.engagement.domain.Topic;
import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo data set: synthetic, deterministic (fixed seed and fixed last day), plausible in shape.
 * Leaders are described by category and position only; usernames are the realm's demo users.
 */
final class DemoData {

    /** The data set always ends here (or the day before start-up, if that is earlier). */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 14);
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);
    private static final LocalDate SIGNED = LocalDate.of(2018, 9, 12);
    private static final String SIGNED_EVIDENCE = "R-ARCSS signed in Addis Ababa on 12 September 2018 (PA-X Peace Agreements "
            + "Database, https://pax.peaceagreements.org/agreements/wgg/2112)";
    /** What every made-up status says instead of citing a report: demo data never cites a real RJMEC report. */
    static final String SYNTHETIC_EVIDENCE = "Synthetic demo status: not taken from any RJMEC or Secretary-General report";
    private static final LocalDate NUF_FIRST_GRADUATION = LocalDate.of(2022, 8, 30);
    private static final String NUF_EVIDENCE = "First batch of the Necessary Unified Forces (21,973 of the 83,000) graduated in "
            + "Juba on 30 August 2022 (Xinhua, via The Independent (Uganda), 31 August 2022, "
            + "https://www.independent.co.ug/south-sudan-president-addresses-graduates-of-first-batch-of-unified-forces/)";
    private static final LocalDate OFFICES_CLOSED = LocalDate.of(2026, 1, 1);
    private static final long SEED = 20180912L;
    private static final String AUTHOR = "civil.affairs";
    private static final String APPROVER = "mission.admin";

    /** Field offices and the state each covers; Torit and Aweil closed at the end of 2025. */
    private static final Map<String, SouthSudanState> OFFICES = new LinkedHashMap<>();

    static {
        OFFICES.put("JUBA", SouthSudanState.CENTRAL_EQUATORIA);
        OFFICES.put("TORIT", SouthSudanState.EASTERN_EQUATORIA);
        OFFICES.put("YAMBIO", SouthSudanState.WESTERN_EQUATORIA);
        OFFICES.put("BOR", SouthSudanState.JONGLEI);
        OFFICES.put("BENTIU", SouthSudanState.UNITY);
        OFFICES.put("MALAKAL", SouthSudanState.UPPER_NILE);
        OFFICES.put("RUMBEK", SouthSudanState.LAKES);
        OFFICES.put("KUAJOK", SouthSudanState.WARRAP);
        OFFICES.put("AWEIL", SouthSudanState.NORTHERN_BAHR_EL_GHAZAL);
        OFFICES.put("WAU", SouthSudanState.WESTERN_BAHR_EL_GHAZAL);
    }

    private static final Map<InterlocutorType, String[]> POSITIONS = Map.of(
            InterlocutorType.POLITICAL, new String[]{"party secretary-general", "state party chairperson", "member of parliament"},
            InterlocutorType.RELIGIOUS, new String[]{"bishop", "imam", "council of churches representative"},
            InterlocutorType.TRADITIONAL, new String[]{"paramount chief", "executive chief", "sub-chief"},
            InterlocutorType.COMMUNITY, new String[]{"community leader", "cattle camp leader", "peace committee chairperson"},
            InterlocutorType.WOMEN, new String[]{"women's association chairperson", "women's peace network member"},
            InterlocutorType.YOUTH, new String[]{"youth union chairperson", "youth leader"},
            InterlocutorType.CIVIL_SOCIETY, new String[]{"civil society forum coordinator", "NGO director"},
            InterlocutorType.GOVERNMENT, new String[]{"state governor", "county commissioner", "minister of local government"},
            InterlocutorType.MILITARY, new String[]{"division commander", "sector commander", "liaison officer"});
    private static final Map<InterlocutorType, String[]> AFFILIATIONS = Map.of(
            InterlocutorType.POLITICAL, new String[]{"SPLM", "SPLM-IO", "SSOA", "Other Political Parties"},
            InterlocutorType.RELIGIOUS, new String[]{"Episcopal Church", "Catholic Church", "Islamic Council", "Presbyterian Church"},
            InterlocutorType.TRADITIONAL, new String[]{"Chiefs' council"},
            InterlocutorType.COMMUNITY, new String[]{"Host community", "IDP community", "Pastoralist community"},
            InterlocutorType.WOMEN, new String[]{"State women's association", "Women's peace network"},
            InterlocutorType.YOUTH, new String[]{"County youth union", "State youth union"},
            InterlocutorType.CIVIL_SOCIETY, new String[]{"Civil society forum", "Local peace NGO"},
            InterlocutorType.GOVERNMENT, new String[]{"State government", "County administration"},
            InterlocutorType.MILITARY, new String[]{"SSPDF", "SPLA-IO"});
    private static final String[] PURPOSES = {
            "Follow up on tensions between neighbouring communities",
            "Discuss the implementation of the Revitalized Agreement at state level",
            "Prepare an intercommunal dialogue",
            "Discuss conditions for the voluntary return of displaced families",
            "Advocate for women's participation in local peace committees",
            "Discuss seasonal cattle migration and its risks",
            "Discuss civic space ahead of the elections",
            "Follow up on the release of abducted women and children"};
    private static final String[] OUTCOMES = {
            "Leaders agreed to convene a joint peace committee",
            "Commitment to refrain from revenge attacks was renewed",
            "Agreement to share grazing areas during the dry season",
            "Request for mission support to a dialogue conference",
            "No agreement; positions remain far apart",
            "Commitment to include women and youth in the local peace committee"};
    private static final String[] ACTIONS = {
            "Convene the joint peace committee", "Share the dialogue concept note", "Follow up with the county commissioner",
            "Organise a women's consultation", "Report back to the head of field office"};
    private static final String[] PLACES = {"State secretariat", "County headquarters", "Church compound", "Chief's court",
            "Field office conference room", "Payam headquarters", "Community hall"};
    // Codes of the shared party list (vocabulary Parties), as the service stores them.
    private static final String[] PARTIES = {"SSPDF", "SPLM-A-IO", "NAS", "SSOA", "CBM"};

    private final LocalDate lastDay;

    DemoData(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    static LocalDate lastDay(LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        return yesterday.isBefore(LAST_DAY) ? yesterday : LAST_DAY;
    }

    List<Engagement> engagements() {
        Random random = new Random(SEED);
        List<Engagement> result = new ArrayList<>();
        Map<Integer, Integer> sequence = new LinkedHashMap<>();
        List<String> offices = new ArrayList<>(OFFICES.keySet());
        for (LocalDate day = FIRST_DAY; !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5 || random.nextInt(10) >= 7) {
                continue;
            }
            String office = offices.get(random.nextInt(offices.size()));
            if (!day.isBefore(OFFICES_CLOSED) && (office.equals("TORIT") || office.equals("AWEIL"))) {
                office = office.equals("TORIT") ? "JUBA" : "WAU";
            }
            boolean national = random.nextInt(6) == 0;
            String fileOffice = national ? "HQ" : office;
            SouthSudanState state = national ? SouthSudanState.CENTRAL_EQUATORIA : OFFICES.get(office);
            int year = day.getYear();
            int n = sequence.merge(year, 1, Integer::sum);
            String id = String.format("ENG-%d-%06d", year, n);
            EngagementContent content = content(random, day, national ? Level.NATIONAL : Level.SUBNATIONAL, fileOffice, state);
            result.add(withWorkflow(random, id, content, day, result.size()));
        }
        return result;
    }

    private EngagementContent content(Random random, LocalDate day, Level level, String office, SouthSudanState state) {
        List<InterlocutorType> types = List.of(InterlocutorType.values());
        List<Interlocutor> interlocutors = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            InterlocutorType type = level == Level.NATIONAL && random.nextBoolean()
                    ? (random.nextBoolean() ? InterlocutorType.POLITICAL : InterlocutorType.GOVERNMENT)
                    : types.get(random.nextInt(types.size()));
            Sex sex = type == InterlocutorType.WOMEN || random.nextInt(4) == 0 ? Sex.FEMALE : Sex.MALE;
            interlocutors.add(new Interlocutor(type, pick(random, AFFILIATIONS.get(type)), pick(random, POSITIONS.get(type)), sex, null));
        }
        Set<Topic> topics = new LinkedHashSet<>();
        for (int i = 0, k = 1 + random.nextInt(3); i < k; i++) {
            topics.add(Topic.values()[random.nextInt(Topic.values().length)]);
        }
        List<String> chapters = new ArrayList<>();
        if (topics.contains(Topic.AGREEMENT_IMPLEMENTATION) || random.nextInt(3) == 0) {
            chapters.add(pick(random, new String[]{"I", "II", "III", "IV", "V", "VI"}));
        }
        List<NextStep> steps = new ArrayList<>();
        for (int i = 0, k = random.nextInt(3); i < k; i++) {
            LocalDate due = day.plusDays(7 + random.nextInt(60));
            boolean done = due.isBefore(lastDay) && random.nextInt(10) < 7;
            steps.add(new NextStep(pick(random, ACTIONS), "Civil Affairs " + (office.equals("HQ") ? "HQ" : office), due, done));
        }
        // Index numbers within personnel-service's demo population (UN-000001 to UN-020000), not yet checked.
        List<MissionParticipant> participants = List.of(
                new MissionParticipant(String.format("UN-%06d", 1 + random.nextInt(20000)), false));
        int female = random.nextInt(12);
        int male = 3 + random.nextInt(25);
        int womenMet = (int) interlocutors.stream().filter(i -> i.sex() == Sex.FEMALE).count();
        int menMet = interlocutors.size() - womenMet;
        Atmosphere atmosphere = random.nextInt(10) < 5 ? Atmosphere.POSITIVE : random.nextInt(10) < 7 ? Atmosphere.NEUTRAL : Atmosphere.NEGATIVE;
        return new EngagementContent(day, 30 + 15 * random.nextInt(10), pick(random, PLACES), state, level, office,
                pick(random, PURPOSES), interlocutors, participants, topics, chapters, atmosphere, pick(random, OUTCOMES),
                steps, new ParticipantsBySex(Math.max(female, womenMet), Math.max(male, menMet)));
    }

    /** Older reports are mostly published; recent ones are spread over the workflow, every state present. */
    private Engagement withWorkflow(Random random, String id, EngagementContent content, LocalDate day, int index) {
        long age = ChronoUnit.DAYS.between(day, lastDay);
        EngagementStatus target;
        int roll = random.nextInt(100);
        if (index < EngagementStatus.values().length) {
            target = EngagementStatus.values()[index];
        } else if (age > 45) {
            target = roll < 86 ? EngagementStatus.PUBLISHED : roll < 90 ? EngagementStatus.APPROVED
                    : roll < 96 ? EngagementStatus.CANCELLED : EngagementStatus.REJECTED;
        } else {
            target = roll < 25 ? EngagementStatus.DRAFT : roll < 50 ? EngagementStatus.PENDING_APPROVAL
                    : roll < 65 ? EngagementStatus.APPROVED : roll < 85 ? EngagementStatus.PUBLISHED
                    : roll < 93 ? EngagementStatus.REJECTED : EngagementStatus.CANCELLED;
        }
        Instant written = day.plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC);
        List<StatusChange> history = new ArrayList<>();
        history.add(new StatusChange(null, EngagementStatus.DRAFT, AUTHOR, written, null));
        CancellationReason reason = null;
        String rejection = null;
        EnumSet<EngagementStatus> path = switch (target) {
            case DRAFT, CANCELLED -> EnumSet.noneOf(EngagementStatus.class);
            case PENDING_APPROVAL, REJECTED -> EnumSet.of(EngagementStatus.PENDING_APPROVAL);
            case APPROVED -> EnumSet.of(EngagementStatus.PENDING_APPROVAL, EngagementStatus.APPROVED);
            case PUBLISHED -> EnumSet.of(EngagementStatus.PENDING_APPROVAL, EngagementStatus.APPROVED, EngagementStatus.PUBLISHED);
        };
        Instant at = written;
        for (EngagementStatus step : path) {
            at = at.plus(1 + random.nextInt(3), ChronoUnit.DAYS);
            String by = step == EngagementStatus.PENDING_APPROVAL ? AUTHOR : APPROVER;
            history.add(new StatusChange(history.get(history.size() - 1).to(), step, by, at, null));
        }
        if (target == EngagementStatus.REJECTED) {
            rejection = "Please add the outcomes agreed with the women's representatives";
            history.add(new StatusChange(EngagementStatus.PENDING_APPROVAL, EngagementStatus.REJECTED, APPROVER,
                    at.plus(1, ChronoUnit.DAYS), rejection));
        } else if (target == EngagementStatus.CANCELLED) {
            reason = CancellationReason.values()[random.nextInt(CancellationReason.values().length)];
            history.add(new StatusChange(EngagementStatus.DRAFT, EngagementStatus.CANCELLED, AUTHOR,
                    at.plus(1, ChronoUnit.DAYS), null));
        }
        return Engagement.restored(id, content, AUTHOR, written, history, reason, rejection);
    }

    List<Provision> provisions() {
        Random random = new Random(SEED + 1);
        List<Provision> result = new ArrayList<>();
        // Code, chapter, title, deadline, responsible body. The agreement's own timelines were not verified against
        // its text here, so no deadline is stated (blank) rather than an invented one (issue 14).
        String[][] rows = {
                {"I.4.4", "I", "At least 35 percent women in the Executive", "", "RTGoNU Presidency"},
                {"I.5.1", "I", "Reconstitution of the Council of Ministers", "", "RTGoNU Presidency"},
                {"I.14.1", "I", "Reconstitution of the Transitional National Legislative Assembly", "", "RTGoNU Presidency"},
                {"I.16.1", "I", "Appointment of state governors and local governments", "", "RTGoNU Presidency"},
                {"I.18.1", "I", "Reconstitution of the National Elections Commission", "", "RTGoNU"},
                {"I.19.1", "I", "Reconstitution of the Political Parties Council", "", "RTGoNU"},
                {"I.20.1", "I", "General elections at the end of the transitional period", "", "National Elections Commission"},
                {"II.1.1", "II", "Permanent ceasefire observed by all parties", "", "Parties to the Agreement"},
                {"II.1.10", "II", "Release of prisoners of war and detainees", "", "Parties to the Agreement"},
                {"II.2.1", "II", "Cantonment of forces", "", "Joint Defence Board"},
                {"II.2.3", "II", "Withdrawal of forces from civilian centres", "", "Joint Defence Board"},
                {"II.2.5", "II", "Training and redeployment of the Necessary Unified Forces", "", "Joint Defence Board"},
                {"II.4.1", "II", "Strategic Defence and Security Review", "", "SDSR Board"},
                {"III.1.1", "III", "Unimpeded humanitarian access", "", "RTGoNU"},
                {"III.1.3", "III", "Return and resettlement of displaced persons and refugees", "", "Commission for Refugees and IDPs"},
                {"III.2.1", "III", "Establishment of the Special Reconstruction Fund", "", "RTGoNU"},
                {"IV.1.1", "IV", "Review of the Petroleum Revenue Management Act", "", "Ministry of Petroleum"},
                {"IV.4.1", "IV", "Single treasury account for all public revenue", "", "Ministry of Finance and Planning"},
                {"IV.8.1", "IV", "Public Financial Management Oversight Committee", "", "RTGoNU"},
                {"IV.9.1", "IV", "Reconstitution of the Anti-Corruption Commission", "", "RTGoNU"},
                {"V.1.1", "V", "Commission for Truth, Reconciliation and Healing", "", "Ministry of Justice"},
                {"V.2.1", "V", "Hybrid Court for South Sudan", "", "RTGoNU with the African Union"},
                {"V.3.1", "V", "Compensation and Reparation Authority", "", "Ministry of Finance and Planning"},
                {"VI.1.1", "VI", "Legislation for the permanent constitution-making process", "", "Ministry of Justice"},
                {"VI.2.1", "VI", "Reconstitution of the National Constitutional Review Commission", "", "RTGoNU"},
                {"VI.6.1", "VI", "National constitutional conference", "", "National Constitutional Review Commission"},
                {"VII.1.1", "VII", "Reconstitution of R-JMEC", "", "IGAD"},
                {"VII.1.8", "VII", "Quarterly R-JMEC reports to the IGAD Council of Ministers", "", "R-JMEC"},
                {"VIII.1.1", "VIII", "Incorporation of the Agreement into the Transitional Constitution", "", "National Constitutional Amendment Committee"},
                {"VIII.1.2", "VIII", "Amendment of the Agreement only by its procedures", "", "Parties to the Agreement"}};
        for (String[] row : rows) {
            boolean women = row[0].equals("I.4.4");
            Benchmark benchmark = women ? new Benchmark("Share of women in the Executive", "PERCENT", 35.0) : null;
            Instant recorded = SIGNED.atTime(12, 0).toInstant(ZoneOffset.UTC);
            // The signing is a public fact; a women's share at signing would not be, so that first value is synthetic.
            StatusEntry signed = women
                    ? new StatusEntry(ImplementationStatus.NOT_STARTED, SIGNED, SYNTHETIC_EVIDENCE, 16.0, AUTHOR, recorded, true)
                    : new StatusEntry(ImplementationStatus.NOT_STARTED, SIGNED, SIGNED_EVIDENCE, null, AUTHOR, recorded, false);
            Provision provision = new Provision(row[0], row[1], row[2], row[3].isEmpty() ? null : LocalDate.parse(row[3]),
                    row[4], benchmark, signed);
            if (row[0].equals("II.2.5")) {
                // Sourced, not synthetic: the first graduation of the unified forces (August 2022, not 2021).
                provision.record(new StatusEntry(ImplementationStatus.PARTIALLY_IMPLEMENTED, NUF_FIRST_GRADUATION, NUF_EVIDENCE,
                        null, AUTHOR, NUF_FIRST_GRADUATION.atTime(12, 0).toInstant(ZoneOffset.UTC), false));
                result.add(provision);
                continue;
            }
            LocalDate day = SIGNED;
            ImplementationStatus status = ImplementationStatus.NOT_STARTED;
            double share = 16.0;
            while (true) {
                day = day.plusDays(120 + random.nextInt(300));
                if (day.isAfter(lastDay)) {
                    break;
                }
                status = nextStatus(random, status, row[3].isEmpty() ? null : LocalDate.parse(row[3]), day);
                share = Math.min(34.0, share + random.nextInt(5));
                provision.record(new StatusEntry(status, day, SYNTHETIC_EVIDENCE, women ? share : null, AUTHOR,
                        day.atTime(12, 0).toInstant(ZoneOffset.UTC), true));
            }
            result.add(provision);
        }
        return result;
    }

    private static ImplementationStatus nextStatus(Random random, ImplementationStatus now, LocalDate deadline, LocalDate day) {
        boolean late = deadline != null && day.isAfter(deadline);
        int roll = random.nextInt(10);
        return switch (now) {
            case NOT_STARTED -> late && roll < 4 ? ImplementationStatus.DELAYED : ImplementationStatus.ONGOING;
            case ONGOING, DELAYED -> roll < 3 ? ImplementationStatus.PARTIALLY_IMPLEMENTED
                    : late && roll < 6 ? ImplementationStatus.DELAYED : ImplementationStatus.ONGOING;
            // A synthetic status never claims a real provision implemented (issue 14): demo progress stops short of it.
            case PARTIALLY_IMPLEMENTED, IMPLEMENTED, UNKNOWN -> ImplementationStatus.PARTIALLY_IMPLEMENTED;
        };
    }

    List<CeasefireReport> ceasefireReports() {
        Random random = new Random(SEED + 2);
        List<CeasefireReport> result = new ArrayList<>();
        Map<Integer, Integer> sequence = new LinkedHashMap<>();
        List<String> offices = new ArrayList<>(OFFICES.keySet());
        int stages = CeasefireStage.values().length;
        LocalDate day = FIRST_DAY;
        while (true) {
            day = day.plusDays(3 + random.nextInt(8));
            if (day.isAfter(lastDay.minusDays(2))) {
                break;
            }
            String office = offices.get(random.nextInt(offices.size()));
            if (!day.isBefore(OFFICES_CLOSED) && (office.equals("TORIT") || office.equals("AWEIL"))) {
                office = office.equals("TORIT") ? "JUBA" : "WAU";
            }
            LocalDate incident = day.minusDays(random.nextInt(5));
            int year = day.getYear();
            String id = String.format("CF-%d-%06d", year, sequence.merge(year, 1, Integer::sum));
            AllegationSource source = AllegationSource.values()[random.nextInt(AllegationSource.values().length)];
            List<String> parties = new ArrayList<>(List.of(pick(random, PARTIES)));
            if (random.nextInt(3) == 0) {
                String other = pick(random, PARTIES);
                if (!parties.contains(other)) {
                    parties.add(other);
                }
            }
            ViolationType type = ViolationType.values()[random.nextInt(ViolationType.values().length)];
            Instant at = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
            CeasefireReport report = new CeasefireReport(id, source,
                    source == AllegationSource.PARTIES ? pick(random, PARTIES) : source == AllegationSource.PUBLIC
                            ? "community members" : "humanitarian organisation",
                    type, parties, OFFICES.get(office), null, pick(random, PLACES), office, incident, day,
                    "Alleged " + type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " reported near the "
                            + pick(random, PLACES).toLowerCase(Locale.ROOT), AUTHOR, at);
            // The first reports cover every stage and the access-denied outcome; the rest are random.
            int target = result.size() < stages ? result.size()
                    : result.size() == stages ? CeasefireStage.TEAM_INVESTIGATION.ordinal() : random.nextInt(stages);
            boolean denied = result.size() == stages || (result.size() > stages && random.nextInt(6) == 0);
            LocalDate stepDay = day;
            for (int s = 1; s <= target; s++) {
                LocalDate next = stepDay.plusDays(1 + random.nextInt(4));
                if (next.isAfter(lastDay)) {
                    break;
                }
                stepDay = next;
                CeasefireStage stage = CeasefireStage.values()[s];
                report.advance(stage, stepDay, null, AUTHOR, stepDay.atTime(10, 0).toInstant(ZoneOffset.UTC));
                if (stage.isInvestigating() && denied) {
                    report.recordAccessDenial(stepDay, "Road to the site", pick(random, PARTIES),
                            "Team stopped at a checkpoint and turned back", AUTHOR, stepDay.atTime(15, 0).toInstant(ZoneOffset.UTC));
                    if (stage == CeasefireStage.TEAM_INVESTIGATION || random.nextBoolean()) {
                        report.close(ClosureOutcome.ACCESS_DENIED, stepDay, "Site could not be reached", AUTHOR,
                                stepDay.atTime(16, 0).toInstant(ZoneOffset.UTC));
                        break;
                    }
                }
            }
            if (report.open() && report.stage().canClose() && report.stage() != CeasefireStage.ALLEGATION
                    && result.size() > stages && random.nextInt(5) == 0 && !stepDay.plusDays(2).isAfter(lastDay)) {
                report.close(random.nextBoolean() ? ClosureOutcome.NOT_SUBSTANTIATED : ClosureOutcome.INSUFFICIENT_EVIDENCE,
                        stepDay.plusDays(2), "Closed by the Technical Committee secretariat", AUTHOR,
                        stepDay.plusDays(2).atTime(10, 0).toInstant(ZoneOffset.UTC));
            }
            result.add(report);
        }
        return result;
    }

    List<DialogueInitiative> dialogues() {
        Random random = new Random(SEED + 3);
        List<DialogueInitiative> result = new ArrayList<>();
        Map<Integer, Integer> sequence = new LinkedHashMap<>();
        List<String> offices = new ArrayList<>(OFFICES.keySet());
        String[] communities = {"Host community", "IDP community", "Pastoralist community", "Farming community",
                "Youth of the county", "Women's groups of the payam"};
        LocalDate day = FIRST_DAY;
        while (true) {
            day = day.plusDays(5 + random.nextInt(15));
            if (day.isAfter(lastDay.plusDays(40))) {
                break;
            }
            String office = offices.get(random.nextInt(offices.size()));
            if (!day.isBefore(OFFICES_CLOSED) && (office.equals("TORIT") || office.equals("AWEIL"))) {
                office = office.equals("TORIT") ? "JUBA" : "WAU";
            }
            DialogueType type = DialogueType.values()[random.nextInt(DialogueType.values().length)];
            LocalDate end = day.plusDays(random.nextInt(3));
            boolean past = !end.isAfter(lastDay);
            DialogueStatus status = !past ? DialogueStatus.PLANNED : random.nextInt(12) == 0 ? DialogueStatus.CANCELLED
                    : DialogueStatus.HELD;
            int year = day.getYear();
            String id = String.format("DLG-%d-%06d", year, sequence.merge(year, 1, Integer::sum));
            List<FollowUp> followUps = status == DialogueStatus.HELD
                    ? List.of(new FollowUp(pick(random, ACTIONS), "Civil Affairs " + office, end.plusDays(30), random.nextBoolean()))
                    : List.of();
            String first = pick(random, communities);
            String second = pick(random, communities);
            DialogueContent content = new DialogueContent(type, type.name().charAt(0)
                    + type.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ') + " in " + office.charAt(0)
                    + office.substring(1).toLowerCase(Locale.ROOT), day, end, OFFICES.get(office), null,
                    pick(random, PLACES), office, first.equals(second) ? List.of(first) : List.of(first, second),
                    List.of("Civil society forum"), status == DialogueStatus.HELD
                    ? new ParticipantsBySex(10 + random.nextInt(60), 20 + random.nextInt(120)) : null,
                    status == DialogueStatus.HELD ? pick(random, OUTCOMES) : null, followUps, status);
            result.add(new DialogueInitiative(id, content, AUTHOR));
        }
        return result;
    }

    /** Leaders named as demo entries ("Demo leader 001"), never as real people; contact details obviously fictitious. */
    List<org.unmiss.peace.interlocutor.domain.Interlocutor> interlocutors() {
        Random random = new Random(SEED + 4);
        List<org.unmiss.peace.interlocutor.domain.Interlocutor> result = new ArrayList<>();
        List<SouthSudanState> states = List.of(SouthSudanState.values());
        for (int n = 1; n <= 150; n++) {
            InterlocutorType type = InterlocutorType.values()[random.nextInt(InterlocutorType.values().length)];
            Sex sex = type == InterlocutorType.WOMEN || random.nextInt(4) == 0 ? Sex.FEMALE : Sex.MALE;
            boolean national = random.nextInt(5) == 0;
            String position = pick(random, POSITIONS.get(type));
            result.add(new org.unmiss.peace.interlocutor.domain.Interlocutor(String.format("INT-2023-%06d", n),
                    String.format("Demo leader %03d (%s)", n, position), type, pick(random, AFFILIATIONS.get(type)), position,
                    national ? Level.NATIONAL : Level.SUBNATIONAL,
                    national ? SouthSudanState.CENTRAL_EQUATORIA : states.get(random.nextInt(states.size())), null, sex,
                    new org.unmiss.peace.interlocutor.domain.Interlocutor.Contact(String.format("+211 000 %06d", n),
                            String.format("demo.leader.%03d@example.org", n), null),
                    random.nextInt(10) > 0, null));
        }
        return result;
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
