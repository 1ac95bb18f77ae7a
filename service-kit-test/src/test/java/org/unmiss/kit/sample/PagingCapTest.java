package org.unmiss.kit.sample;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.sample.widget.domain.Widget;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A page may start at most 1,000,000 records in; deeper (or overflowing) pages are a 400 naming page. */
@ServiceTest
class PagingCapTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    private ApiResponse page(String query) {
        return api.get("/api/v1/widgets/pages?" + query, issuer.token("pager", "HQ", "WIDGET_READ"));
    }

    private static void refusedPage(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
        assertThat(response.json().get("errors").get(0).get("reason").asString()).contains("1000000");
    }

    @Test
    void refusesPagesPastTheCap() {
        assertThat(page("page=5000&size=200").status()).as("offset exactly 1,000,000").isEqualTo(200);
        refusedPage(page("page=5001&size=200"));
        refusedPage(page("page=1000001&size=1"));
    }

    @Test
    void refusesPagesWhoseOffsetWouldOverflow() {
        // 2147483647 * 200 wraps round in int arithmetic; it must be refused, not turned into some other page.
        refusedPage(page("page=2147483647&size=200"));
        refusedPage(page("page=21474837&size=100"));
    }

    @Test
    void listQueryRefusesADeepPageHoweverItWasBuilt() {
        assertThatThrownBy(() -> ListQuery.all().page(mongo, PageRequest.of(10_737_419, 200), Widget.class))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("page");
    }
}
