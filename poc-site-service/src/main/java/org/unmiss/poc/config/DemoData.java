package org.unmiss.poc.config;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.demo.DemoLoader;
import org.unmiss.poc.geo.domain.GeoJsonLineString;
import org.unmiss.poc.geo.domain.GeoJsonPoint;
import org.unmiss.poc.incident.domain.IncidentCategory;
import org.unmiss.poc.incident.domain.IncidentDetails;
import org.unmiss.poc.incident.domain.IncidentService;
import org.unmiss.poc.place.domain.PlaceRef;
import org.unmiss.poc.incident.domain.SecurityIncident;
import org.unmiss.poc.incident.domain.Severity;
import org.unmiss.poc.incident.domain.WeaponsFreeZoneCheck;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.poc.patrol.domain.Patrol;
import org.unmiss.poc.patrol.domain.PatrolType;
import org.unmiss.poc.patrol.domain.Shift;
import org.unmiss.poc.people.domain.PeopleCount;
import org.unmiss.poc.population.domain.CountingMethod;
import org.unmiss.poc.population.domain.PopulationFigure;
import org.unmiss.poc.returns.domain.Assistance;
import org.unmiss.poc.returns.domain.FollowUp;
import org.unmiss.poc.returns.domain.FollowUpOutcome;
import org.unmiss.poc.returns.domain.MovementKind;
import org.unmiss.poc.returns.domain.ReturnMovement;
import org.unmiss.poc.search.domain.SearchOperation;
import org.unmiss.poc.seizure.domain.CustodyEventType;
import org.unmiss.poc.seizure.domain.ItemType;
import org.unmiss.poc.seizure.domain.SeizedItem;
import org.unmiss.poc.site.domain.PocSite;
import org.unmiss.poc.site.domain.Sector;
import org.unmiss.poc.site.persistence.SiteQueries;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Deterministic demo data, generated on the first start (each collection only while it is empty):
 * monthly population figures since 2014, security incidents since 2014 with the drop in the Juba
 * sites after their weapons-free zone, six months of patrols, two years of cordon-and-search operations
 * with seizures, and returns since 2020. Fixed seeds and a fixed end month, so every fresh platform
 * shows the same figures. Synthetic: no real person or unit is named. Off in tests.
 */
@Component
@RequiredArgsConstructor
public class DemoData implements DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final YearMonth FIRST_MONTH = YearMonth.of(2014, 1);
    static final YearMonth LAST_MONTH = YearMonth.of(2026, 10);
    private static final String BY = "demo-data";
    static final int PATROL_MONTHS = 6;

    /** Monthly incident rates before any weapons-free zone, per site. */
    private static final Map<String, Double> INCIDENT_RATE = Map.of("JUBA-UNH-POC1", 5.0, "JUBA-UNH-POC3", 10.0,
            "BENTIU", 11.0, "MALAKAL", 8.0, "BOR", 2.0, "WAU", 5.0);
    /** What the weapons-free zone leaves of the incident rate in the demo data. */
    private static final double ZONE_EFFECT = 0.55;

    /** Population keypoints (month, people), interpolated and lightly varied. */
    private static final Map<String, TreeMap<YearMonth, Integer>> POPULATION = Map.of(
            "JUBA-UNH-POC1", keypoints("2014-01", 9000, "2016-07", 11500, "2018-01", 8500, "2020-11", 6500, "2026-10", 4200),
            "JUBA-UNH-POC3", keypoints("2014-01", 15000, "2016-08", 31000, "2018-06", 28000, "2020-11", 22000, "2026-10", 14500),
            "BENTIU", keypoints("2014-01", 40000, "2015-09", 105000, "2017-03", 120000, "2020-06", 98000, "2022-10", 112000, "2026-10", 90000),
            "MALAKAL", keypoints("2014-01", 21000, "2015-07", 47000, "2017-06", 29000, "2019-12", 31000, "2023-07", 38000, "2026-10", 34000),
            "BOR", keypoints("2014-01", 4500, "2015-06", 2600, "2020-09", 1900, "2026-10", 900),
            "WAU", keypoints("2016-07", 18000, "2017-05", 38000, "2019-06", 15000, "2021-06", 9000, "2026-10", 5500));

    private static final Map<String, List<String[]>> DESTINATIONS = Map.of(
            "JUBA-UNH-POC1", List.of(new String[]{"Central Equatoria", "Juba"}, new String[]{"Central Equatoria", "Yei"}, new String[]{"Jonglei", "Bor South"}),
            "JUBA-UNH-POC3", List.of(new String[]{"Central Equatoria", "Juba"}, new String[]{"Unity", "Leer"}, new String[]{"Upper Nile", "Nasir"}),
            "BENTIU", List.of(new String[]{"Unity", "Rubkona"}, new String[]{"Unity", "Guit"}, new String[]{"Unity", "Leer"}, new String[]{"Unity", "Mayom"}),
            "MALAKAL", List.of(new String[]{"Upper Nile", "Malakal"}, new String[]{"Upper Nile", "Nasir"}, new String[]{"Upper Nile", "Panyikang"}),
            "BOR", List.of(new String[]{"Jonglei", "Bor South"}, new String[]{"Jonglei", "Twic East"}, new String[]{"Jonglei", "Akobo"}),
            "WAU", List.of(new String[]{"Western Bahr el Ghazal", "Wau"}, new String[]{"Western Bahr el Ghazal", "Jur River"}));

    private final MongoTemplate mongo;
    private final SiteQueries sites;
    private final ReferenceNumbers numbers;

    @Override
    public String name() {
        return "synthetic PoC-site populations, incidents, patrols, searches, seizures and returns";
    }

    /** After start-up runners (the kit's trigger), so the sites' reference data is in place. */
    @Override
    public void loadIfEmpty() {
        List<PocSite> all = sites.all();
        if (all.isEmpty()) {
            log.warn("No PoC sites on record; demo data not generated");
            return;
        }
        all.sort(java.util.Comparator.comparing(PocSite::code));
        insertIfEmpty(PopulationFigure.class, () -> population(all));
        insertIfEmpty(SecurityIncident.class, () -> incidents(all));
        insertIfEmpty(Patrol.class, () -> patrols(all));
        insertIfEmpty(SearchOperation.class, () -> searches(all));
        insertIfEmpty(SeizedItem.class, () -> seizures(all));
        insertIfEmpty(ReturnMovement.class, () -> returns(all));
    }

    private void insertIfEmpty(Class<?> type, java.util.function.Supplier<List<?>> records) {
        if (mongo.estimatedCount(type) > 0) {
            return;
        }
        long started = System.nanoTime();
        List<?> generated = records.get();
        long built = System.nanoTime();
        mongo.insert(generated, type);
        log.info("Generated {} demo records into {} (built in {} ms, stored in {} ms)", generated.size(),
                mongo.getCollectionName(type), (built - started) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
    }

    List<?> population(List<PocSite> all) {
        Random random = new Random(2014_01_01L);
        List<PopulationFigure> figures = new ArrayList<>();
        for (PocSite site : all) {
            TreeMap<YearMonth, Integer> keys = POPULATION.get(site.code());
            if (keys == null) {
                continue;
            }
            for (YearMonth month = keys.firstKey(); !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
                int total = (int) Math.round(interpolate(keys, month) * (0.98 + random.nextDouble() * 0.04));
                CountingMethod method = switch (month.getMonthValue()) {
                    case 1, 7 -> CountingMethod.BIOMETRIC_REGISTRATION;
                    case 4, 10 -> CountingMethod.HEADCOUNT;
                    default -> CountingMethod.ESTIMATE;
                };
                LocalDate asOf = month.atDay(1);
                figures.add(new PopulationFigure(PopulationFigure.idOf(site.code(), asOf, method), site.code(),
                        site.fieldOffice(), asOf, method, (int) Math.round(total / 5.4), split(total, random), BY,
                        asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), 0L));
            }
        }
        return figures;
    }

    List<?> incidents(List<PocSite> all) {
        Random random = new Random(2016_11_01L);
        List<SecurityIncident> incidents = new ArrayList<>();
        Map<Integer, Integer> perYear = new HashMap<>();
        for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
            for (PocSite site : all) {
                PlaceRef county = PlaceRef.ofCounty(site.state(), site.county());
                LocalDate opened = site.lifecycle().get(0).on();
                if (opened != null && month.isBefore(YearMonth.from(opened))) {
                    continue;
                }
                LocalDate zoneSince = site.weaponsFreeZoneSince();
                double rate = INCIDENT_RATE.getOrDefault(site.code(), 5.0)
                        * (zoneSince != null && !month.atDay(1).isBefore(zoneSince) ? ZONE_EFFECT : 1.0);
                int count = poisson(rate, random);
                for (int i = 0; i < count; i++) {
                    Instant at = month.atDay(1 + random.nextInt(month.lengthOfMonth())).atStartOfDay(ZoneOffset.UTC)
                            .toInstant().plusSeconds(random.nextInt(86_400));
                    IncidentCategory category = pick(random, CATEGORY_WEIGHTS);
                    double lat = site.latitude() + (random.nextDouble() - 0.5) * 0.03;
                    double lon = site.longitude() + (random.nextDouble() - 0.5) * 0.03;
                    boolean weapons = IncidentCategory.WEAPON_CATEGORIES.contains(category) || random.nextDouble() < 0.08;
                    WeaponsFreeZoneCheck zone = WeaponsFreeZoneCheck.of(site, lat, lon, at, category, weapons);
                    int year = month.getYear();
                    int number = perYear.merge(year, 1, Integer::sum);
                    int people = 1 + random.nextInt(4);
                    incidents.add(new SecurityIncident(String.format("SI-%d-%06d", year, number), site.code(),
                            site.fieldOffice(), category, Severity.values()[Math.min(3, random.nextInt(5) / 2 + (weapons ? 1 : 0))],
                            at, month.toString(), lat, lon, GeoJsonPoint.of(lat, lon), weapons, zone.inside(), zone.breach(),
                            split(people, random), "Synthetic demo record: " + category.name().toLowerCase().replace('_', ' ')
                            + " reported near " + site.name() + ".", BY, at, null, county, IncidentDetails.NONE,
                            IncidentService.underGovernmentControl(site, LocalDate.ofInstant(at, ZoneOffset.UTC)), 0L));
                }
            }
        }
        perYear.forEach((year, last) -> numbers.advanceTo("SI", year, last));
        return incidents;
    }

    List<?> patrols(List<PocSite> all) {
        Random random = new Random(1325L);
        List<Patrol> patrols = new ArrayList<>();
        Map<Integer, Integer> perYear = new HashMap<>();
        LocalDate first = LAST_MONTH.minusMonths(PATROL_MONTHS - 1).atDay(1);
        for (LocalDate day = first; !day.isAfter(LAST_MONTH.atEndOfMonth()); day = day.plusDays(1)) {
            for (PocSite site : all) {
                if (site.closed()) {
                    continue;
                }
                for (Shift shift : Shift.values()) {
                    if (shift == Shift.NIGHT && random.nextBoolean()) {
                        continue;
                    }
                    Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant()
                            .plusSeconds((shift == Shift.DAY ? 7 : 20) * 3600L + random.nextInt(7200));
                    int size = 8 + random.nextInt(20);
                    int women = (int) Math.round(size * (0.08 + random.nextDouble() * 0.2));
                    int number = perYear.merge(day.getYear(), 1, Integer::sum);
                    patrols.add(new Patrol(String.format("PT-%d-%06d", day.getYear(), number), site.code(),
                            site.fieldOffice(), pick(random, PATROL_WEIGHTS), shift, start,
                            start.plusSeconds(2 * 3600L + random.nextInt(3 * 3600)), YearMonth.from(day).toString(),
                            (random.nextBoolean() ? "FPU-" : "IPO team ") + (1 + random.nextInt(4)), size, women,
                            route(site, random), "Synthetic demo patrol; nothing to report.", BY, start,
                            List.of(PlaceRef.ofCounty(site.state(), site.county())), 0L));
                }
            }
        }
        perYear.forEach((year, last) -> numbers.advanceTo("PT", year, last));
        return patrols;
    }

    List<?> searches(List<PocSite> all) {
        Random random = new Random(2567L);
        List<SearchOperation> searches = new ArrayList<>();
        List<SearchPlan> plans = searchPlans(all);
        // Searches are numbered per year in order, so a year's count is its last number.
        plans.stream().collect(java.util.stream.Collectors.groupingBy(p -> p.start.atZone(ZoneOffset.UTC).getYear(),
                        java.util.stream.Collectors.counting()))
                .forEach((year, last) -> numbers.advanceTo("CS", year, last));
        for (SearchPlan plan : plans) {
            List<String> sectors = plan.site.structure().stream().map(Sector::code)
                    .filter(s -> random.nextInt(3) > 0).toList();
            searches.add(new SearchOperation(plan.reference, plan.site.code(), plan.site.fieldOffice(), plan.start,
                    plan.start.plusSeconds(5 * 3600L), YearMonth.from(plan.start.atZone(ZoneOffset.UTC)).toString(),
                    sectors.isEmpty() ? List.of(plan.site.structure().get(0).code()) : sectors, 100 + random.nextInt(400),
                    60 + random.nextInt(120), "FPU-" + (1 + random.nextInt(4)), "Synthetic demo cordon-and-search.", BY,
                    plan.start, 0L));
        }
        return searches;
    }

    List<?> seizures(List<PocSite> all) {
        Random random = new Random(8471L);
        List<SeizedItem> items = new ArrayList<>();
        Map<Integer, Integer> perYear = new HashMap<>();
        for (SearchPlan plan : searchPlans(all)) {
            int count = random.nextInt(5);
            for (int i = 0; i < count; i++) {
                Instant at = plan.start.plusSeconds(1800L + random.nextInt(3 * 3600));
                int year = at.atZone(ZoneOffset.UTC).getYear();
                int number = perYear.merge(year, 1, Integer::sum);
                ItemType type = pick(random, ITEM_WEIGHTS);
                int quantity = switch (type) {
                    case AMMUNITION -> 5 + random.nextInt(60);
                    case ALCOHOL -> 1 + random.nextInt(30);
                    default -> 1 + random.nextInt(4);
                };
                SeizedItem item = SeizedItem.seized(String.format("SZ-%d-%06d", year, number), plan.reference,
                        plan.site.code(), plan.site.fieldOffice(), type, quantity, "Synthetic demo seizure", "FPU-1", at,
                        "UNPOL store " + plan.site.code(), BY, at);
                double fate = random.nextDouble();
                if (fate < 0.4) {
                    CustodyEventType end = type == ItemType.FIREARM || type == ItemType.AMMUNITION
                            ? CustodyEventType.FORWARDED : CustodyEventType.DESTROYED;
                    Instant when = at.plusSeconds(86_400L * (7 + random.nextInt(60)));
                    item = item.append(end, when, "UNPOL custody officer",
                            end == CustodyEventType.FORWARDED ? "South Sudan National Police Service" : "Destruction board",
                            "Synthetic demo custody event", BY, when, 0L);
                }
                items.add(item);
            }
        }
        perYear.forEach((year, last) -> numbers.advanceTo("SZ", year, last));
        return items;
    }

    List<?> returns(List<PocSite> all) {
        Random random = new Random(2020L);
        List<ReturnMovement> movements = new ArrayList<>();
        Map<Integer, Integer> perYear = new HashMap<>();
        for (YearMonth month = YearMonth.of(2020, 1); !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
            for (PocSite site : all) {
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    LocalDate departed = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
                    String[] destination = DESTINATIONS.get(site.code()).get(random.nextInt(DESTINATIONS.get(site.code()).size()));
                    int households = 1 + random.nextInt(12);
                    PeopleCount individuals = split(households * (3 + random.nextInt(4)), random);
                    int number = perYear.merge(month.getYear(), 1, Integer::sum);
                    List<FollowUp> followUps = departed.plusMonths(3).isBefore(LAST_MONTH.atEndOfMonth())
                            ? List.of(new FollowUp(departed.plusMonths(3), pick(random, FOLLOW_UP_WEIGHTS),
                            "Synthetic demo follow-up", BY)) : List.of();
                    // every 25th movement of a year is an involuntary relocation, so the flag shows in the demo
                    // without drawing from the random sequence the other demo figures depend on
                    boolean involuntary = number % 25 == 0;
                    movements.add(new ReturnMovement(String.format("RT-%d-%06d", month.getYear(), number), site.code(),
                            site.fieldOffice(), departed, month.toString(), households, individuals, destination[0],
                            destination[1], !involuntary, true, departed.minusDays(7 + random.nextInt(21)),
                            random.nextBoolean() ? List.of(Assistance.TRANSPORT, Assistance.NON_FOOD_ITEMS)
                                    : List.of(Assistance.FOOD_RATIONS, Assistance.CASH),
                            followUps, BY, departed.atStartOfDay(ZoneOffset.UTC).toInstant(), true, !involuntary,
                            involuntary ? MovementKind.RELOCATION : MovementKind.RETURN,
                            PlaceRef.ofCounty(destination[0], destination[1]), involuntary, 0L));
                }
            }
        }
        perYear.forEach((year, last) -> numbers.advanceTo("RT", year, last));
        return movements;
    }

    private record SearchPlan(String reference, PocSite site, Instant start) {
    }

    /** The same monthly search per site for both the operations and their seizures. */
    private static List<SearchPlan> searchPlans(List<PocSite> all) {
        Random random = new Random(2567L * 31);
        List<SearchPlan> plans = new ArrayList<>();
        Map<Integer, Integer> perYear = new HashMap<>();
        for (YearMonth month = LAST_MONTH.minusMonths(23); !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
            for (PocSite site : all) {
                Instant start = month.atDay(1 + random.nextInt(28)).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(5 * 3600L);
                int number = perYear.merge(month.getYear(), 1, Integer::sum);
                plans.add(new SearchPlan(String.format("CS-%d-%06d", month.getYear(), number), site, start));
            }
        }
        return plans;
    }

    /** A patrol route: a loop of five points around the site. */
    private static GeoJsonLineString route(PocSite site, Random random) {
        List<List<Double>> points = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double angle = 2 * Math.PI * i / 5;
            double radius = 0.004 + random.nextDouble() * 0.004;
            points.add(List.of(site.longitude() + radius * Math.cos(angle), site.latitude() + radius * Math.sin(angle)));
        }
        points.add(points.get(0));
        return new GeoJsonLineString("LineString", points);
    }

    /** A total split over sex and age (53 % female; 55 % children, 41 % adults, 4 % elderly), cells adding up exactly. */
    static PeopleCount split(int total, Random random) {
        int female = (int) Math.round(total * (0.52 + random.nextDouble() * 0.02));
        int male = total - female;
        int[] f = byAge(female, random);
        int[] m = byAge(male, random);
        return PeopleCount.of(f[0], f[1], f[2], m[0], m[1], m[2]);
    }

    private static int[] byAge(int people, Random random) {
        int children = (int) Math.round(people * (0.53 + random.nextDouble() * 0.04));
        int elderly = (int) Math.round(people * 0.04);
        return new int[]{children, people - children - elderly, elderly};
    }

    private static double interpolate(TreeMap<YearMonth, Integer> keys, YearMonth month) {
        Map.Entry<YearMonth, Integer> low = keys.floorEntry(month);
        Map.Entry<YearMonth, Integer> high = keys.ceilingEntry(month);
        if (low == null) {
            return high.getValue();
        }
        if (high == null || high.getKey().equals(low.getKey())) {
            return low.getValue();
        }
        double span = low.getKey().until(high.getKey(), java.time.temporal.ChronoUnit.MONTHS);
        double at = low.getKey().until(month, java.time.temporal.ChronoUnit.MONTHS);
        return low.getValue() + (high.getValue() - low.getValue()) * at / span;
    }

    private static TreeMap<YearMonth, Integer> keypoints(Object... pairs) {
        TreeMap<YearMonth, Integer> keys = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            keys.put(YearMonth.parse((String) pairs[i]), (Integer) pairs[i + 1]);
        }
        return keys;
    }

    private static int poisson(double mean, Random random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    private static <T> T pick(Random random, Map<T, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int r = random.nextInt(total);
        for (Map.Entry<T, Integer> entry : weights.entrySet()) {
            r -= entry.getValue();
            if (r < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("weights exhausted");
    }

    private static final Map<IncidentCategory, Integer> CATEGORY_WEIGHTS = ordered(IncidentCategory.class,
            25, 8, 20, 5, 1, 1, 2, 5, 3, 2, 10, 4, 12, 2);
    /** The patrol types added for patrols away from sites (long-duration to water-point protection) are not drawn for site patrols. */
    private static final Map<PatrolType, Integer> PATROL_WEIGHTS = ordered(PatrolType.class, 35, 20, 15, 20, 10, 0, 0, 0, 0, 0, 0);
    private static final Map<ItemType, Integer> ITEM_WEIGHTS = ordered(ItemType.class, 6, 10, 30, 8, 25, 12, 9);
    private static final Map<FollowUpOutcome, Integer> FOLLOW_UP_WEIGHTS = ordered(FollowUpOutcome.class, 60, 20, 5, 5, 10);

    /** Weights in the enum's declaration order, kept in that order so picks are deterministic. */
    private static <E extends Enum<E>> Map<E, Integer> ordered(Class<E> type, int... weights) {
        Map<E, Integer> map = new java.util.LinkedHashMap<>();
        E[] constants = type.getEnumConstants();
        for (int i = 0; i < constants.length; i++) {
            map.put(constants[i], weights[i]);
        }
        return map;
    }
}
