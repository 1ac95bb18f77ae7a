package org.unmiss.humanrights.audit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.humanrights.hrcase.persistence.CaseQueries;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.admin;
import static org.unmiss.humanrights.HrFixtures.caseBody;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.uniqueName;

/**
 * Refused reads are security events: a 404 for another office's case (which looks exactly like a case
 * that does not exist) and a 403 on a sensitive endpoint each leave an ACCESS_REFUSED entry naming the
 * actor, the reference and the result, with no text the caller typed.
 */
@ServiceTest
class RefusedReadAuditTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    private JsonNode refusals(String actor) {
        ApiResponse events = api.get("/api/v1/hr-audit/events?action=ACCESS_REFUSED&actor=" + actor + "&size=200", admin(issuer));
        assertThat(events.status()).as(events.body()).isEqualTo(200);
        return events.json().get("content");
    }

    private static JsonNode about(JsonNode refusals, String reference) {
        for (JsonNode event : refusals) {
            if (reference.equals(event.path("caseReference").asString(null))) {
                return event;
            }
        }
        throw new AssertionError("no refusal recorded for " + reference + " in " + refusals);
    }

    @Test
    void anotherOfficesCaseAndAMissingCaseAreRefusedAlikeAndBothRecorded() {
        String juba = create(api, senior(issuer), caseBody("JUBA", "2026-03-05", uniqueName())).json().get("reference").asString();
        String missing = "HR-2026-999999";

        ApiResponse otherOffice = api.get("/api/v1/hr-cases/" + juba, officer(issuer));
        ApiResponse nowhere = api.get("/api/v1/hr-cases/" + missing, officer(issuer));
        assertThat(otherOffice.status()).isEqualTo(404);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(otherOffice.json().get("detail").asString().replace(juba, "REF"))
                .isEqualTo(nowhere.json().get("detail").asString().replace(missing, "REF"));
        ApiResponse write = api.post("/api/v1/hr-cases/" + juba + "/violations", officer(issuer),
                "{\"type\": \"KILLING\", \"perpetrators\": [], \"victims\": []}");
        assertThat(write.status()).isEqualTo(404);

        JsonNode refusals = refusals("hr.officer.malakal");
        JsonNode first = about(refusals, juba);
        assertThat(first.get("actor").asString()).isEqualTo("hr.officer.malakal");
        assertThat(first.get("fieldOffice").asString()).isEqualTo("MALAKAL");
        assertThat(refusals.findValuesAsString("detail")).contains("404 GET /api/v1/hr-cases/{reference}",
                "404 POST /api/v1/hr-cases/{reference}/violations");
        assertThat(about(refusals, missing).get("detail").asString()).isEqualTo("404 GET /api/v1/hr-cases/{reference}");
    }

    @Test
    void forbiddenSensitiveRequestsAreRecordedWithTheirResult() {
        String reference = create(api, officer(issuer), caseBody("MALAKAL", "2026-03-06", uniqueName())).json()
                .get("reference").asString();
        String reader = issuer.token("hr.reader.malakal", "MALAKAL", "HR_READ");
        assertThat(api.get("/api/v1/hr-cases/" + reference + "?identities=true", reader).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/hr-reports/export", reader).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/hr-audit/events", reader).status()).isEqualTo(403);

        JsonNode refusals = refusals("hr.reader.malakal");
        assertThat(about(refusals, reference).get("detail").asString())
                .isEqualTo("403 GET /api/v1/hr-cases/{reference} identities=true");
        assertThat(refusals.findValuesAsString("detail")).contains("403 GET /api/v1/hr-reports/export",
                "403 GET /api/v1/hr-audit/events");
    }

    @Test
    void aReferenceThatIsNotOneIsRecordedByItsLengthOnly() {
        String probe = "Nyandeng-Probe-" + System.nanoTime();
        assertThat(api.get("/api/v1/hr-cases/" + probe, officer(issuer)).status()).isEqualTo(404);
        ApiResponse events = api.get("/api/v1/hr-audit/events?action=ACCESS_REFUSED&size=200", admin(issuer));
        assertThat(events.body()).doesNotContain(probe)
                .contains("404 GET /api/v1/hr-cases/{reference} reference=" + probe.length() + " chars");
    }

    @Test
    void theOfficeIsPartOfTheQueryForABoundCallerAndForACallerWithoutAnOffice() {
        Document bound = CaseQueries.visible(FieldOfficeScope.of("MALAKAL"), "HR-2026-000001").getCriteriaObject();
        assertThat(bound).containsEntry("_id", "HR-2026-000001").containsEntry("fieldOffice", "MALAKAL");
        Document none = CaseQueries.visible(FieldOfficeScope.NONE, "HR-2026-000001").getCriteriaObject();
        assertThat(none.get("fieldOffice")).isEqualTo(new Document("$in", java.util.List.of()));
        assertThat(CaseQueries.visible(FieldOfficeScope.of("HQ"), "HR-2026-000001").getCriteriaObject())
                .doesNotContainKey("fieldOffice");
    }
}
