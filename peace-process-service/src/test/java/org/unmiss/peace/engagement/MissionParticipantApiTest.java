package org.unmiss.peace.engagement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.peace.support.PeaceApiTest;
import org.unmiss.peace.support.PersonnelStub;

import static org.assertj.core.api.Assertions.assertThat;

/** Mission participants are checked with personnel-service (a real HTTP stand-in here), and saved unverified while it is down. */
class MissionParticipantApiTest extends PeaceApiTest {

    @BeforeEach
    void personnel() {
        clean("engagements");
        PersonnelStub.know("UN-200001", "UN-200002");
    }

    @AfterEach
    void personnelBackUp() {
        PersonnelStub.restart();
    }

    @Test
    void knownParticipantsAreVerified() {
        ApiResponse created = api().post("/api/v1/engagements", civilAffairs(),
                Engagements.report("JUBA", "2025-03-10", "\"UN-200001\",\"UN-200002\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("participantsVerified").asBoolean()).isTrue();
        assertThat(created.json().at("/missionParticipants/1/verified").asBoolean()).isTrue();
    }

    @Test
    void anUnknownParticipantIsRefusedNamingTheEntry() {
        ApiResponse refused = api().post("/api/v1/engagements", civilAffairs(),
                Engagements.report("JUBA", "2025-03-10", "\"UN-200001\",\"UN-999999\""));
        assertBadRequest(refused, "missionParticipants[1].indexNumber");
        assertThat(mongo.getCollection("engagements").countDocuments()).isZero();
    }

    @Test
    void whilePersonnelServiceIsDownTheReportIsSavedUnverifiedAndCheckedAgainLater() {
        PersonnelStub.stop();
        ApiResponse created = api().post("/api/v1/engagements", civilAffairs(),
                Engagements.report("JUBA", "2025-03-10", "\"UN-200001\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("participantsVerified").asBoolean()).isFalse();
        assertThat(created.json().at("/missionParticipants/0/verified").asBoolean()).isFalse();

        PersonnelStub.restart();
        ApiResponse rechecked = send("POST", "/api/v1/engagements/" + created.json().get("id").asString()
                + "/participant-verification", civilAffairs(), null, created.header("ETag"));
        assertThat(rechecked.status()).as(rechecked.body()).isEqualTo(200);
        assertThat(rechecked.json().get("participantsVerified").asBoolean()).isTrue();
    }

    @Test
    void aParticipantListedTwiceOrMalformedIsRefused() {
        assertBadRequest(api().post("/api/v1/engagements", civilAffairs(),
                Engagements.report("JUBA", "2025-03-10", "\"UN-200001\",\"UN-200001\"")), "missionParticipants[1].indexNumber");
        assertBadRequest(api().post("/api/v1/engagements", civilAffairs(),
                Engagements.report("JUBA", "2025-03-10", "\"not a number\"")), "missionParticipants[0]");
    }
}
