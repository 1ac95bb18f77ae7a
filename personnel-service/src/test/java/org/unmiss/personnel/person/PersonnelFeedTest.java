package org.unmiss.personnel.person;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ChangeFeedWalk;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.personnel.Fixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.kit.testing.ProblemAssert.assertProblem;

/** The personnel list's change feed (ADR 70), as a partner polls it through the real API and the embedded store. */
@ServiceTest
class PersonnelFeedTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;
    @Autowired
    org.unmiss.kit.feed.ChangeStamps stamps;

    Fixtures fixtures;

    @BeforeEach
    void client() {
        fixtures = new Fixtures(api, issuer);
    }

    @Test
    void pagesOfChangesFollowTheLinkToEveryRecordOnceAndAChangeMidWayComesAgain() {
        String since = ChangeFeedWalk.since(stamps);
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(fixtures.person("RUMBEK"));
        }
        String reader = issuer.token("p", "HQ", "PERSONNEL_READ");
        ChangeFeedWalk feed = ChangeFeedWalk.by(api, reader);
        ApiResponse first = feed.page("/api/v1/personnel?fieldOffice=RUMBEK&size=2&updatedSince=" + since);
        assertThat(ChangeFeedWalk.ids(first, "indexNumber")).containsExactly(mine.get(0), mine.get(1));
        assertThat(ChangeFeedWalk.next(first)).startsWith("/api/v1/personnel?").contains("fieldOffice=RUMBEK", "size=2", "cursor=");
        assertThat(first.json().get("totalElements").asInt()).isEqualTo(5);

        // the first person changes while the partner is still paging: it must come again, after the others
        String body = Fixtures.personJson("RUMBEK", "POLICE", "INDIVIDUAL_POLICE_OFFICER").replace("Inspector", "Chief Inspector");
        assertThat(api.send("PUT", "/api/v1/personnel/" + mine.get(0), fixtures.writer(), body, Map.of("If-Match", "\"0\"")).status())
                .isEqualTo(200);

        List<String> rest = feed.followToTheEnd("indexNumber");
        assertThat(rest).containsExactly(mine.get(2), mine.get(3), mine.get(4), mine.get(0));
        assertThat(feed.seen("indexNumber")).containsExactlyInAnyOrderElementsOf(
                List.of(mine.get(0), mine.get(1), mine.get(2), mine.get(3), mine.get(4), mine.get(0)));
    }

    @Test
    void updatedSinceLeavesOutWhatDidNotChangeSince() {
        String old = fixtures.person("BOR");
        String since = ChangeFeedWalk.since(stamps);
        String fresh = fixtures.person("BOR");
        ApiResponse page = api.get("/api/v1/personnel?fieldOffice=BOR&updatedSince=" + since, fixtures.writer());
        assertThat(ChangeFeedWalk.ids(page, "indexNumber")).containsExactly(fresh).doesNotContain(old);
        assertThat(page.header("Link")).isNull();
    }

    @Test
    void theFeedKeepsTheListsOfficeScope() {
        String since = ChangeFeedWalk.since(stamps);
        String inBentiu = fixtures.person("BENTIU");
        String inJuba = fixtures.person("JUBA");
        ApiResponse page = api.get("/api/v1/personnel?size=200&updatedSince=" + since,
                issuer.token("unpol.officer.bentiu", "BENTIU", "PERSONNEL_READ"));
        assertThat(ChangeFeedWalk.ids(page, "indexNumber")).contains(inBentiu).doesNotContain(inJuba);
        assertThat(api.get("/api/v1/personnel?updatedSince=" + since, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/personnel?updatedSince=" + since, issuer.token("x", "HQ", "GENDER_READ")).status()).isEqualTo(403);
    }

    @Test
    void badFeedParametersAreA400NamingThem() {
        assertProblem(api.get("/api/v1/personnel?cursor=not-a-cursor", fixtures.writer()), 400).naming("cursor");
        assertProblem(api.get("/api/v1/personnel?updatedSince=yesterday", fixtures.writer()), 400).naming("updatedSince");
        assertProblem(api.get("/api/v1/personnel?updatedSince=2026-01-01T00:00:00Z&sort=familyName", fixtures.writer()), 400)
                .naming("sort");
        assertProblem(api.get("/api/v1/personnel?updatedSince=2026-01-01T00:00:00Z&size=201", fixtures.writer()), 400)
                .naming("size");
    }
}
