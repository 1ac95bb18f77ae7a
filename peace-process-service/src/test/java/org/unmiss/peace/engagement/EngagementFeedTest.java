package org.unmiss.peace.engagement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ChangeFeedWalk;
import org.unmiss.peace.support.PeaceApiTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engagements list's change feed (ADR 70): the list's scope and visible statuses, through the real API and store. */
class EngagementFeedTest extends PeaceApiTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.unmiss.kit.feed.ChangeStamps stamps;

    @BeforeEach
    void empty() {
        clean("engagements");
    }

    private ApiResponse draft(String office) {
        ApiResponse created = api().post("/api/v1/engagements", civilAffairs(), Engagements.report(office));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    @Test
    void reportsComeInChangeOrderOnceEachAndASubmittedOneComesAgain() {
        String since = ChangeFeedWalk.since(stamps);
        List<ApiResponse> drafts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            drafts.add(draft("MALAKAL"));
        }
        List<String> ids = drafts.stream().map(d -> d.json().get("id").asString()).toList();
        String bentiu = draft("BENTIU").json().get("id").asString();

        ChangeFeedWalk feed = ChangeFeedWalk.by(api(), civilAffairs());
        ApiResponse first = feed.page("/api/v1/engagements?fieldOffice=MALAKAL&size=2&updatedSince=" + since);
        assertThat(ChangeFeedWalk.ids(first, "id")).containsExactly(ids.get(0), ids.get(1));
        assertThat(send("POST", "/api/v1/engagements/" + ids.get(0) + "/submit", civilAffairs(), null, drafts.get(0).header("ETag"))
                .status()).isEqualTo(200);
        assertThat(feed.followToTheEnd("id")).containsExactly(ids.get(2), ids.get(0));
        assertThat(feed.seen("id")).doesNotContain(bentiu);

        String bentiuReader = issuer.token("civil.affairs.bentiu", "BENTIU", "PEACE_READ");
        assertThat(ChangeFeedWalk.ids(api().get("/api/v1/engagements?updatedSince=" + since, bentiuReader), "id"))
                .containsExactly(bentiu);
    }

    @Test
    void aPartnerSeesAReportInTheFeedWhenItIsPublishedAndNotBefore() {
        ApiResponse created = draft("JUBA");
        String id = created.json().get("id").asString();
        String since = ChangeFeedWalk.since(stamps);
        String feed = "/api/v1/engagements?updatedSince=" + since;
        assertThat(api().get(feed, partner()).json().get("content")).isEmpty();
        ApiResponse pending = send("POST", "/api/v1/engagements/" + id + "/submit", civilAffairs(), null, created.header("ETag"));
        ApiResponse approved = send("POST", "/api/v1/engagements/" + id + "/approve", approver(), null, pending.header("ETag"));
        assertThat(api().get(feed, partner()).json().get("content")).isEmpty();
        assertThat(send("POST", "/api/v1/engagements/" + id + "/publish", approver(), null, approved.header("ETag")).status())
                .isEqualTo(200);
        assertThat(ChangeFeedWalk.ids(api().get(feed, partner()), "id")).containsExactly(id);
    }

    @Test
    void refusedWithoutTokenOrRoleAndForBadParameters() {
        String feed = "/api/v1/engagements?updatedSince=2026-01-01T00:00:00Z";
        assertThat(api().get(feed, null).status()).isEqualTo(401);
        assertThat(api().get(feed, issuer.token("p", "HQ", "PERSONNEL_READ")).status()).isEqualTo(403);
        assertBadRequest(api().get("/api/v1/engagements?cursor=MXxzfA", civilAffairs()), "cursor");
        assertBadRequest(api().get("/api/v1/engagements?updatedSince=2026-01-01T00:00:00Z&sort=date", civilAffairs()), "sort");
    }
}
