package org.unmiss.humanrights.hrcase.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.unmiss.kit.demo.DemoLoader;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.hrcase.domain.AgeGroup;
import org.unmiss.humanrights.hrcase.domain.CaseDraft;
import org.unmiss.humanrights.hrcase.domain.CaseFactory;
import org.unmiss.humanrights.hrcase.domain.CaseService;
import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.CaseTexts;
import org.unmiss.humanrights.hrcase.domain.Confidentiality;
import org.unmiss.humanrights.hrcase.domain.DatePrecision;
import org.unmiss.humanrights.hrcase.domain.Disclosure;
import org.unmiss.humanrights.hrcase.domain.OfficeStates;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.IncidentDate;
import org.unmiss.humanrights.hrcase.domain.ServiceType;
import org.unmiss.humanrights.hrcase.domain.Sex;
import org.unmiss.humanrights.hrcase.domain.SourceConnection;
import org.unmiss.humanrights.hrcase.domain.SourceReliability;
import org.unmiss.humanrights.hrcase.domain.StandardOfProof;
import org.unmiss.humanrights.hrcase.domain.Victim;
import org.unmiss.humanrights.hrcase.domain.VictimKind;
import org.unmiss.humanrights.hrcase.domain.ViolationType;
import org.unmiss.humanrights.party.domain.PerpetratorParty;
import org.unmiss.kit.store.ReferenceNumbers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Synthetic, deterministic demo cases (fixed seed) for a fresh platform: incidents from 2021 to
 * October 2026 across the field offices and parties, with child and CRSV cases, every workflow
 * state (some verifications late), consent mixes and referrals. Names are made up from syllables,
 * so no real person is named. Runs only while the case collection is empty; the first start of a
 * platform takes a few seconds longer for it.
 */
@Component
public class DemoCaseLoader implements DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoCaseLoader.class);
    private static final long SEED = 20261121L;
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    private static final int BATCH = 500;
    private static final String[] OFFICES = {"JUBA", "MALAKAL", "BENTIU", "BOR", "WAU", "YAMBIO", "RUMBEK", "KUAJOK", "TORIT", "AWEIL"};
    private static final String[] SYLLABLES = {"a", "cho", "nya", "de", "ga", "ku", "lu", "ma", "bo", "ye", "ri", "tho", "ke", "wa", "gu"};
    private static final ViolationType[] TYPES = weighted(Map.ofEntries(
            Map.entry(ViolationType.KILLING, 18), Map.entry(ViolationType.INJURY_OR_MAIMING, 14),
            Map.entry(ViolationType.ABDUCTION, 9), Map.entry(ViolationType.RAPE, 8), Map.entry(ViolationType.GANG_RAPE, 3),
            Map.entry(ViolationType.SEXUAL_ASSAULT, 4), Map.entry(ViolationType.SEXUAL_SLAVERY, 1),
            Map.entry(ViolationType.FORCED_MARRIAGE, 2), Map.entry(ViolationType.PHYSICAL_ASSAULT, 3),
            Map.entry(ViolationType.ARBITRARY_DETENTION, 9), Map.entry(ViolationType.TORTURE, 4),
            Map.entry(ViolationType.RECRUITMENT_OR_USE_OF_CHILDREN, 4), Map.entry(ViolationType.ATTACK_ON_SCHOOL, 2),
            Map.entry(ViolationType.ATTACK_ON_HOSPITAL, 2), Map.entry(ViolationType.DENIAL_OF_HUMANITARIAN_ACCESS, 3),
            Map.entry(ViolationType.HATE_SPEECH_OR_INCITEMENT, 4), Map.entry(ViolationType.DESTRUCTION_OF_PROPERTY, 5)));

    private final HrCaseRepository cases;
    private final ReferenceNumbers referenceNumbers;
    private final CaseFactory factory;
    private final CaseTexts texts;
    private final AuditLog audit;
    private final int caseCount;

    public DemoCaseLoader(HrCaseRepository cases, ReferenceNumbers referenceNumbers, CaseFactory factory, CaseTexts texts,
                          AuditLog audit, DemoCaseProperties properties) {
        this.texts = texts;
        this.cases = cases;
        this.referenceNumbers = referenceNumbers;
        this.factory = factory;
        this.audit = audit;
        this.caseCount = properties.cases();
    }

    @Override
    public String name() {
        return caseCount + " synthetic human rights cases";
    }

    /** After the application runners (the kit's trigger), so the reference data (the party list) is loaded first. */
    @Override
    public void loadIfEmpty() {
        if (cases.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        List<HrCase> demo = generate();
        for (int from = 0; from < demo.size(); from += BATCH) {
            cases.insert(demo.subList(from, Math.min(from + BATCH, demo.size())));
        }
        audit.record(AuditAction.DEMO_DATA_LOADED, null, caseCount + " synthetic cases, seed " + SEED);
        log.info("Loaded {} demo cases in {} ms", caseCount, (System.nanoTime() - started) / 1_000_000);
    }

    /** The demo cases, in the order they were recorded; the same every time apart from reference numbers and ciphertexts. */
    public List<HrCase> generate() {
        Random random = new Random(SEED);
        Map<String, PerpetratorParty> parties = factory.partiesByCode();
        List<Planned> plan = new ArrayList<>();
        long days = Duration.between(FIRST_DAY.atStartOfDay(), LAST_DAY.atStartOfDay()).toDays();
        for (int i = 0; i < caseCount; i++) {
            LocalDate incident = FIRST_DAY.plusDays(random.nextInt((int) days + 1));
            Instant recorded = incident.atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(8 + random.nextInt(24 * 20)));
            plan.add(new Planned(incident, recorded, random.nextLong()));
        }
        plan.sort(Comparator.comparing(Planned::recorded));
        // One counter update per year instead of one per case; numbers still follow recording order.
        Map<Integer, Long> perYear = plan.stream().collect(Collectors.groupingBy(Planned::year, TreeMap::new, Collectors.counting()));
        Map<Integer, Long> nextNumber = new TreeMap<>();
        perYear.forEach((year, count) -> nextNumber.put(year, referenceNumbers.reserve(CaseService.CASE_PREFIX, year, Math.toIntExact(count))));
        return plan.stream().map(planned -> demoCase(planned,
                ReferenceNumbers.format(CaseService.CASE_PREFIX, planned.year(), nextNumber.merge(planned.year(), 1L, Long::sum) - 1), parties)).toList();
    }

    private record Planned(LocalDate incident, Instant recorded, long seed) {
        int year() {
            return recorded.atZone(ZoneOffset.UTC).getYear();
        }
    }

    private HrCase demoCase(Planned planned, String reference, Map<String, PerpetratorParty> parties) {
        Random random = new Random(planned.seed());
        String office = pick(random, validOffices(planned.recorded()));
        LocalDate incident = planned.incident();
        DatePrecision precision = random.nextInt(10) < 8 ? DatePrecision.EXACT
                : pick(random, new DatePrecision[]{DatePrecision.ESTIMATE, DatePrecision.UNKNOWN_DAY});
        List<CaseDraft.ViolationDraft> acts = new ArrayList<>();
        int actCount = 1 + random.nextInt(3);
        for (int a = 0; a < actCount; a++) {
            acts.add(act(random, IncidentDate.of(incident, precision).date(), parties));
        }
        List<CaseDraft.SourceDraft> sources = new ArrayList<>();
        for (int s = random.nextInt(3); s >= 0; s--) {
            sources.add(new CaseDraft.SourceDraft(pick(random, SourceConnection.values()), pick(random, SourceReliability.values()),
                    random.nextBoolean() ? new CaseDraft.IdentityDraft(name(random), phone(random), null) : null));
        }
        String county = capitalOf(office);
        CaseDraft draft = new CaseDraft(acts.get(0).type().name().replace('_', ' ').toLowerCase() + " reported near " + county,
                "Synthetic demo narrative: " + acts.size() + " acts reported to the " + county + " field office.", office,
                new CaseDraft.DateDraft(incident, precision), null,
                new CaseDraft.LocationDraft(OfficeStates.stateOf(office), county, "Payam " + (1 + random.nextInt(9)), null, null),
                random.nextInt(5) == 0 ? Confidentiality.STRICTLY_CONFIDENTIAL : Confidentiality.CONFIDENTIAL,
                List.of("DEMO"), sources, acts, null);
        String recorder = "hr.officer." + office.toLowerCase();
        HrCase hrCase = factory.newCase(reference, reference, draft, null, planned.recorded(), recorder, random, parties);
        advance(hrCase, random, planned.recorded());
        refer(hrCase, random, planned.recorded(), recorder);
        return hrCase;
    }

    private static CaseDraft.ViolationDraft act(Random random, LocalDate incident, Map<String, PerpetratorParty> parties) {
        ViolationType type = TYPES[random.nextInt(TYPES.length)];
        List<CaseDraft.PerpetratorDraft> perpetrators = new ArrayList<>();
        if (random.nextInt(10) < 8) {
            List<PerpetratorParty> current = parties.values().stream()
                    .filter(p -> (p.effectiveFrom() == null || !incident.isBefore(p.effectiveFrom()))
                            && (p.effectiveTo() == null || incident.isBefore(p.effectiveTo())))
                    .sorted(Comparator.comparing(PerpetratorParty::code)).toList();
            perpetrators.add(new CaseDraft.PerpetratorDraft(current.get(random.nextInt(current.size())).code(), null));
        }
        List<CaseDraft.VictimDraft> victims = new ArrayList<>();
        if (!type.isGraveWithoutChildVictim() && type != ViolationType.HATE_SPEECH_OR_INCITEMENT) {
            boolean sexual = type.isCrsv() || type == ViolationType.FORCED_MARRIAGE;
            boolean children = type == ViolationType.RECRUITMENT_OR_USE_OF_CHILDREN || random.nextInt(4) == 0;
            for (int v = random.nextInt(3); v >= 0; v--) {
                Sex sex = sexual ? (random.nextInt(10) == 0 ? Sex.MALE : Sex.FEMALE) : pick(random, Sex.values());
                AgeGroup group = children ? pick(random, new AgeGroup[]{AgeGroup.AGE_5_11, AgeGroup.AGE_12_17, AgeGroup.AGE_12_17})
                        : pick(random, new AgeGroup[]{AgeGroup.AGE_18_59, AgeGroup.AGE_18_59, AgeGroup.AGE_60_PLUS, AgeGroup.UNKNOWN});
                if (random.nextInt(3) == 0) {
                    victims.add(new CaseDraft.VictimDraft(VictimKind.GROUP, 2 + random.nextInt(12), sex, null, group, null, null,
                            null));
                } else {
                    Integer age = group == AgeGroup.UNKNOWN ? null : ageIn(random, group);
                    victims.add(new CaseDraft.VictimDraft(VictimKind.INDIVIDUAL, null, sex, age, null, null,
                            new CaseDraft.IdentityDraft(name(random), random.nextBoolean() ? phone(random) : null,
                                    random.nextInt(4) == 0 ? "Block " + (1 + random.nextInt(30)) : null),
                            new CaseDraft.ConsentDraft(random.nextInt(10) < 7, random.nextInt(10) < 9, random.nextInt(10) < 2,
                                    List.of("UNICEF"), children ? Boolean.TRUE : null, children ? Boolean.TRUE : null)));
                }
            }
        }
        return new CaseDraft.ViolationDraft(type, perpetrators, victims);
    }

    /** Older cases have mostly been decided; recent ones are mostly still open. */
    private void advance(HrCase hrCase, Random random, Instant recorded) {
        boolean recent = recorded.isAfter(LAST_DAY.minusMonths(4).atStartOfDay().toInstant(ZoneOffset.UTC));
        int roll = random.nextInt(100);
        if (roll < (recent ? 40 : 8)) {
            return;
        }
        Instant at = recorded.plus(Duration.ofDays(1 + random.nextInt(10)));
        hrCase.moveTo(CaseStatus.UNDER_INVESTIGATION, at, hrCase.createdBy(), null, null);
        if (roll < (recent ? 80 : 20)) {
            return;
        }
        at = at.plus(Duration.ofDays(5 + random.nextInt(random.nextInt(4) == 0 ? 200 : 60)));
        int outcome = random.nextInt(100);
        CaseStatus decided = outcome < 72 ? CaseStatus.VERIFIED : outcome < 92 ? CaseStatus.NOT_VERIFIED
                : CaseStatus.FOUND_NOT_TO_HAVE_OCCURRED;
        hrCase.moveTo(decided, at, "hr.senior", pick(random, StandardOfProof.values()), note(hrCase, "Demo decision"));
        if (decided == CaseStatus.VERIFIED && random.nextBoolean()) {
            at = at.plus(Duration.ofDays(30 + random.nextInt(60)));
            hrCase.moveTo(CaseStatus.REPORTED, at, "hr.senior", null, note(hrCase, "Included in the quarterly brief"));
        }
        if (random.nextInt(4) == 0 && !hrCase.status().next().isEmpty() && hrCase.status().next().contains(CaseStatus.CLOSED)) {
            hrCase.moveTo(CaseStatus.CLOSED, at.plus(Duration.ofDays(30)), "hr.senior", null, note(hrCase, "Demo closure"));
        }
    }

    /** The next workflow note, sealed like the service seals every note. */
    private String note(HrCase hrCase, String text) {
        return texts.seal(text, hrCase.reference(), CaseTexts.historyNote(hrCase.history().size()));
    }

    private void refer(HrCase hrCase, Random random, Instant recorded, String recorder) {
        for (var violation : hrCase.violations()) {
            for (Victim victim : violation.victims()) {
                if (victim.consent().servicesReferral() && random.nextBoolean()) {
                    ServiceType service = pick(random, ServiceType.values());
                    String provider = service.name().charAt(0) + service.name().substring(1).toLowerCase() + " partner";
                    hrCase.addDisclosure(new Disclosure(victim.code(), Disclosure.DisclosureKind.REFERRAL, service,
                            texts.seal(provider, hrCase.reference(), CaseTexts.disclosure(hrCase.disclosures().size(), "recipient")),
                            null, recorded.plus(Duration.ofDays(2)), recorder, false, null));
                }
            }
        }
    }

    private static String[] validOffices(Instant recorded) {
        LocalDate day = recorded.atZone(ZoneOffset.UTC).toLocalDate();
        return java.util.Arrays.stream(OFFICES).filter(o -> OfficeStates.closedReason(o, day).isEmpty()).toArray(String[]::new);
    }

    private static String capitalOf(String office) {
        return office.charAt(0) + office.substring(1).toLowerCase();
    }

    private static int ageIn(Random random, AgeGroup group) {
        while (true) {
            int age = random.nextInt(80);
            if (group.contains(age)) {
                return age;
            }
        }
    }

    private static String name(Random random) {
        return word(random) + " " + word(random);
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 1 + random.nextInt(3); i >= 0; i--) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String phone(Random random) {
        return String.format("+211 9%02d %03d %03d", random.nextInt(100), random.nextInt(1000), random.nextInt(1000));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static ViolationType[] weighted(Map<ViolationType, Integer> weights) {
        List<ViolationType> expanded = new ArrayList<>();
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> expanded.addAll(java.util.Collections.nCopies(e.getValue(), e.getKey())));
        return expanded.toArray(ViolationType[]::new);
    }
}
