package org.unmiss.poc.access;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.store.ReferenceDataLoader;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.poc.Fixtures;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class HumanitarianAccessApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReferenceDataLoader referenceData;

    String bentiu;
    String liaison;

    @BeforeEach
    void reset() throws Exception {
        Fixtures.reset(mongo, referenceData);
        bentiu = issuer.token("unpol.officer.bentiu", "BENTIU", "POC_READ", "POC_WRITE");
        liaison = issuer.token("humanitarian.liaison.bentiu", "BENTIU", "HUMANITARIAN_ACCESS");
    }

    @Test
    void anEscortIsRequestedApprovedWithItsPatrolAndAppearsInTheHxlTable() {
        ApiResponse requested = api.post("/api/v1/humanitarian-access/escort-requests", liaison, Fixtures.escortRequest("BENTIU"));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String reference = requested.json().get("reference").asString();
        assertThat(requested.json().get("status").asString()).isEqualTo("REQUESTED");

        ApiResponse byLiaison = api.send("POST", "/api/v1/humanitarian-access/escort-requests/" + reference + "/decision", liaison,
                "{\"decision\": \"APPROVED\"}", Map.of("If-Match", requested.header("ETag")));
        assertThat(byLiaison.status()).as("the mission, not the liaison, commits troops").isEqualTo(403);
        ApiResponse declinedWithoutReason = api.send("POST", "/api/v1/humanitarian-access/escort-requests/" + reference + "/decision",
                bentiu, "{\"decision\": \"DECLINED\"}", Map.of("If-Match", requested.header("ETag")));
        assertThat(declinedWithoutReason.status()).isEqualTo(400);
        assertThat(declinedWithoutReason.json().get("errors").findValuesAsString("field")).containsExactly("reason");

        String patrol = api.post("/api/v1/patrols", bentiu, Fixtures.patrol("BENTIU", 12, 3)).json().get("reference").asString();
        ApiResponse approved = api.send("POST", "/api/v1/humanitarian-access/escort-requests/" + reference + "/decision", bentiu,
                "{\"decision\": \"APPROVED\", \"patrolReference\": \"" + patrol + "\"}", Map.of("If-Match", requested.header("ETag")));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("patrolReference").asString()).isEqualTo(patrol);
        ApiResponse approvedTwice = api.send("POST", "/api/v1/humanitarian-access/escort-requests/" + reference + "/decision", bentiu,
                "{\"decision\": \"DECLINED\", \"reason\": \"changed mind\"}", Map.of("If-Match", approved.header("ETag")));
        assertThat(approvedTwice.status()).isEqualTo(409);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ApiResponse hxl = api.get("/api/v1/humanitarian-access/reports/access-table.csv?hxl=true&from=" + today + "&to="
                + today.plusDays(10), issuer.token("partner", "HQ", "PARTNER"));
        assertThat(hxl.status()).as(hxl.body()).isEqualTo(200);
        String[] lines = hxl.body().split("\r?\n");
        assertThat(lines[1]).contains("#date", "#adm1+name", "#adm2+name", "#activity+code+patrol");
        assertThat(lines[2]).contains(reference, patrol, "APPROVED", "Rubkona", "Leer", "ESCORT_REQUEST")
                .doesNotContain("Food distribution");
    }

    @Test
    void anAccessIncidentCountsInTheFreedomOfMovementTable() {
        ApiResponse recorded = api.post("/api/v1/humanitarian-access/incidents", liaison, """
                {"type": "CHECKPOINT", "place": "Guit", "occurredOn": "2026-03-02", "perpetratorParty": "SSPDF",
                 "sofaViolation": true, "description": "Synthetic: patrol held at checkpoint for 4 hours"}
                """);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        ApiResponse table = api.get("/api/v1/humanitarian-access/reports/freedom-of-movement?from=2026-03-01&to=2026-03-31", bentiu);
        assertThat(table.json().get(0).get("violations").asLong()).isEqualTo(1);
        assertThat(table.json().get(0).get("perpetratorParty").asString()).isEqualTo("SSPDF");
        ApiResponse unknownParty = api.post("/api/v1/humanitarian-access/incidents", liaison, """
                {"type": "CHECKPOINT", "place": "Guit", "occurredOn": "2026-03-02", "perpetratorParty": "NOBODY",
                 "agencyType": "UN_AGENCY", "sofaViolation": false}
                """);
        assertThat(unknownParty.status()).isEqualTo(400);
        assertThat(unknownParty.json().get("errors").findValuesAsString("field")).containsExactly("perpetratorParty");
        assertThat(api.get("/api/v1/security-incidents", liaison).status()).as("a liaison reads no security incidents").isEqualTo(403);
    }
}
