package org.unmiss.humanrights.hrcase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ChangeFeedWalk;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.humanrights.HrFixtures.caseBody;
import static org.unmiss.humanrights.HrFixtures.create;
import static org.unmiss.humanrights.HrFixtures.officer;
import static org.unmiss.humanrights.HrFixtures.senior;
import static org.unmiss.humanrights.HrFixtures.transition;
import static org.unmiss.humanrights.HrFixtures.uniqueName;
import static org.unmiss.kit.testing.ProblemAssert.assertProblem;

/** The case list's change feed (ADR 70): the list's office scope and withheld fields, exactly; through the real API and store. */
@ServiceTest
class CaseFeedTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;
    @Autowired
    org.unmiss.kit.feed.ChangeStamps stamps;

    @Test
    void anOfficeFollowsItsOwnCasesOnceEachAndSeesAChangedOneAgain() {
        String since = ChangeFeedWalk.since(stamps);
        List<String> malakal = new ArrayList<>();
        List<String> etags = new ArrayList<>();
        String victim = uniqueName();
        for (int i = 0; i < 3; i++) {
            ApiResponse created = create(api, officer(issuer), caseBody("MALAKAL", "2026-03-1" + i, victim));
            malakal.add(created.json().get("reference").asString());
            etags.add(created.header("ETag"));
        }
        String juba = create(api, senior(issuer), caseBody("JUBA", "2026-03-12", uniqueName())).json().get("reference").asString();

        ChangeFeedWalk feed = ChangeFeedWalk.by(api, officer(issuer));
        ApiResponse first = feed.page("/api/v1/hr-cases?size=2&updatedSince=" + since);
        assertThat(ChangeFeedWalk.ids(first, "reference")).containsExactly(malakal.get(0), malakal.get(1));
        assertThat(first.header("Cache-Control")).contains("no-store");
        assertThat(first.body()).doesNotContain(victim);

        assertThat(transition(api, officer(issuer), malakal.get(0), etags.get(0), "{\"to\": \"UNDER_INVESTIGATION\"}").status())
                .isEqualTo(200);
        assertThat(feed.followToTheEnd("reference")).containsExactly(malakal.get(2), malakal.get(0));
        assertThat(feed.seen("reference")).doesNotContain(juba);

        // headquarters sees both offices' changes
        ApiResponse all = api.get("/api/v1/hr-cases?size=200&updatedSince=" + since, senior(issuer));
        assertThat(ChangeFeedWalk.ids(all, "reference")).containsExactly(malakal.get(1), malakal.get(2), juba, malakal.get(0));
    }

    @Test
    void aFeedPageShowsEachCaseAsTheListDoes() {
        String since = ChangeFeedWalk.since(stamps);
        String reference = create(api, officer(issuer), caseBody("MALAKAL", "2026-02-02", uniqueName())).json().get("reference").asString();
        for (String token : List.of(officer(issuer), senior(issuer))) {
            JsonNode listed = api.get("/api/v1/hr-cases?fieldOffice=MALAKAL&occurredFrom=2026-02-02&occurredTo=2026-02-02&size=200", token)
                    .json().get("content");
            JsonNode fed = api.get("/api/v1/hr-cases?fieldOffice=MALAKAL&updatedSince=" + since, token).json().get("content");
            assertThat(fed.findValuesAsString("reference")).containsExactly(reference);
            JsonNode same = null;
            for (JsonNode c : listed) {
                if (c.get("reference").asString().equals(reference)) {
                    same = c;
                }
            }
            assertThat(fed.get(0)).isEqualTo(same);
        }
    }

    @Test
    void noTokenWrongRoleAndBadParametersAreRefused() {
        String feed = "/api/v1/hr-cases?updatedSince=2026-01-01T00:00:00Z";
        assertThat(api.get(feed, null).status()).isEqualTo(401);
        assertThat(api.get(feed, issuer.token("g", "HQ", "GENDER_READ")).status()).isEqualTo(403);
        assertProblem(api.get("/api/v1/hr-cases?cursor=MTIzfHN8", officer(issuer)), 400).naming("cursor");
        assertProblem(api.get("/api/v1/hr-cases?updatedSince=2026-01-01", officer(issuer)), 400).naming("updatedSince");
    }
}
