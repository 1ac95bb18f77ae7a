package org.unmiss.poc;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.store.ReferenceDataLoader;

import java.util.List;

/** Request bodies and store resets shared by the service's integration tests. */
public final class Fixtures {

    /** Inside the Juba UN House weapons-free zone (and POC3's perimeter). */
    public static final double JUBA_INSIDE_LAT = 4.8140;
    public static final double JUBA_INSIDE_LON = 31.5105;
    /** About 3 km from UN House: outside the zone, near the site. */
    public static final double JUBA_OUTSIDE_LAT = 4.8450;
    public static final double JUBA_OUTSIDE_LON = 31.5300;

    private static final List<String> RECORD_COLLECTIONS = List.of("population_figures", "security_incidents", "patrols",
            "search_operations", "seized_items", "returns", "early_warning_alerts", "escort_requests", "access_incidents",
            "hrddp_assessments", "national_police_support");

    private Fixtures() {
    }

    /** Empties every record collection and restores the sites to their reference data. */
    public static void reset(MongoTemplate mongo, ReferenceDataLoader referenceData) throws Exception {
        RECORD_COLLECTIONS.forEach(mongo::dropCollection);
        mongo.dropCollection("poc_sites");
        referenceData.run(null);
    }

    public static String cells(int femaleChildren, int femaleAdults, int femaleElderly, int maleChildren, int maleAdults,
                               int maleElderly) {
        return "[" + cell("FEMALE", "CHILDREN", femaleChildren) + "," + cell("FEMALE", "ADULTS", femaleAdults) + ","
                + cell("FEMALE", "ELDERLY", femaleElderly) + "," + cell("MALE", "CHILDREN", maleChildren) + ","
                + cell("MALE", "ADULTS", maleAdults) + "," + cell("MALE", "ELDERLY", maleElderly) + "]";
    }

    public static String people(int femaleAdults, int maleAdults) {
        return "{\"total\": " + (femaleAdults + maleAdults) + ", \"counts\": " + cells(0, femaleAdults, 0, 0, maleAdults, 0) + "}";
    }

    public static String incident(String site, String category, double lat, double lon, boolean weapons, String occurredAt) {
        return """
                {"siteCode": "%s", "category": "%s", "severity": "HIGH", "occurredAt": "%s",
                 "latitude": %s, "longitude": %s, "weaponsInvolved": %s, "people": %s,
                 "description": "Synthetic test incident naming Person A"}
                """.formatted(site, category, occurredAt, lat, lon, weapons, people(1, 1));
    }

    public static String patrol(String site, int size, int women) {
        return """
                {"siteCode": "%s", "type": "DISMOUNTED", "shift": "NIGHT", "startedAt": "2026-03-01T20:00:00Z",
                 "endedAt": "2026-03-01T23:00:00Z", "unit": "FPU-2", "size": %d, "women": %d,
                 "route": {"type": "LineString", "coordinates": [[29.760, 9.296], [29.765, 9.300], [29.762, 9.302]]},
                 "observations": "Quiet night"}
                """.formatted(site, size, women);
    }

    public static String search(String site) {
        return """
                {"siteCode": "%s", "startedAt": "2026-03-02T05:00:00Z", "endedAt": "2026-03-02T10:00:00Z",
                 "sectors": ["A", "B"], "sheltersSearched": 240, "personnelDeployed": 120, "leadUnit": "FPU-1"}
                """.formatted(site);
    }

    public static String seizure(String itemType, int count) {
        return """
                {"itemType": "%s", "count": %d, "seizedBy": "FPU-1", "seizedAt": "2026-03-02T07:30:00Z",
                 "depositedAt": "UNPOL store Bentiu"}
                """.formatted(itemType, count);
    }

    public static String returnMovement(String site, boolean voluntary, boolean informed) {
        return """
                {"siteCode": "%s", "departedOn": "2026-02-10", "households": 2,
                 "individuals": {"total": 9, "counts": %s},
                 "destinationState": "Unity", "destinationCounty": "Leer", "voluntary": %s, "informed": %s,
                 "safe": true, "dignified": true,
                 "counselledOn": "2026-02-01", "assistance": ["TRANSPORT", "NON_FOOD_ITEMS"]}
                """.formatted(site, cells(3, 2, 0, 2, 2, 0), voluntary, informed);
    }

    /** An armed attack in Leer county, about 90 km from the Bentiu site: recorded by its county, without a site. */
    public static String incidentInLeer(String place, String fieldOffice) {
        return """
                {"place": "%s", "fieldOffice": %s, "category": "ARMED_ATTACK", "severity": "CRITICAL",
                 "occurredAt": "2026-03-04T06:30:00Z", "latitude": 8.30, "longitude": 29.82, "weaponsInvolved": true,
                 "people": %s, "perpetratorParty": "SPLA-IO", "arrests": 3, "handedOverToNationalPolice": 2,
                 "actionsTaken": "Patrol dispatched; wounded evacuated", "respondedAt": "2026-03-04T09:00:00Z"}
                """.formatted(place, fieldOffice == null ? "null" : "\"" + fieldOffice + "\"", people(2, 3));
    }

    /** A long-duration patrol through Yambio and Nzara counties, far from any site. */
    public static String longPatrol(String fieldOffice) {
        return """
                {"fieldOffice": %s, "type": "LONG_DURATION", "shift": "DAY", "startedAt": "2026-03-01T06:00:00Z",
                 "endedAt": "2026-03-04T17:00:00Z", "unit": "RWANBATT-2", "size": 30, "women": 6,
                 "route": {"type": "LineString", "coordinates": [[28.38, 4.57], [28.10, 4.64], [27.90, 4.70]]},
                 "placesVisited": ["Yambio", "Nzara"], "observations": "Returnees in Nzara ask for a water point"}
                """.formatted(fieldOffice == null ? "null" : "\"" + fieldOffice + "\"");
    }

    public static String alert(String place, String fieldOffice) {
        return """
                {"place": "%s", "fieldOffice": "%s", "raisedAt": "2026-03-05T08:00:00Z", "source": "COMMUNITY_ALERT_NETWORK",
                 "communities": ["Community A", "Community B"], "indicators": ["CATTLE_MIGRATION", "ARMED_MOBILISATION"],
                 "description": "Synthetic: herders moving south early; youth mobilising"}
                """.formatted(place, fieldOffice);
    }

    public static String escortRequest(String fieldOffice) {
        return """
                {"agency": "Synthetic NGO", "agencyType": "INTERNATIONAL_NGO", "from": "Rubkona", "to": "Leer",
                 "neededOn": "%s", "purpose": "Food distribution convoy", "fieldOffice": "%s"}
                """.formatted(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3), fieldOffice);
    }

    public static String riskAssessment(String beneficiary, String assessedOn, String validUntil, String fieldOffice) {
        return """
                {"beneficiary": "%s", "assessedOn": "%s", "validUntil": "%s", "risk": "MEDIUM",
                 "decision": "SUPPORT_WITH_MITIGATION", "mitigatingMeasures": "Human rights module in every training",
                 "fieldOffice": "%s"}
                """.formatted(beneficiary, assessedOn, validUntil, fieldOffice);
    }

    public static String policeTraining(String beneficiary, String startedOn, String fieldOffice) {
        return """
                {"type": "TRAINING", "beneficiary": "%s", "place": "Rubkona", "startedOn": "%s", "endedOn": "%s",
                 "womenTrained": 8, "menTrained": 17, "description": "Community policing course", "fieldOffice": "%s"}
                """.formatted(beneficiary, startedOn, startedOn, fieldOffice);
    }

    private static String cell(String sex, String age, int count) {
        return "{\"sex\": \"" + sex + "\", \"ageGroup\": \"" + age + "\", \"count\": " + count + "}";
    }
}
