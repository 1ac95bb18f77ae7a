package org.unmiss.kit.sample;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.sample.widget.domain.Colour;
import org.unmiss.kit.sample.widget.domain.Widget;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's one way for field-office scope and list parameters, over real HTTP: a write outside the caller's
 * office is a 403 that keeps its reason, a missing role keeps the fixed sentence, and a list shows headquarters
 * everything, an office itself, and a token without an office nothing.
 */
@ServiceTest
class FieldOfficeScopeTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void widgets() {
        // Offices no other sample test uses, so the lists below see only these widgets.
        mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("fieldOffice").in("KUAJOK", "RUMBEK")), Widget.class);
        mongo.insert(new Widget(null, "scope-a", 1, Colour.values()[0], null, "KUAJOK", null));
        mongo.insert(new Widget(null, "scope-b", 2, Colour.values()[0], null, "RUMBEK", null));
        mongo.insert(new Widget(null, "scope-c", 3, Colour.values()[0], null, "KUAJOK", null));
    }

    private static String widget(String name, String office) {
        return "{\"name\":\"" + name + "\",\"count\":1,\"colour\":\"" + Colour.values()[0] + "\",\"fieldOffice\":\"" + office + "\"}";
    }

    @Test
    void aWriteOutsideTheOfficeIsRefusedWithItsReason() {
        ApiResponse refused = api.post("/api/v1/widgets/guarded", issuer.token("juba.writer", "JUBA", "WIDGET_WRITE"),
                widget("guarded-1", "BOR"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).isEqualTo("Widgets of field office BOR are outside your field office");

        ApiResponse noRole = api.post("/api/v1/widgets/guarded", issuer.token("juba.reader", "JUBA", "WIDGET_READ"),
                widget("guarded-2", "JUBA"));
        assertThat(noRole.status()).isEqualTo(403);
        assertThat(noRole.json().get("detail").asString()).isEqualTo("Your roles do not allow this request");

        ApiResponse own = api.post("/api/v1/widgets/guarded", issuer.token("juba.writer", "JUBA", "WIDGET_WRITE"),
                widget("guarded-3", "JUBA"));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
    }

    @Test
    void listsAreRestrictedToTheCallersScope() {
        assertThat(names("size=200", issuer.token("hq", "HQ", "WIDGET_READ"))).contains("scope-a", "scope-b", "scope-c");
        assertThat(names("fieldOffice=RUMBEK", issuer.token("hq", "HQ", "WIDGET_READ"))).containsExactly("scope-b");
        assertThat(names("", issuer.token("kuajok", "KUAJOK", "WIDGET_READ"))).containsExactly("scope-a", "scope-c");
        assertThat(names("fieldOffice=KUAJOK", issuer.token("kuajok", "KUAJOK", "WIDGET_READ"))).containsExactly("scope-a", "scope-c");
        assertThat(names("fieldOffice=RUMBEK", issuer.token("kuajok", "KUAJOK", "WIDGET_READ"))).isEmpty();
        assertThat(names("", issuer.tokenWithoutOffice("nobody", "WIDGET_READ"))).isEmpty();
    }

    @Test
    void listParametersHaveOneDefaultAndNameTheBadOne() {
        ApiResponse page = api.get("/api/v1/widgets/scoped?sort=count,desc", issuer.token("kuajok", "KUAJOK", "WIDGET_READ"));
        assertThat(page.json().get("size").asInt()).isEqualTo(50);
        assertThat(page.json().get("content").get(0).get("name").asString()).isEqualTo("scope-c");

        ApiResponse mistyped = api.get("/api/v1/widgets/scoped?size=many", issuer.token("hq", "HQ", "WIDGET_READ"));
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.json().get("detail").asString()).isEqualTo("size must be a whole number");
        assertThat(mistyped.json().get("errors").get(0).get("field").asString()).isEqualTo("size");

        ApiResponse badSort = api.get("/api/v1/widgets/scoped?sort=colour", issuer.token("hq", "HQ", "WIDGET_READ"));
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
    }

    private java.util.List<String> names(String query, String token) {
        ApiResponse page = api.get("/api/v1/widgets/scoped?" + query, token);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        java.util.List<String> names = new java.util.ArrayList<>();
        page.json().get("content").forEach(w -> names.add(w.get("name").asString()));
        return names;
    }
}
