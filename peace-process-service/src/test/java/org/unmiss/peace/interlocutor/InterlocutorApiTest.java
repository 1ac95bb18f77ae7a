package org.unmiss.peace.interlocutor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.peace.support.PeaceApiTest;

import static org.assertj.core.api.Assertions.assertThat;

public class InterlocutorApiTest extends PeaceApiTest {

    public static final String LEADER = """
            {"name":"Test leader one","type":"RELIGIOUS","affiliation":"Council of Churches","position":"bishop",
             "level":"SUBNATIONAL","state":"JONGLEI","county":"Bor South","sex":"MALE",
             "contact":{"phone":"+211 000 000111","email":"test.leader@example.org"}}
            """;

    @BeforeEach
    void empty() {
        clean("interlocutors");
    }

    @Test
    void contactDetailsOnlyForPeaceWrite() {
        ApiResponse created = api().post("/api/v1/engagements/interlocutors", civilAffairs(), LEADER);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().at("/contact/email").asString()).isEqualTo("test.leader@example.org");

        String reader = issuer.token("gender.officer.wau", "WAU", "GENDER_READ", "GENDER_WRITE", "PEACE_READ");
        ApiResponse read = api().get("/api/v1/engagements/interlocutors/" + id, reader);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo("Test leader one");
        assertThat(read.json().has("contact")).isFalse();
        assertThat(api().get("/api/v1/engagements/interlocutors", reader).json().at("/content/0").has("contact")).isFalse();
        assertProblem(api().get("/api/v1/engagements/interlocutors/" + id, partner()), 403);
    }

    @Test
    void filtersAndVersionedUpdates() {
        ApiResponse created = api().post("/api/v1/engagements/interlocutors", civilAffairs(), LEADER);
        api().post("/api/v1/engagements/interlocutors", civilAffairs(), LEADER.replace("RELIGIOUS", "YOUTH")
                .replace("\"MALE\"", "\"FEMALE\"").replace("JONGLEI", "UNITY"));
        assertThat(values(api().get("/api/v1/engagements/interlocutors?sex=FEMALE", civilAffairs()).json().get("content"), "type"))
                .containsExactly("YOUTH");
        assertThat(api().get("/api/v1/engagements/interlocutors?state=JONGLEI&type=RELIGIOUS", civilAffairs())
                .json().get("totalElements").asInt()).isEqualTo(1);

        String path = "/api/v1/engagements/interlocutors/" + created.json().get("id").asString();
        String retired = LEADER.replace("\"sex\":\"MALE\",", "\"sex\":\"MALE\",\"active\":false,");
        assertProblem(send("PUT", path, civilAffairs(), retired, null), 428);
        ApiResponse updated = send("PUT", path, civilAffairs(), retired, created.header("ETag"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("active").asBoolean()).isFalse();
        assertProblem(send("PUT", path, civilAffairs(), retired, created.header("ETag")), 412);
        assertThat(api().get("/api/v1/engagements/interlocutors?active=true", civilAffairs()).json().get("totalElements").asInt())
                .isEqualTo(1);
    }

    @Test
    void engagementsPointIntoTheDirectoryWhichPartnersNeverSee() {
        clean("engagements");
        String id = api().post("/api/v1/engagements/interlocutors", civilAffairs(), LEADER).json().get("id").asString();
        String linked = org.unmiss.peace.engagement.Engagements.report("JUBA", "2025-03-10", "")
                .replace("\"position\":\"paramount chief\",\"sex\":\"MALE\"",
                        "\"position\":\"paramount chief\",\"sex\":\"MALE\",\"interlocutorId\":\"" + id + "\"");
        ApiResponse created = api().post("/api/v1/engagements", civilAffairs(), linked);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().at("/interlocutors/0/interlocutorId").asString()).isEqualTo(id);
        assertThat(api().get("/api/v1/engagements?interlocutorId=" + id, civilAffairs()).json().get("totalElements").asInt())
                .isEqualTo(1);
        assertBadRequest(api().post("/api/v1/engagements", civilAffairs(), linked.replace(id, "INT-1999-000009")),
                "interlocutors[0].interlocutorId");

        String engagement = created.json().get("id").asString();
        ApiResponse pending = send("POST", "/api/v1/engagements/" + engagement + "/submit", civilAffairs(), null, created.header("ETag"));
        ApiResponse approved = send("POST", "/api/v1/engagements/" + engagement + "/approve", approver(), null, pending.header("ETag"));
        send("POST", "/api/v1/engagements/" + engagement + "/publish", approver(), null, approved.header("ETag"));
        ApiResponse seen = api().get("/api/v1/engagements/" + engagement, partner());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().at("/interlocutors/0").has("interlocutorId")).isFalse();
        assertThat(seen.json().at("/interlocutors/0/position").asString()).isEqualTo("paramount chief");
    }

    @Test
    void badInputIsNamed() {
        assertBadRequest(api().post("/api/v1/engagements/interlocutors", civilAffairs(),
                LEADER.replace("test.leader@example.org", "not-an-email").replace("RELIGIOUS", "PROPHET")), "type");
        assertBadRequest(api().post("/api/v1/engagements/interlocutors", civilAffairs(),
                LEADER.replace("test.leader@example.org", "not-an-email")), "contact.email");
        assertBadRequest(api().post("/api/v1/engagements/interlocutors", civilAffairs(), "{}"), "name", "type", "level", "state", "sex");
        assertProblem(api().get("/api/v1/engagements/interlocutors/INT-1999-000001", civilAffairs()), 404);
    }
}
