package org.unmiss.peace.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ProblemAssert;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One application context for the service's API tests, with personnel-service played by {@link PersonnelStub}. */
@ServiceTest
public abstract class PeaceApiTest {

    @Autowired
    private ApiClient api;

    @Autowired
    protected TestIssuer issuer;

    @Autowired
    protected MongoTemplate mongo;

    @DynamicPropertySource
    static void personnel(DynamicPropertyRegistry registry) {
        registry.add("unmiss.clients.personnel.url", PersonnelStub::url);
    }

    protected ApiClient api() {
        return api;
    }

    protected String civilAffairs() {
        return issuer.token("civil.affairs", "HQ", "PEACE_READ", "PEACE_WRITE", "GENDER_READ");
    }

    protected String secondCivilAffairs() {
        return issuer.token("civil.affairs.two", "HQ", "PEACE_READ", "PEACE_WRITE");
    }

    protected String approver() {
        return issuer.token("mission.admin", "HQ", "MISSION_ADMIN", "PEACE_READ", "PEACE_APPROVE");
    }

    protected String reporting() {
        return issuer.token("service-account-reporting-tools", "HQ", "REPORTING");
    }

    protected String partner() {
        return issuer.token("service-account-partner-agency", "HQ", "PARTNER");
    }

    protected void clean(String... collections) {
        for (String collection : collections) {
            mongo.remove(new org.springframework.data.mongodb.core.query.Query(), collection);
        }
    }

    protected ApiResponse send(String method, String path, String token, String body, String ifMatch) {
        return api().send(method, path, token, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    /** A 400 problem naming exactly these fields (the kit's problem assertion). */
    public static void assertBadRequest(ApiResponse response, String... fields) {
        ProblemAssert.assertProblem(response, 400).naming(fields);
    }

    public static void assertProblem(ApiResponse response, int status) {
        ProblemAssert.assertProblem(response, status);
    }

    public static List<String> values(JsonNode array, String field) {
        return array.valueStream().map(node -> node.get(field).asString()).toList();
    }
}
