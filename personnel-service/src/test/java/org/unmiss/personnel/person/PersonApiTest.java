package org.unmiss.personnel.person;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.personnel.Fixtures;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class PersonApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    Fixtures fixtures;

    @BeforeEach
    void client() {
        fixtures = new Fixtures(api, issuer);
    }

    @Test
    void registersAPersonWithAnAssignedIndexNumber() {
        ApiResponse created = api.post("/api/v1/personnel", fixtures.writer(), Fixtures.personJson("JUBA", "POLICE", "FORMED_POLICE_UNIT"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String index = created.json().get("indexNumber").asString();
        assertThat(index).matches("UN-\\d{6}");
        assertThat(created.header("Location")).isEqualTo("/api/v1/personnel/" + index);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void personalFieldsOnlyForPersonnelWriters() {
        String index = fixtures.person("JUBA");
        ApiResponse asWriter = api.get("/api/v1/personnel/" + index, fixtures.writer());
        assertThat(asWriter.json().get("dateOfBirth").asString()).isEqualTo("1988-04-02");
        assertThat(asWriter.json().at("/contacts/email").asString()).endsWith("@un.org");
        ApiResponse asReader = api.get("/api/v1/personnel/" + index, issuer.token("unpol", "HQ", "PERSONNEL_READ"));
        assertThat(asReader.status()).isEqualTo(200);
        assertThat(asReader.json().get("familyName").asString()).startsWith("Testova");
        assertThat(asReader.json().has("dateOfBirth")).isFalse();
        assertThat(asReader.json().has("contacts")).isFalse();
        assertThat(asReader.body()).doesNotContain("1988-04-02").doesNotContain("@un.org");
    }

    @Test
    void aCategoryAndSubCategoryThatDisagreeAreA400NamingBoth() {
        ApiResponse bad = api.post("/api/v1/personnel", fixtures.writer(), Fixtures.personJson("JUBA", "MILITARY", "FORMED_POLICE_UNIT"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("category", "subCategory");
    }

    @Test
    void badInputIsA400NamingEveryField() {
        String json = Fixtures.personJson("ATLANTIS", "POLICE", "FORMED_POLICE_UNIT").replace("\"RWA\"", "\"XXA\"");
        ApiResponse bad = api.post("/api/v1/personnel", fixtures.writer(), json);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("nationality", "fieldOffice");

        ApiResponse badEnum = api.post("/api/v1/personnel", fixtures.writer(), json.replace("\"FEMALE\"", "\"F\""));
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().at("/errors/0/field").asString()).isEqualTo("sex");

        ApiResponse unknownField = api.post("/api/v1/personnel", fixtures.writer(), json.replace("\"rank\"", "\"rang\""));
        assertThat(unknownField.json().at("/errors/0/field").asString()).isEqualTo("rang");
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String index = fixtures.person("JUBA");
        String body = Fixtures.personJson("JUBA", "POLICE", "INDIVIDUAL_POLICE_OFFICER").replace("Inspector", "Chief Inspector");
        assertThat(api.send("PUT", "/api/v1/personnel/" + index, fixtures.writer(), body, Map.of()).status()).isEqualTo(428);
        ApiResponse updated = api.send("PUT", "/api/v1/personnel/" + index, fixtures.writer(), body, Map.of("If-Match", "\"0\""));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(updated.json().get("rank").asString()).isEqualTo("Chief Inspector");
        ApiResponse stale = api.send("PUT", "/api/v1/personnel/" + index, fixtures.writer(), body, Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.send("PUT", "/api/v1/personnel/UN-999998", fixtures.writer(), body, Map.of("If-Match", "\"0\"")).status())
                .isEqualTo(404);
    }

    @Test
    void anOfficeBoundReaderSeesOnlyPeopleStationedAtTheirOffice() {
        String inBentiu = fixtures.person("BENTIU");
        String inJuba = fixtures.person("JUBA");
        String bentiuReader = issuer.token("unpol.officer.bentiu", "BENTIU", "PERSONNEL_READ");
        assertThat(api.get("/api/v1/personnel/" + inBentiu, bentiuReader).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/personnel/" + inJuba, bentiuReader).status()).isEqualTo(404);
        ApiResponse list = api.get("/api/v1/personnel?size=200", bentiuReader);
        assertThat(list.json().get("content").findValuesAsString("fieldOffice")).isNotEmpty().containsOnly("BENTIU");
        assertThat(api.get("/api/v1/personnel?fieldOffice=JUBA", bentiuReader).json().get("totalElements").asInt()).isZero();
        assertThat(api.get("/api/v1/personnel", issuer.tokenWithoutOffice("x", "PERSONNEL_READ")).json().get("totalElements").asInt()).isZero();

        String bentiuWriter = issuer.token("w", "BENTIU", "PERSONNEL_WRITE");
        ApiResponse elsewhere = api.post("/api/v1/personnel", bentiuWriter, Fixtures.personJson("JUBA", "POLICE", "FORMED_POLICE_UNIT"));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.json().get("detail").asString()).isEqualTo("Personnel records of field office JUBA are outside your field office");
    }

    @Test
    void listsFilterInTheStore() {
        String index = fixtures.person("KUAJOK");
        ApiResponse list = api.get("/api/v1/personnel?fieldOffice=KUAJOK&category=POLICE&sex=FEMALE&nationality=RWA&sort=familyName,desc",
                issuer.token("p", "HQ", "PERSONNEL_READ"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("content").findValuesAsString("indexNumber")).contains(index);
        assertThat(api.get("/api/v1/personnel?category=SAILOR", fixtures.writer()).json().at("/errors/0/field").asString()).isEqualTo("category");
        assertThat(api.get("/api/v1/personnel?sort=dateOfBirth", fixtures.writer()).status()).isEqualTo(400);
    }
}
