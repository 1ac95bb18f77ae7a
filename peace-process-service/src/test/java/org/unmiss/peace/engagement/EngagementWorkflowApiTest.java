package org.unmiss.peace.engagement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.peace.support.PeaceApiTest;

import static org.assertj.core.api.Assertions.assertThat;

class EngagementWorkflowApiTest extends PeaceApiTest {

    @BeforeEach
    void empty() {
        clean("engagements");
    }

    @Test
    void draftSubmitApprovePublishThenReportingToolsAndPartnersSeeIt() {
        ApiResponse created = api().post("/api/v1/engagements", civilAffairs(), Engagements.report("MALAKAL"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(id).matches("ENG-2025-\\d{6}");
        assertThat(created.header("Location")).endsWith("/api/v1/engagements/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.json().get("author").asString()).isEqualTo("civil.affairs");

        ApiResponse submitted = send("POST", path(id, "submit"), civilAffairs(), null, created.header("ETag"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(api().get("/api/v1/engagements/" + id, partner()).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/engagements", reporting()).json().get("totalElements").asInt()).isZero();

        ApiResponse approved = send("POST", path(id, "approve"), approver(), "{\"comment\":\"Good report\"}", submitted.header("ETag"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        ApiResponse published = send("POST", path(id, "publish"), approver(), null, approved.header("ETag"));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(values(published.json().get("history"), "to"))
                .containsExactly("DRAFT", "PENDING_APPROVAL", "APPROVED", "PUBLISHED");
        assertThat(values(published.json().get("history"), "by"))
                .containsExactly("civil.affairs", "civil.affairs", "mission.admin", "mission.admin");

        for (String outsider : new String[]{partner(), reporting()}) {
            ApiResponse seen = api().get("/api/v1/engagements/" + id, outsider);
            assertThat(seen.status()).isEqualTo(200);
            assertThat(seen.json().get("keyOutcomes").asString()).contains("joint peace committee");
            assertThat(seen.json().has("missionParticipants")).isFalse();
            assertThat(seen.json().has("author")).isFalse();
            assertThat(seen.json().has("history")).isFalse();
            assertThat(api().get("/api/v1/engagements", outsider).json().get("totalElements").asInt()).isEqualTo(1);
        }
    }

    @Test
    void theAuthorCannotApproveOrRejectTheirOwnReport() {
        String authorApprover = issuer.token("civil.affairs", "HQ", "PEACE_READ", "PEACE_WRITE", "PEACE_APPROVE");
        ApiResponse pending = pending(authorApprover);
        ApiResponse approve = send("POST", path(id(pending), "approve"), authorApprover, null, pending.header("ETag"));
        assertProblem(approve, 403);
        assertThat(approve.json().get("detail").asString()).contains("another officer");
        assertProblem(send("POST", path(id(pending), "reject"), authorApprover, "{\"comment\":\"no\"}", pending.header("ETag")), 403);
        assertThat(api().get("/api/v1/engagements/" + id(pending), authorApprover).json().get("status").asString())
                .isEqualTo("PENDING_APPROVAL");
    }

    @Test
    void rejectingNeedsACommentAndSendsTheReportBackForRevision() {
        ApiResponse pending = pending(civilAffairs());
        assertBadRequest(send("POST", path(id(pending), "reject"), approver(), "{}", pending.header("ETag")), "comment");
        assertBadRequest(send("POST", path(id(pending), "reject"), approver(), "{\"comment\":\"  \"}", pending.header("ETag")), "comment");

        ApiResponse rejected = send("POST", path(id(pending), "reject"), approver(), "{\"comment\":\"Add the outcomes\"}", pending.header("ETag"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("rejectionComment").asString()).isEqualTo("Add the outcomes");

        ApiResponse revised = send("PUT", "/api/v1/engagements/" + id(pending), civilAffairs(),
                Engagements.report("MALAKAL", "2025-03-11", ""), rejected.header("ETag"));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("date").asString()).isEqualTo("2025-03-11");
        ApiResponse resubmitted = send("POST", path(id(pending), "submit"), civilAffairs(), null, revised.header("ETag"));
        assertThat(resubmitted.json().get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(resubmitted.json().has("rejectionComment")).isFalse();
    }

    @Test
    void cancellingNeedsAReasonFromTheList() {
        ApiResponse created = api().post("/api/v1/engagements", civilAffairs(), Engagements.report("JUBA"));
        String etag = created.header("ETag");
        assertBadRequest(send("POST", path(id(created), "cancel"), civilAffairs(), "{\"comment\":\"oops\"}", etag), "reason");
        assertBadRequest(send("POST", path(id(created), "cancel"), civilAffairs(), "{\"reason\":\"BORED\"}", etag), "reason");

        ApiResponse cancelled = send("POST", path(id(created), "cancel"), civilAffairs(), "{\"reason\":\"DUPLICATE_REPORT\"}", etag);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancellationReason").asString()).isEqualTo("DUPLICATE_REPORT");
        assertProblem(send("POST", path(id(created), "submit"), civilAffairs(), null, cancelled.header("ETag")), 409);
    }

    @Test
    void illegalTransitionsAreConflicts() {
        ApiResponse draft = api().post("/api/v1/engagements", civilAffairs(), Engagements.report("JUBA"));
        ApiResponse approveDraft = send("POST", path(id(draft), "approve"), approver(), null, draft.header("ETag"));
        assertProblem(approveDraft, 409);
        assertThat(approveDraft.json().get("detail").asString()).contains("DRAFT", "APPROVED");
        assertProblem(send("POST", path(id(draft), "publish"), approver(), null, draft.header("ETag")), 409);

        ApiResponse published = publishedReport();
        String etag = published.header("ETag");
        assertProblem(send("PUT", "/api/v1/engagements/" + id(published), civilAffairs(), Engagements.report("JUBA"), etag), 409);
        assertProblem(send("POST", path(id(published), "cancel"), civilAffairs(), "{\"reason\":\"ENTERED_IN_ERROR\"}", etag), 409);
        assertProblem(send("POST", path(id(published), "submit"), civilAffairs(), null, etag), 409);
        assertProblem(send("POST", path(id(published), "publish"), approver(), null, etag), 409);
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        ApiResponse draft = api().post("/api/v1/engagements", civilAffairs(), Engagements.report("JUBA"));
        assertProblem(send("POST", path(id(draft), "submit"), civilAffairs(), null, null), 428);
        assertProblem(send("PUT", "/api/v1/engagements/" + id(draft), civilAffairs(), Engagements.report("JUBA"), "\"7\""), 412);
        assertProblem(send("PUT", "/api/v1/engagements/" + id(draft), civilAffairs(), Engagements.report("JUBA"), "banana"), 412);
        ApiResponse first = send("PUT", "/api/v1/engagements/" + id(draft), civilAffairs(), Engagements.report("JUBA"), "\"0\"");
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        assertProblem(send("POST", path(id(draft), "submit"), civilAffairs(), null, "\"0\""), 412);
    }

    @Test
    void submittingNeedsAtmosphereAndKeyOutcomes() {
        String incomplete = Engagements.report("JUBA").replace("\"atmosphere\":\"POSITIVE\",", "")
                .replace("\"keyOutcomes\":\"Both sides agreed to a joint peace committee\",", "");
        ApiResponse draft = api().post("/api/v1/engagements", civilAffairs(), incomplete);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertBadRequest(send("POST", path(id(draft), "submit"), civilAffairs(), null, draft.header("ETag")),
                "atmosphere", "keyOutcomes");
    }

    @Test
    void fieldOfficeUsersSeeAndChangeOnlyTheirOffice() {
        String malakal = issuer.token("ca.malakal", "MALAKAL", "PEACE_READ", "PEACE_WRITE");
        ApiResponse own = api().post("/api/v1/engagements", malakal, Engagements.report("MALAKAL"));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        ApiResponse other = api().post("/api/v1/engagements", civilAffairs(), Engagements.report("BENTIU"));

        ApiResponse elsewhere = api().post("/api/v1/engagements", malakal, Engagements.report("BENTIU"));
        assertProblem(elsewhere, 403);
        // The office, not the caller's roles, refused the write, and the answer says so.
        assertThat(elsewhere.json().get("detail").asString()).isEqualTo("Engagements of field office BENTIU are outside your field office");
        assertThat(values(api().get("/api/v1/engagements", malakal).json().get("content"), "id")).containsExactly(id(own));
        assertProblem(api().get("/api/v1/engagements/" + id(other), malakal), 404);
        assertProblem(send("POST", path(id(other), "submit"), malakal, null, other.header("ETag")), 404);
        assertProblem(send("PUT", "/api/v1/engagements/" + id(own), malakal, Engagements.report("BENTIU"), own.header("ETag")), 403);

        String noOffice = issuer.tokenWithoutOffice("ca.nowhere", "PEACE_READ", "PEACE_WRITE");
        assertThat(api().get("/api/v1/engagements", noOffice).json().get("totalElements").asInt()).isZero();
        assertThat(api().get("/api/v1/engagements", civilAffairs()).json().get("totalElements").asInt()).isEqualTo(2);
    }

    @Test
    void listsFilterInTheStore() {
        api().post("/api/v1/engagements", civilAffairs(), Engagements.report("MALAKAL", "2024-05-02", ""));
        api().post("/api/v1/engagements", civilAffairs(), Engagements.report("JUBA", "2025-01-15", ""));
        publishedReport();
        ApiResponse drafts = api().get("/api/v1/engagements?status=DRAFT&sort=date,asc", civilAffairs());
        assertThat(values(drafts.json().get("content"), "date")).containsExactly("2024-05-02", "2025-01-15");
        assertThat(api().get("/api/v1/engagements?fieldOffice=MALAKAL", civilAffairs())
                .json().get("totalElements").asInt()).isEqualTo(2);
        assertThat(api().get("/api/v1/engagements?fieldOffice=MALAKAL&from=2025-01-01", civilAffairs())
                .json().get("totalElements").asInt()).isEqualTo(1);
        assertThat(api().get("/api/v1/engagements?interlocutorType=WOMEN&chapter=V&to=2024-12-31", civilAffairs())
                .json().get("totalElements").asInt()).isEqualTo(1);
        assertThat(api().get("/api/v1/engagements?interlocutorType=MILITARY", civilAffairs())
                .json().get("totalElements").asInt()).isZero();
        ApiResponse page = api().get("/api/v1/engagements?size=2&page=1", civilAffairs());
        assertThat(page.json().get("content").size()).isEqualTo(1);
        assertThat(page.json().get("totalPages").asInt()).isEqualTo(2);
        assertBadRequest(api().get("/api/v1/engagements?sort=purpose", civilAffairs()), "sort");
        assertBadRequest(api().get("/api/v1/engagements?size=500", civilAffairs()), "size");
        assertBadRequest(api().get("/api/v1/engagements?status=DONE", civilAffairs()), "status");
    }

    private ApiResponse pending(String author) {
        ApiResponse created = api().post("/api/v1/engagements", author, Engagements.report("MALAKAL"));
        return send("POST", path(id(created), "submit"), author, null, created.header("ETag"));
    }

    private ApiResponse publishedReport() {
        ApiResponse pending = pending(civilAffairs());
        ApiResponse approved = send("POST", path(id(pending), "approve"), approver(), null, pending.header("ETag"));
        return send("POST", path(id(pending), "publish"), approver(), null, approved.header("ETag"));
    }

    static String id(ApiResponse response) {
        return response.json().get("id").asString();
    }

    static String path(String id, String action) {
        return "/api/v1/engagements/" + id + "/" + action;
    }
}
