package org.unmiss.poc.patrol;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.store.ReferenceDataLoader;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ChangeFeedWalk;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.poc.Fixtures;
import org.unmiss.poc.patrol.domain.Patrol;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.kit.testing.ProblemAssert.assertProblem;

/** The change feeds of patrols and sites (ADR 70), through the real API and the embedded store. */
@ServiceTest
class PatrolFeedTest {

    @Autowired
    ApiClient api;
    @Autowired
    TestIssuer issuer;
    @Autowired
    org.unmiss.kit.feed.ChangeStamps stamps;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReferenceDataLoader referenceData;

    String bentiu;

    @BeforeEach
    void reset() throws Exception {
        Fixtures.reset(mongo, referenceData);
        bentiu = issuer.token("unpol.officer.bentiu", "BENTIU", "POC_READ", "POC_WRITE");
    }

    private String patrol() {
        ApiResponse created = api.post("/api/v1/patrols", bentiu, Fixtures.patrol("BENTIU", 12, 3));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("reference").asString();
    }

    @Test
    void patrolsComeInChangeOrderEachOnceAndAPatrolChangedMidWayComesAgain() {
        String since = ChangeFeedWalk.since(stamps);
        List<String> logged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            logged.add(patrol());
        }
        ChangeFeedWalk feed = ChangeFeedWalk.by(api, bentiu);
        ApiResponse first = feed.page("/api/v1/patrols?size=2&updatedSince=" + since);
        assertThat(ChangeFeedWalk.ids(first, "reference")).containsExactly(logged.get(0), logged.get(1));
        assertThat(first.header("Link")).startsWith("</api/v1/patrols?").endsWith(">; rel=\"next\"");

        // another writer saves the second patrol again while the partner pages
        mongo.save(mongo.findById(logged.get(1), Patrol.class));

        assertThat(feed.followToTheEnd("reference")).containsExactly(logged.get(2), logged.get(3), logged.get(4), logged.get(1));
        assertThat(api.get("/api/v1/patrols?updatedSince=" + ChangeFeedWalk.since(stamps), bentiu).json().get("content")).isEmpty();
    }

    @Test
    void anotherOfficeSeesNoneOfThem() {
        String since = ChangeFeedWalk.since(stamps);
        patrol();
        String yambio = issuer.token("unpol.officer.yambio", "YAMBIO", "POC_READ");
        assertThat(api.get("/api/v1/patrols?updatedSince=" + since, yambio).json().get("totalElements").asInt()).isZero();
        assertThat(api.get("/api/v1/patrols?updatedSince=" + since, null).status()).isEqualTo(401);
    }

    @Test
    void badFeedParametersAreA400NamingThem() {
        assertProblem(api.get("/api/v1/patrols?cursor=bm9wZQ", bentiu), 400).naming("cursor");
        assertProblem(api.get("/api/v1/patrols?updatedSince=2026-13-01T00:00:00Z", bentiu), 400).naming("updatedSince");
        assertProblem(api.get("/api/v1/patrols?updatedSince=2026-01-01T00:00:00Z&page=2", bentiu), 400).naming("page");
        assertProblem(api.get("/api/v1/poc-sites?updatedSince=2026-01-01T00:00:00Z&nearLatitude=4.8&nearLongitude=31.5&radiusKm=5",
                bentiu), 400).naming("radiusKm");
    }

    @Test
    void referenceSitesAreInTheSitesFeedFromTheBeginning() {
        ChangeFeedWalk feed = ChangeFeedWalk.by(api, bentiu);
        ApiResponse first = feed.page("/api/v1/poc-sites?size=1&updatedSince=2000-01-01T00:00:00Z");
        int total = first.json().get("totalElements").asInt();
        assertThat(total).isGreaterThan(1);
        feed.followToTheEnd("code");
        assertThat(feed.seen("code")).hasSize(total).doesNotHaveDuplicates();
    }
}
