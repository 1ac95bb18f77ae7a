package org.unmiss.gender.activity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.gender.activity.domain.GenderActivity;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ChangeFeedWalk;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.kit.testing.ProblemAssert.assertProblem;

/** The activities list's change feed (ADR 70), trainings first among them, through the real API and the embedded store. */
@ServiceTest
class ActivityFeedTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;
    @Autowired
    org.unmiss.kit.feed.ChangeStamps stamps;

    @Autowired
    MongoTemplate mongo;

    String hqWriter;
    String wauWriter;

    @BeforeEach
    void setUp() {
        mongo.dropCollection(GenderActivity.class);
        hqWriter = issuer.token("gender.hq", "HQ", "GENDER_READ", "GENDER_WRITE");
        wauWriter = issuer.token("gender.officer.wau", "WAU", "GENDER_READ", "GENDER_WRITE");
    }

    private ApiResponse training(String token, String office) {
        ApiResponse created = api.post("/api/v1/gender-activities", token,
                ActivityApiTest.training(office, "{\"female\": 5, \"male\": 5, \"total\": 10}", "HELD"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    @Test
    void trainingsComeInChangeOrderOnceEachAndAnEditedOneComesAgain() {
        String since = ChangeFeedWalk.since(stamps);
        List<ApiResponse> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(training(wauWriter, "WAU"));
        }
        List<String> ids = created.stream().map(c -> c.json().get("id").asString()).toList();
        String juba = training(hqWriter, "JUBA").json().get("id").asString();

        ChangeFeedWalk feed = ChangeFeedWalk.by(api, wauWriter);
        ApiResponse first = feed.page("/api/v1/gender-activities?type=TRAINING&size=2&updatedSince=" + since);
        assertThat(ChangeFeedWalk.ids(first, "id")).containsExactly(ids.get(0), ids.get(1));

        ApiResponse edited = api.send("PUT", "/api/v1/gender-activities/" + ids.get(0), wauWriter,
                ActivityApiTest.training("WAU", "{\"female\": 6, \"male\": 5, \"total\": 11}", "HELD"),
                Map.of("If-Match", created.get(0).header("ETag")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        assertThat(feed.followToTheEnd("id")).containsExactly(ids.get(2), ids.get(0));
        assertThat(feed.seen("id")).doesNotContain(juba);
        ApiResponse all = api.get("/api/v1/gender-activities?updatedSince=" + since, hqWriter);
        assertThat(ChangeFeedWalk.ids(all, "id")).containsExactly(ids.get(1), ids.get(2), juba, ids.get(0));
        assertThat(all.header("Link")).isNull();
    }

    @Autowired
    org.unmiss.kit.feed.ChangeFeedUpkeep upkeep;

    @Test
    void recordsStoredBeforeStampingAreStampedInBatchesAtStartAndFedFromTheBeginning() {
        String since = ChangeFeedWalk.since(stamps);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(training(wauWriter, "WAU").json().get("id").asString());
        }
        // as a record written before the feed existed: no stamp (more of them than one batch would be the same loop)
        mongo.getCollection(mongo.getCollectionName(GenderActivity.class))
                .updateMany(new org.bson.Document(), new org.bson.Document("$unset", new org.bson.Document("updatedAt", "")));
        assertThat(api.get("/api/v1/gender-activities?updatedSince=" + since, wauWriter).json().get("content")).isEmpty();

        upkeep.prepare();

        assertThat(mongo.getCollection(mongo.getCollectionName(GenderActivity.class))
                .countDocuments(new org.bson.Document("updatedAt", new org.bson.Document("$exists", false)))).isZero();
        assertThat(ChangeFeedWalk.ids(api.get("/api/v1/gender-activities?updatedSince=" + since, wauWriter), "id"))
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void refusedWithoutTokenOrRoleAndForBadParameters() {
        String feed = "/api/v1/gender-activities?updatedSince=2026-01-01T00:00:00Z";
        assertThat(api.get(feed, null).status()).isEqualTo(401);
        assertThat(api.get(feed, issuer.token("p", "HQ", "PERSONNEL_READ")).status()).isEqualTo(403);
        assertProblem(api.get("/api/v1/gender-activities?cursor=@@", wauWriter), 400).naming("cursor");
        assertProblem(api.get("/api/v1/gender-activities?updatedSince=soon", wauWriter), 400).naming("updatedSince");
    }
}
