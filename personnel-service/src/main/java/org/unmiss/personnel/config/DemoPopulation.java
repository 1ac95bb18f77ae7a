package org.unmiss.personnel.config;

import org.unmiss.personnel.person.domain.Category;
import org.unmiss.personnel.person.domain.Contacts;
import org.unmiss.personnel.person.domain.Deployment;
import org.unmiss.personnel.person.domain.DeploymentStatus;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.personnel.person.domain.PersonStatus;
import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;
import org.unmiss.personnel.unit.domain.Unit;
import org.unmiss.personnel.unit.domain.UnitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo mission, generated deterministically (fixed seed, fixed dates) so every fresh platform holds
 * the same 20,000 synthetic people with the same index numbers, and the source documents' figures can
 * be read back from it:
 * <ul>
 *   <li>UN-000001 to UN-000018: the Gender Section's 18 officers (civilian), 8 at headquarters and one in
 *       each of the ten state field offices;</li>
 *   <li>UN-000019 to UN-001464: UNPOL, 1,446 = 847 in formed police units, 561 individual police officers,
 *       38 corrections officers, across the ten state field offices;</li>
 *   <li>then military (13,910), then civilians: 20,000 in all, from the 73 contributing countries
 *       (plus South Sudanese national staff).</li>
 * </ul>
 * Everyone is on strength from a day in 2025. Torit and Aweil closed on 2026-01-01: people posted there
 * have a COMPLETED deployment ending 2025-12-31 and an ACTIVE one from 2026-01-01 at the successor office
 * (Juba, Wau), so strength on any day of 2025 shows ten regions and strength today the offices now open.
 * Names are assembled from syllables: no real person is meant.
 */
final class DemoPopulation {

    static final int TOTAL = 20_000;
    static final int GENDER_SECTION = 18;
    static final int FPU = 847;
    static final int IPO = 561;
    static final int CORRECTIONS = 38;
    static final int CONTINGENT = 13_300;
    static final int STAFF_OFFICERS = 390;
    static final int MILITARY_OBSERVERS = 220;
    static final int INTERNATIONAL = 1_250;
    static final int UN_VOLUNTEERS = 526;
    static final int NATIONAL = TOTAL - GENDER_SECTION - FPU - IPO - CORRECTIONS - CONTINGENT - STAFF_OFFICERS
            - MILITARY_OBSERVERS - INTERNATIONAL - UN_VOLUNTEERS;

    /** The contributing countries of reference-data/countries.json. */
    static final List<String> COUNTRIES = List.of("ARG", "AUS", "AZE", "BEN", "BGD", "BOL", "BRA", "BTN", "CAN", "CHE",
            "CHN", "CIV", "CMR", "DEU", "DNK", "ECU", "EGY", "ETH", "FIN", "FJI", "GBR", "GHA", "GIN", "GMB", "GTM", "IDN",
            "IND", "IRL", "JOR", "JPN", "KEN", "KGZ", "KHM", "KOR", "LBR", "LKA", "LTU", "MAR", "MLI", "MNG", "MWI", "MYS",
            "NAM", "NER", "NGA", "NLD", "NOR", "NPL", "NZL", "PAK", "PER", "PHL", "PNG", "POL", "PRY", "ROU", "RUS", "RWA",
            "SEN", "SLE", "SLV", "SWE", "TGO", "THA", "TUN", "TUR", "TZA", "UGA", "UKR", "USA", "VNM", "ZMB", "ZWE");
    static final String HOST_COUNTRY = "SSD";
    private static final double COUNTRY_WEIGHT_SUM = java.util.stream.IntStream.rangeClosed(1, COUNTRIES.size())
            .mapToDouble(k -> 1.0 / k).sum();
    static final List<String> STATE_OFFICES = List.of("JUBA", "TORIT", "YAMBIO", "BOR", "BENTIU", "MALAKAL", "RUMBEK",
            "KUAJOK", "AWEIL", "WAU");
    static final LocalDate CLOSURE = LocalDate.of(2026, 1, 1);
    private static final Map<String, String> SUCCESSORS = Map.of("TORIT", "JUBA", "AWEIL", "WAU");
    private static final Set<String> FRENCH = Set.of("BEN", "CIV", "CMR", "GIN", "MLI", "NER", "SEN", "TGO", "CHE", "MAR", "TUN", "CAN");
    private static final Set<String> ARABIC = Set.of("EGY", "JOR", "MAR", "TUN");
    private static final List<String> SECTIONS = List.of("Civil Affairs Division", "Human Rights Division", "Mission Support",
            "Political Affairs Division", "Relief, Reintegration and Protection", "Security and Safety", "Public Information");
    private static final String[] FIRST_A = {"Ama", "Ba", "Cela", "Da", "Eli", "Fa", "Ga", "Ha", "Ila", "Jo", "Ka", "Lu", "Ma",
            "Na", "Ori", "Pa", "Ra", "Sa", "Ta", "Va", "Ya", "Zu"};
    private static final String[] FIRST_F = {"lia", "rina", "nessa", "ya", "mira", "della", "nita", "ra", "sha", "lene"};
    private static final String[] FIRST_M = {"ron", "dek", "lum", "mir", "tan", "vor", "sen", "ko", "rik", "dan"};
    private static final String[] FAMILY = {"Abe", "Bo", "Cor", "Dra", "Ek", "Fen", "Gol", "Har", "Ito", "Jen", "Kal", "Lor",
            "Mun", "Nor", "Ost", "Pel", "Quin", "Ros", "Sev", "Tor", "Ul", "Vel", "Wen", "Yar", "Zel"};
    private static final String[] FAMILY_END = {"ani", "berg", "dotti", "enko", "ford", "gaard", "hala", "ima", "jic", "kov",
            "lund", "mora", "nski", "oye", "pura", "quist", "rama", "sson", "tuna", "vic"};
    private static final Instant RECORDED = Instant.parse("2025-01-01T06:00:00Z");
    private static final String RECORDED_BY = "demo-data";

    private final Random random = new Random(2011_07_09L);
    private final List<Unit> units = new ArrayList<>();
    private final List<Person> people = new ArrayList<>(TOTAL);
    private final List<String> shuffledCountries;
    private int next = 1;
    private int countryCursor;

    private DemoPopulation() {
        List<String> countries = new ArrayList<>(COUNTRIES);
        Collections.shuffle(countries, random);
        shuffledCountries = countries;
    }

    static DemoPopulation generate() {
        DemoPopulation mission = new DemoPopulation();
        mission.genderSection();
        mission.unpol();
        mission.military();
        mission.civilians();
        return mission;
    }

    List<Unit> units() {
        return units;
    }

    List<Person> people() {
        return people;
    }

    private void genderSection() {
        List<String> offices = new ArrayList<>(Collections.nCopies(8, "HQ"));
        offices.addAll(STATE_OFFICES);
        List<Sex> sexes = sexes(GENDER_SECTION, 13.0 / GENDER_SECTION);
        for (int i = 0; i < GENDER_SECTION; i++) {
            SubCategory sub = i < 14 ? SubCategory.INTERNATIONAL_STAFF : i < 16 ? SubCategory.NATIONAL_STAFF : SubCategory.UN_VOLUNTEER;
            String nationality = sub == SubCategory.NATIONAL_STAFF ? HOST_COUNTRY : nextCountry();
            String grade = sub == SubCategory.INTERNATIONAL_STAFF ? (i == 0 ? "P-5" : i < 4 ? "P-4" : "P-3")
                    : sub == SubCategory.NATIONAL_STAFF ? "NO-B" : "UNV";
            add(sexes.get(i), nationality, sub, grade, null, "Gender Section", offices.get(i),
                    LocalDate.of(2025, 1, 6).plusDays(7L * i), LocalDate.of(2027, 6, 30), "Gender Affairs Officer");
        }
    }

    private void unpol() {
        List<Unit> fpus = List.of(
                unit("BGD-FPU-1", "BGD", UnitType.FORMED_POLICE_UNIT, 160, "MALAKAL", 0),
                unit("NPL-FPU-1", "NPL", UnitType.FORMED_POLICE_UNIT, 160, "JUBA", 1),
                unit("RWA-FPU-1", "RWA", UnitType.FORMED_POLICE_UNIT, 160, "JUBA", 2),
                unit("RWA-FPU-2", "RWA", UnitType.FORMED_POLICE_UNIT, 160, "MALAKAL", 3),
                unit("GHA-FPU-1", "GHA", UnitType.FORMED_POLICE_UNIT, 160, "WAU", 4),
                unit("IND-FPU-1", "IND", UnitType.FORMED_POLICE_UNIT, 160, "BENTIU", 5));
        staffUnits(fpus, FPU, SubCategory.FORMED_POLICE_UNIT, 0.14,
                new String[]{"Constable", "Constable", "Constable", "Sergeant", "Inspector"});
        individuals(IPO, SubCategory.INDIVIDUAL_POLICE_OFFICER, 0.30, STATE_OFFICES,
                new String[]{"Sergeant", "Inspector", "Chief Inspector", "Superintendent"}, "Individual Police Officer",
                LocalDate.of(2025, 2, 1), 24);
        individuals(CORRECTIONS, SubCategory.CORRECTIONS_OFFICER, 0.26, STATE_OFFICES,
                new String[]{"Corrections Officer", "Senior Corrections Officer"}, "Corrections Adviser",
                LocalDate.of(2025, 3, 1), 24);
    }

    private void military() {
        List<Unit> contingents = List.of(
                unit("IND-INF-1", "IND", UnitType.INFANTRY_BATTALION, 850, "MALAKAL", 6),
                unit("IND-INF-2", "IND", UnitType.INFANTRY_BATTALION, 850, "BOR", 7),
                unit("IND-ENG-1", "IND", UnitType.ENGINEERING, 400, "JUBA", 8),
                unit("RWA-INF-1", "RWA", UnitType.INFANTRY_BATTALION, 850, "JUBA", 9),
                unit("RWA-INF-2", "RWA", UnitType.INFANTRY_BATTALION, 850, "MALAKAL", 10),
                unit("RWA-AVN-1", "RWA", UnitType.AVIATION, 120, "JUBA", 11),
                unit("NPL-INF-1", "NPL", UnitType.INFANTRY_BATTALION, 850, "BENTIU", 12),
                unit("NPL-INF-2", "NPL", UnitType.INFANTRY_BATTALION, 850, "JUBA", 13),
                unit("CHN-INF-1", "CHN", UnitType.INFANTRY_BATTALION, 700, "JUBA", 14),
                unit("CHN-ENG-1", "CHN", UnitType.ENGINEERING, 330, "WAU", 15),
                unit("CHN-MED-1", "CHN", UnitType.MEDICAL, 60, "WAU", 16),
                unit("MNG-INF-1", "MNG", UnitType.INFANTRY_BATTALION, 850, "BENTIU", 17),
                unit("GHA-INF-1", "GHA", UnitType.INFANTRY_BATTALION, 750, "WAU", 18),
                unit("ETH-INF-1", "ETH", UnitType.INFANTRY_BATTALION, 850, "BOR", 19),
                unit("BGD-ENG-1", "BGD", UnitType.ENGINEERING, 300, "JUBA", 20),
                unit("BGD-RIV-1", "BGD", UnitType.RIVERINE, 100, "MALAKAL", 21),
                unit("KOR-ENG-1", "KOR", UnitType.ENGINEERING, 280, "BOR", 22),
                unit("PAK-ENG-1", "PAK", UnitType.ENGINEERING, 280, "WAU", 23),
                unit("PAK-MED-1", "PAK", UnitType.MEDICAL, 80, "BENTIU", 24),
                unit("KHM-ENG-1", "KHM", UnitType.ENGINEERING, 180, "MALAKAL", 25),
                unit("VNM-MED-1", "VNM", UnitType.MEDICAL, 65, "BENTIU", 26),
                unit("LKA-AVN-1", "LKA", UnitType.AVIATION, 110, "WAU", 27),
                unit("THA-ENG-1", "THA", UnitType.ENGINEERING, 270, "JUBA", 28),
                unit("KEN-INF-1", "KEN", UnitType.INFANTRY_BATTALION, 850, "YAMBIO", 29),
                unit("EGY-INF-1", "EGY", UnitType.INFANTRY_BATTALION, 850, "RUMBEK", 30),
                unit("ZMB-INF-1", "ZMB", UnitType.INFANTRY_BATTALION, 850, "KUAJOK", 31),
                unit("IDN-FP-1", "IDN", UnitType.FORCE_PROTECTION, 200, "HQ", 32),
                unit("FJI-MP-1", "FJI", UnitType.MILITARY_POLICE, 120, "HQ", 33));
        staffUnits(contingents, CONTINGENT, SubCategory.CONTINGENT_TROOP, 0.07,
                new String[]{"Private", "Private", "Private", "Corporal", "Sergeant", "Lieutenant", "Captain", "Major"});
        List<String> staffOffices = new ArrayList<>(Collections.nCopies(6, "HQ"));
        staffOffices.addAll(STATE_OFFICES);
        individuals(STAFF_OFFICERS, SubCategory.STAFF_OFFICER, 0.20, staffOffices,
                new String[]{"Captain", "Major", "Lieutenant Colonel", "Colonel"}, "Staff Officer", LocalDate.of(2025, 1, 15), 12 + 12);
        individuals(MILITARY_OBSERVERS, SubCategory.MILITARY_OBSERVER, 0.20, STATE_OFFICES,
                new String[]{"Captain", "Major", "Lieutenant Colonel"}, "Military Liaison Officer", LocalDate.of(2025, 1, 20), 24);
    }

    private void civilians() {
        List<String> offices = new ArrayList<>(Collections.nCopies(10, "HQ"));
        offices.add("JUBA");
        offices.add("JUBA");
        offices.addAll(STATE_OFFICES);
        civilianGroup(INTERNATIONAL, SubCategory.INTERNATIONAL_STAFF, 0.33, offices,
                new String[]{"P-2", "P-3", "P-3", "P-4", "P-5", "FS-5", "FS-6"});
        civilianGroup(NATIONAL, SubCategory.NATIONAL_STAFF, 0.14, offices, new String[]{"G-4", "G-5", "G-6", "NO-A", "NO-B"});
        civilianGroup(UN_VOLUNTEERS, SubCategory.UN_VOLUNTEER, 0.42, offices, new String[]{"UNV"});
    }

    private void civilianGroup(int count, SubCategory sub, double womenShare, List<String> offices, String[] grades) {
        List<Sex> sexes = sexes(count, womenShare);
        for (int i = 0; i < count; i++) {
            String nationality = sub == SubCategory.NATIONAL_STAFF ? HOST_COUNTRY : nextCountry();
            LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(330));
            LocalDate end = random.nextBoolean() ? LocalDate.of(2027, 6, 30) : LocalDate.of(2027, 12, 31);
            add(sexes.get(i), nationality, sub, grades[random.nextInt(grades.length)], null,
                    SECTIONS.get(random.nextInt(SECTIONS.size())), offices.get(random.nextInt(offices.size())), start, end, null);
        }
    }

    /** Unit members, spread over the units in proportion to their authorised strength, with the unit's rotation. */
    private void staffUnits(List<Unit> group, int count, SubCategory sub, double womenShare, String[] ranks) {
        int authorised = group.stream().mapToInt(Unit::authorisedStrength).sum();
        List<Sex> sexes = sexes(count, womenShare);
        int given = 0;
        for (int u = 0; u < group.size(); u++) {
            Unit unit = group.get(u);
            int members = u == group.size() - 1 ? count - given
                    : (int) Math.floor((double) count * unit.authorisedStrength() / authorised);
            for (int i = 0; i < members; i++) {
                add(sexes.get(given + i), unit.countryCode(), sub, ranks[random.nextInt(ranks.length)], unit.code(), null,
                        unit.baseFieldOffice(), unit.rotationStart(), unit.rotationEnd(), null);
            }
            given += members;
        }
    }

    /** Individually deployed personnel, round-robin over the offices, from an uneven spread of contributing countries. */
    private void individuals(int count, SubCategory sub, double womenShare, List<String> offices, String[] ranks,
                             String position, LocalDate firstStart, int tourMonths) {
        List<Sex> sexes = sexes(count, womenShare);
        for (int i = 0; i < count; i++) {
            LocalDate start = firstStart.plusDays(random.nextInt(300));
            add(sexes.get(i), nextUniformedCountry(), sub, ranks[random.nextInt(ranks.length)], null, null,
                    offices.get(i % offices.size()), start, start.plusMonths(tourMonths).minusDays(1), position);
        }
    }

    private Unit unit(String code, String country, UnitType type, int authorised, String office, int index) {
        // Contingents rotated in through 2025; their next rotations fall due between December 2026 and November 2027.
        LocalDate start = LocalDate.of(2025, 1, 10).plusDays(9L * index);
        LocalDate end = LocalDate.of(2026, 12, 1).plusDays(11L * index);
        String name = type.name().charAt(0) + type.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        Unit unit = new Unit(code, country + " " + name + " " + code.substring(code.lastIndexOf('-') + 1), country, type,
                authorised, office, start, end, null);
        units.add(unit);
        return unit;
    }

    /** Exactly round(count × share) women, in a shuffled (seeded) order. */
    private List<Sex> sexes(int count, double womenShare) {
        int women = (int) Math.round(count * womenShare);
        List<Sex> sexes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sexes.add(i < women ? Sex.FEMALE : Sex.MALE);
        }
        Collections.shuffle(sexes, random);
        return sexes;
    }

    /** Every contributing country once (each sends uniformed personnel), then {@link #nextCountry()}'s uneven spread. */
    private String nextUniformedCountry() {
        return countryCursor < shuffledCountries.size() ? shuffledCountries.get(countryCursor++) : nextCountry();
    }

    /**
     * An uneven, synthetic spread: the k-th country of the seeded shuffle is drawn with weight 1/k, so a few countries
     * send many individuals and most send few, as in a real mission, without claiming any real country's share
     * (issue 14: not "41 each").
     */
    private String nextCountry() {
        double pick = random.nextDouble() * COUNTRY_WEIGHT_SUM;
        for (int k = 0; k < shuffledCountries.size(); k++) {
            pick -= 1.0 / (k + 1);
            if (pick <= 0) {
                return shuffledCountries.get(k);
            }
        }
        return shuffledCountries.get(shuffledCountries.size() - 1);
    }

    private void add(Sex sex, String nationality, SubCategory sub, String rank, String unitCode, String section,
                     String office, LocalDate start, LocalDate plannedEnd, String position) {
        String index = Person.indexNumber(next++);
        String given = FIRST_A[random.nextInt(FIRST_A.length)]
                + (sex == Sex.FEMALE ? FIRST_F[random.nextInt(FIRST_F.length)] : FIRST_M[random.nextInt(FIRST_M.length)]);
        String family = FAMILY[random.nextInt(FAMILY.length)] + FAMILY_END[random.nextInt(FAMILY_END.length)];
        LocalDate born = LocalDate.of(1967, 1, 1).plusDays(random.nextInt(365 * 36));
        List<String> languages = languages(nationality);
        Contacts contacts = new Contacts(given.toLowerCase(Locale.ROOT) + "." + family.toLowerCase(Locale.ROOT) + "."
                + index.substring(3) + "@un.org", String.format("+211 92 %03d %04d", random.nextInt(1000), random.nextInt(10_000)));
        List<Deployment> deployments = new ArrayList<>();
        String station = office;
        String successor = SUCCESSORS.get(office);
        if (successor != null) {
            deployments.add(deployment(index, 1, office, unitCode, position, start, CLOSURE.minusDays(1), DeploymentStatus.COMPLETED));
            deployments.add(deployment(index, 2, successor, unitCode, position, CLOSURE, plannedEnd, DeploymentStatus.ACTIVE));
            station = successor;
        } else {
            deployments.add(deployment(index, 1, office, unitCode, position, start, plannedEnd, DeploymentStatus.ACTIVE));
        }
        Category category = sub.category();
        people.add(new Person(index, family, given, sex, born, nationality, category, sub, rank, unitCode, languages,
                PersonStatus.ACTIVE, section, station, contacts, deployments, null));
    }

    private static Deployment deployment(String index, int n, String office, String unit, String position,
                                         LocalDate start, LocalDate end, DeploymentStatus status) {
        return new Deployment(index + "-D" + n, office, unit, position, start, end, status, RECORDED_BY, RECORDED,
                RECORDED_BY, RECORDED, null);
    }

    private static List<String> languages(String nationality) {
        List<String> languages = new ArrayList<>(List.of("en"));
        if (FRENCH.contains(nationality)) {
            languages.add("fr");
        }
        if (ARABIC.contains(nationality) || HOST_COUNTRY.equals(nationality)) {
            languages.add("ar");
        }
        return languages;
    }
}
