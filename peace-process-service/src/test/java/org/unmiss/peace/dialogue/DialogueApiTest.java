package org.unmiss.peace.dialogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.peace.support.PeaceApiTest;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class DialogueApiTest extends PeaceApiTest {

    public static String dialogue(String office, String start, String status, String participants) {
        return """
                {"type":"INTERCOMMUNAL_DIALOGUE","title":"Dialogue between neighbouring communities","startDate":"%s",
                 "state":"WARRAP","place":"County headquarters","fieldOffice":"%s",
                 "communities":["Farming community","Pastoralist community"],"partners":["Civil society forum"],
                 %s"outcomes":"Agreement on grazing routes",
                 "followUps":[{"action":"Set up a joint committee","owner":"County commissioner","dueDate":"%s"}],
                 "status":"%s"}
                """.formatted(start, office, participants == null ? "" : "\"participantsBySex\":" + participants + ",", start, status);
    }

    @BeforeEach
    void empty() {
        clean("dialogue_initiatives");
    }

    @Test
    void aPlannedDialogueIsHeldAndCountedBySex() {
        ApiResponse planned = api().post("/api/v1/engagements/dialogues", civilAffairs(), dialogue("KUAJOK", "2025-05-05", "PLANNED", null));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String id = planned.json().get("id").asString();
        assertThat(id).matches("DLG-2025-\\d{6}");
        assertThat(api().get("/api/v1/engagements/dialogues/summary?groupBy=TYPE", reporting()).json().size()).isZero();

        ApiResponse held = send("PUT", "/api/v1/engagements/dialogues/" + id, civilAffairs(),
                dialogue("KUAJOK", "2025-05-05", "HELD", "{\"female\":40,\"male\":85}"), planned.header("ETag"));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().get("status").asString()).isEqualTo("HELD");

        ApiResponse byState = api().get("/api/v1/engagements/dialogues/summary?groupBy=STATE", partner());
        assertThat(byState.json().get(0).get("key").asString()).isEqualTo("WARRAP");
        assertThat(byState.json().get(0).get("female").asInt()).isEqualTo(40);
        ApiResponse csv = api().send("GET", "/api/v1/engagements/dialogues/summary?groupBy=TYPE", reporting(), null,
                Map.of("Accept", "text/csv"));
        assertThat(csv.body().lines()).containsExactly("type,initiatives,female,male,total", "INTERCOMMUNAL_DIALOGUE,1,40,85,125");
    }

    @Test
    void aHeldInitiativeNeedsParticipantsAndAPastDate() {
        assertBadRequest(api().post("/api/v1/engagements/dialogues", civilAffairs(), dialogue("KUAJOK", "2025-05-05", "HELD", null)),
                "participantsBySex");
        String future = LocalDate.now().plusDays(10).toString();
        assertBadRequest(api().post("/api/v1/engagements/dialogues", civilAffairs(),
                dialogue("KUAJOK", future, "HELD", "{\"female\":1,\"male\":1}")), "status");
        assertThat(api().post("/api/v1/engagements/dialogues", civilAffairs(), dialogue("KUAJOK", future, "PLANNED", null)).status())
                .isEqualTo(201);
        assertBadRequest(api().post("/api/v1/engagements/dialogues", civilAffairs(),
                dialogue("KUAJOK", "2025-05-05", "PLANNED", null).replace("\"communities\":[\"Farming community\",\"Pastoralist community\"],",
                        "\"communities\":[],")), "communities");
    }

    @Test
    void aCancelledInitiativeIsFinalAndOfficesAreScoped() {
        ApiResponse cancelled = api().post("/api/v1/engagements/dialogues", civilAffairs(), dialogue("KUAJOK", "2025-05-05", "CANCELLED", null));
        String id = cancelled.json().get("id").asString();
        assertProblem(send("PUT", "/api/v1/engagements/dialogues/" + id, civilAffairs(),
                dialogue("KUAJOK", "2025-05-05", "PLANNED", null), cancelled.header("ETag")), 409);
        String wau = issuer.token("ca.wau", "WAU", "PEACE_READ", "PEACE_WRITE");
        assertProblem(api().get("/api/v1/engagements/dialogues/" + id, wau), 404);
        assertProblem(api().post("/api/v1/engagements/dialogues", wau, dialogue("KUAJOK", "2025-05-05", "PLANNED", null)), 403);
        assertThat(api().get("/api/v1/engagements/dialogues", wau).json().get("totalElements").asInt()).isZero();
    }
}
