package org.unmiss.peace.engagement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.peace.support.PeaceApiTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a 400 naming each offending field, and nothing is written. */
class EngagementValidationApiTest extends PeaceApiTest {

    @BeforeEach
    void empty() {
        clean("engagements");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertBadRequest(api().post("/api/v1/engagements", civilAffairs(), "{\"participantsBySex\":{}}"),
                "date", "place", "state", "level", "fieldOffice", "purpose", "interlocutors",
                "participantsBySex.female", "participantsBySex.male");
    }

    @Test
    void unknownChapterFutureDateAndUnknownOfficeAreNamed() {
        String future = LocalDate.now().plusDays(3).toString();
        String body = Engagements.report("NAIROBI", future, "").replace("[\"V\"]", "[\"V\",\"IX\"]");
        assertBadRequest(api().post("/api/v1/engagements", civilAffairs(), body), "date", "fieldOffice", "agreementChapters[1]");
        assertThat(mongo.getCollection("engagements").countDocuments()).isZero();
    }

    @Test
    void aClosedFieldOfficeTakesNoNewRecords() {
        ApiResponse response = api().post("/api/v1/engagements", civilAffairs(), Engagements.report("TORIT", "2026-02-02", ""));
        assertBadRequest(response, "fieldOffice");
        assertThat(response.json().at("/errors/0/reason").asString()).contains("closed");
        assertThat(api().post("/api/v1/engagements", civilAffairs(), Engagements.report("TORIT", "2025-11-02", "")).status())
                .isEqualTo(201);
    }

    @Test
    void unknownEnumValuesAndUnknownFieldsAreNamed() {
        assertBadRequest(api().post("/api/v1/engagements", civilAffairs(),
                Engagements.report("JUBA").replace("\"POSITIVE\"", "\"EUPHORIC\"")), "atmosphere");
        assertBadRequest(api().post("/api/v1/engagements", civilAffairs(),
                Engagements.report("JUBA").replace("\"level\":", "\"colour\":\"red\",\"level\":")), "colour");
        assertBadRequest(api().post("/api/v1/engagements", civilAffairs(),
                Engagements.report("JUBA").replace("\"female\":6", "\"female\":-1")), "participantsBySex.female");
        assertBadRequest(api().post("/api/v1/engagements", civilAffairs(),
                Engagements.report("JUBA").replace("\"TRADITIONAL\"", "null")), "interlocutors[0].type");
        assertThat(api().post("/api/v1/engagements", civilAffairs(), "{not json").status()).isEqualTo(400);
    }

    @Test
    void participantsBySexCountAtLeastTheInterlocutors() {
        assertBadRequest(api().post("/api/v1/engagements", civilAffairs(),
                Engagements.report("JUBA").replace("\"female\":6", "\"female\":0")), "participantsBySex.female");
        assertBadRequest(api().post("/api/v1/engagements", civilAffairs(),
                Engagements.report("JUBA").replace("\"female\":6,\"male\":14", "\"female\":0,\"male\":0")),
                "participantsBySex.female", "participantsBySex.male");
    }

    @Test
    void nextStepsCannotBeDueBeforeTheEngagement() {
        String body = Engagements.report("JUBA").replace("\"dueDate\":\"2025-03-10\"", "\"dueDate\":\"2025-03-01\"");
        assertBadRequest(api().post("/api/v1/engagements", civilAffairs(), body), "nextSteps[0].dueDate");
    }
}
