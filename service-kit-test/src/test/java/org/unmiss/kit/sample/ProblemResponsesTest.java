package org.unmiss.kit.sample;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.unmiss.kit.store.StorePingHealthIndicator;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error path a service can take answers RFC 9457 problem+json with our type and the correlation id. */
@ServiceTest
class ProblemResponsesTest {

    private static final String WIDGETS = "/api/v1/widgets";

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    ApplicationContext context;

    String writer;
    String reader;

    @BeforeEach
    void setUp() {
        writer = issuer.token("writer", "MALAKAL", "WIDGET_WRITE", "WIDGET_READ");
        reader = issuer.token("reader", "HQ", "WIDGET_READ");
    }

    private String widget(String name) {
        return "{\"name\":\"" + name + "\",\"count\":1,\"colour\":\"RED\",\"fieldOffice\":\"MALAKAL\"}";
    }

    private static JsonNode problem(ApiResponse response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.has("type")).as(response.body()).isTrue();
        assertThat(body.get("type").asString()).isEqualTo("urn:unmiss:problem:" + type);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(body.get("correlationId")).as(response.body()).isNotNull();
        assertThat(body.get("correlationId").asString()).isEqualTo(response.header("X-Request-Id"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        return body;
    }

    @Test
    void namesEachInvalidField() {
        JsonNode body = problem(api.post(WIDGETS, writer, "{\"name\":\" \",\"count\":-1,\"colour\":\"RED\",\"fieldOffice\":\"MALAKAL\"}"),
                400, "validation-failed");
        assertThat(body.get("errors").findValuesAsString("field")).containsExactly("count", "name");
        assertThat(body.get("errors").get(0).get("reason").asString()).contains("greater than or equal to 0");
        assertThat(body.get("instance").asString()).isEqualTo(WIDGETS);
    }

    @Test
    void explainsUnreadableJson() {
        assertThat(problem(api.post(WIDGETS, writer, "{\"name\": \"x\""), 400, "malformed-request")
                .get("detail").asString()).contains("not well-formed JSON");
        JsonNode wrongType = problem(api.post(WIDGETS, writer, "{\"name\":\"x\",\"count\":\"many\",\"colour\":\"RED\",\"fieldOffice\":\"JUBA\"}"),
                400, "validation-failed");
        assertThat(wrongType.get("errors").get(0).get("field").asString()).isEqualTo("count");
        assertThat(wrongType.get("errors").get(0).get("reason").asString()).isEqualTo("must be a whole number");
        JsonNode unknownEnum = problem(api.post(WIDGETS, writer, "{\"name\":\"x\",\"count\":1,\"colour\":\"PURPLE\",\"fieldOffice\":\"JUBA\"}"),
                400, "validation-failed");
        assertThat(unknownEnum.get("errors").get(0).get("field").asString()).isEqualTo("colour");
        assertThat(unknownEnum.get("errors").get(0).get("reason").asString()).isEqualTo("must be one of [RED, BLUE]");
        JsonNode unknownField = problem(api.post(WIDGETS, writer, "{\"name\":\"x\",\"count\":1,\"colour\":\"RED\",\"fieldOffice\":\"JUBA\",\"shape\":\"round\"}"),
                400, "validation-failed");
        assertThat(unknownField.get("errors").get(0).get("field").asString()).isEqualTo("shape");
        JsonNode nullPrimitive = problem(api.post(WIDGETS, writer, "{\"name\":\"x\",\"count\":null,\"colour\":\"RED\",\"fieldOffice\":\"JUBA\"}"),
                400, "validation-failed");
        assertThat(nullPrimitive.get("errors").get(0).get("field").asString()).isEqualTo("count");
        problem(api.post(WIDGETS, writer, null), 400, "malformed-request");
    }

    @Test
    void namesBadQueryParameters() {
        JsonNode typed = problem(api.get(WIDGETS + "?limit=lots", reader), 400, "validation-failed");
        assertThat(typed.get("errors").get(0).get("field").asString()).isEqualTo("limit");
        JsonNode tooMany = problem(api.get(WIDGETS + "?limit=1000", reader), 400, "validation-failed");
        assertThat(tooMany.get("errors").get(0).get("field").asString()).isEqualTo("limit");
    }

    @Test
    void answersNotFoundDuplicatesAndVersionConflicts() {
        problem(api.get(WIDGETS + "/nothing-here", reader), 404, "not-found");

        String name = "w-" + UUID.randomUUID();
        ApiResponse created = api.post(WIDGETS, writer, widget(name));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        String id = created.json().get("id").asString();

        assertThat(problem(api.post(WIDGETS, writer, widget(name)), 409, "duplicate").get("detail").asString())
                .contains("name");

        String path = WIDGETS + "/" + id;
        problem(api.send("PUT", path, writer, widget(name), Map.of()), 428, "precondition-required");
        problem(api.send("PUT", path, writer, widget(name), Map.of("If-Match", "yesterday")), 412, "stale-version");
        ApiResponse updated = api.send("PUT", path, writer, widget(name + "-2"), Map.of("If-Match", "\"0\""));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        problem(api.send("PUT", path, writer, widget(name + "-3"), Map.of("If-Match", "\"0\"")), 412, "stale-version");
        assertThat(api.get(path, reader).json().get("name").asString()).isEqualTo(name + "-2");
    }

    @Test
    void answersProtocolErrors() {
        problem(api.send("POST", WIDGETS, writer, "name=x", Map.of("Content-Type", "text/plain")), 415, "unsupported-media-type");
        problem(api.send("DELETE", WIDGETS, writer, null, Map.of()), 405, "method-not-allowed");
        problem(api.get("/api/v1/nowhere", reader), 404, "not-found");
    }

    @Test
    void hidesUnexpectedFailures() {
        JsonNode body = problem(api.get(WIDGETS + "/failure", reader), 500, "internal-error");
        assertThat(body.get("detail").asString()).doesNotContain("internal detail");
    }

    @Test
    void refusesMissingForgedAndUnderprivilegedTokens() {
        ApiResponse anonymous = api.get(WIDGETS, null);
        problem(anonymous, 401, "unauthenticated");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        problem(api.get(WIDGETS, issuer.forgedToken("x", "HQ", "WIDGET_READ")), 401, "unauthenticated");
        problem(api.get(WIDGETS, issuer.expiredToken("x", "HQ", "WIDGET_READ")), 401, "unauthenticated");
        problem(api.get(WIDGETS, issuer.hs256Token("x", "HQ", "WIDGET_READ")), 401, "unauthenticated");
        problem(api.get(WIDGETS, issuer.tokenWithAudience("account", "x", "HQ", "WIDGET_READ")), 401, "unauthenticated");
        problem(api.get(WIDGETS, "not.a.jwt"), 401, "unauthenticated");
        problem(api.post(WIDGETS, reader, widget("r-" + UUID.randomUUID())), 403, "forbidden");
    }

    @Test
    void confinesFieldOfficeUsersToTheirOffice() {
        String juba = issuer.token("juba.writer", "JUBA", "WIDGET_WRITE", "WIDGET_READ");
        problem(api.post(WIDGETS, juba, widget("j-" + UUID.randomUUID())), 403, "forbidden");
        String noOffice = issuer.tokenWithoutOffice("nobody", "WIDGET_WRITE", "WIDGET_READ");
        problem(api.post(WIDGETS, noOffice, widget("n-" + UUID.randomUUID())), 403, "forbidden");

        String id = api.post(WIDGETS, writer, widget("m-" + UUID.randomUUID())).json().get("id").asString();
        assertThat(api.get(WIDGETS + "/" + id, reader).status()).as("HQ sees every office").isEqualTo(200);
        problem(api.get(WIDGETS + "/" + id, juba), 404, "not-found");
    }

    @Test
    void carriesTheCorrelationIdThrough() {
        ApiResponse kept = api.send("GET", WIDGETS + "/nothing-here", reader, null, Map.of("X-Request-Id", "trace-42.a_b"));
        assertThat(kept.header("X-Request-Id")).isEqualTo("trace-42.a_b");
        assertThat(kept.json().get("correlationId").asString()).isEqualTo("trace-42.a_b");
        ApiResponse replaced = api.send("GET", WIDGETS, reader, null, Map.of("X-Request-Id", "bad id <script>"));
        assertThat(replaced.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void reportsStoreHealthByPing() {
        ApiResponse health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        ApiResponse store = api.get("/actuator/health/mongo", reader);
        assertThat(store.status()).isEqualTo(200);
        assertThat(store.json().get("status").asString()).isEqualTo("UP");
        assertThat(context.getBean("mongoHealthIndicator"))
                .as("Boot's hello-based check, which the embedded store cannot answer, is replaced")
                .isInstanceOf(StorePingHealthIndicator.class);
    }

    @Test
    void documentsBearerSecurityInOpenApi() {
        JsonNode doc = api.get("/v3/api-docs", null).json();
        assertThat(doc.at("/components/securitySchemes/bearer-jwt/scheme").asString()).isEqualTo("bearer");
        assertThat(doc.at("/security/0").has("bearer-jwt")).isTrue();
        assertThat(doc.at("/info/title").asString()).isEqualTo("Sample API");
        assertThat(doc.at("/servers/0/url").asString()).isEqualTo("/");
        assertThat(doc.at("/paths/~1api~1v1~1widgets~1{id}/put/responses/428/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(doc.at("/components/schemas/Problem/properties/correlationId").isMissingNode()).isFalse();
        assertThat(doc.at("/paths/~1api~1v1~1widgets/post/responses/413/content/application~1problem+json/schema/$ref").asString())
                .as("bodies have a size limit").isEqualTo("#/components/schemas/Problem");
        assertThat(doc.at("/paths/~1api~1v1~1widgets/get/responses/413").isMissingNode()).as("no body, no 413").isTrue();
    }

    @Test
    void documentsWhatGeneratedClientsRelyOn() {
        JsonNode doc = api.get("/v3/api-docs", null).json();
        JsonNode widgets = doc.at("/paths/~1api~1v1~1widgets");
        JsonNode widget = doc.at("/paths/~1api~1v1~1widgets~1{id}");
        assertThat(widgets.at("/post/operationId").asString()).as("tag (springdoc's default, the controller's) and method name, no _1")
                .isEqualTo("widgetControllerCreate");
        assertThat(widget.at("/get/operationId").asString()).isEqualTo("widgetControllerGet");
        assertThat(widgets.at("/post/responses/200").isMissingNode()).as("a create answers 201, not 200").isTrue();
        assertThat(widgets.at("/post/responses/201/headers/Location").isMissingNode()).isFalse();
        assertThat(widget.at("/put/responses/200/headers/ETag").isMissingNode()).as("built with eTag(..)").isFalse();
        assertThat(widget.at("/get/responses/304").isMissingNode()).as("this GET sends no ETag, so no 304").isTrue();
        assertThat(widgets.at("/get/responses/429/headers/Retry-After").isMissingNode()).isFalse();
        assertThat(widgets.at("/get/responses/406").isMissingNode()).isFalse();
        assertThat(widgets.at("/post/responses/415").isMissingNode()).isFalse();
        assertThat(widgets.at("/get/responses/200/headers/X-Request-Id").isMissingNode()).isFalse();
        assertThat(widgets.at("/get/security/0/bearer-jwt/0").asString()).as("the role @PreAuthorize demands")
                .isEqualTo("WIDGET_READ");
        assertThat(doc.at("/components/securitySchemes/keycloak/flows/authorizationCode/authorizationUrl").asString())
                .endsWith("/realms/unmiss/protocol/openid-connect/auth");
        assertThat(doc.at("/components/securitySchemes/keycloak/flows/clientCredentials/tokenUrl").asString())
                .endsWith("/realms/unmiss/protocol/openid-connect/token");
        JsonNode answer = doc.at("/components/schemas/WidgetResponse");
        assertThat(answer.at("/required").toString()).as("an answer writes every component")
                .contains("\"id\"", "\"count\"", "\"colour\"");
        assertThat(answer.at("/properties/name/type").toString()).as("a String may be null").contains("null");
        assertThat(answer.at("/properties/count/type").toString()).as("an int never is").doesNotContain("null");
        assertThat(answer.at("/properties/colour/anyOf/0/$ref").asString()).as("enums are named schemas")
                .isEqualTo("#/components/schemas/Colour");
        JsonNode request = doc.at("/components/schemas/WidgetRequest");
        assertThat(request.at("/required").toString()).as("a request requires only what it validates")
                .contains("\"name\"").doesNotContain("madeOn");
    }
}
