package org.unmiss.peace.engagement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.StandInService;
import org.unmiss.peace.support.PeaceApiTest;
import org.unmiss.peace.support.PersonnelStub;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mission participants saved unverified while personnel-service (a real HTTP stand-in) was down are
 * confirmed by the kit's scheduled re-check once it is back, asked as this service's own client and
 * judged within the engagement's office; nobody has to press "check again".
 */
// Closed after the class: its 300 ms schedule would otherwise keep re-checking, and saving, the records
// later test classes write to the same store (a verification then met a moved version: 412).
@DirtiesContext
class ParticipantRecheckTest extends PeaceApiTest {

    @DynamicPropertySource
    static void recheck(DynamicPropertyRegistry registry) {
        registry.add("unmiss.clients.service-account.token-uri", PersonnelStub::tokenUri);
        registry.add("unmiss.clients.recheck-interval", () -> "300ms");
    }

    static MongoTemplate store;

    @Autowired
    void store(MongoTemplate mongo) {
        store = mongo;
    }

    @AfterEach
    void personnelBackUp() {
        PersonnelStub.restart();
    }

    @AfterAll
    static void leaveNothingToRecheck() {
        // this context's schedule keeps running while later test classes run
        store.remove(new org.springframework.data.mongodb.core.query.Query(), "engagements");
    }

    private JsonNode engagement(String id) {
        return api().get("/api/v1/engagements/" + id, civilAffairs()).json();
    }

    @Test
    void participantsSavedUnverifiedAreConfirmedInTheBackgroundWithinTheEngagementsOffice() {
        clean("engagements");
        PersonnelStub.know("UN-200101", "UN-200102");
        PersonnelStub.stationed("UN-200102", "BOR");
        PersonnelStub.stop();
        ApiResponse juba = api().post("/api/v1/engagements", civilAffairs(), Engagements.report("JUBA", "2025-03-10", "\"UN-200101\""));
        ApiResponse elsewhere = api().post("/api/v1/engagements", civilAffairs(), Engagements.report("JUBA", "2025-03-11", "\"UN-200102\""));
        assertThat(juba.status()).as(juba.body()).isEqualTo(201);
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(201);
        assertThat(juba.json().get("participantsVerified").asBoolean()).isFalse();
        PersonnelStub.restart();

        String id = juba.json().get("id").asString();
        await().atMost(Duration.ofSeconds(15)).until(() -> engagement(id).get("participantsVerified").asBoolean());
        assertThat(engagement(id).at("/missionParticipants/0/verified").asBoolean()).isTrue();
        // asked with no user present: as peace-process-service's own client
        assertThat(PersonnelStub.authorizations()).contains("Bearer " + StandInService.SERVICE_TOKEN);
        // seen with the HQ-wide service token, but stationed at BOR: not confirmed for a JUBA engagement
        await().atMost(Duration.ofSeconds(15)).until(() -> PersonnelStub.askedAsService("UN-200102"));
        JsonNode other = engagement(elsewhere.json().get("id").asString());
        assertThat(other.get("participantsVerified").asBoolean()).isFalse();
        assertThat(other.get("version").asLong()).isEqualTo(elsewhere.json().get("version").asLong());
    }
}
