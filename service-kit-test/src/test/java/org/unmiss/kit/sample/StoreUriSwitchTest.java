package org.unmiss.kit.sample;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.EmbeddedStore;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code -Dstore.uri=mongodb://...} runs a service's integration tests against that MongoDB instead
 * of the shared embedded store: the context's connection string is the given one, and what the
 * service writes lands there. A separately started store stands in for a site's replica set.
 */
@ServiceTest
// A context of its own: one cached from another test would point at the shared embedded store.
@TestPropertySource(properties = "unmiss.test.context=store-uri-switch")
class StoreUriSwitchTest {

    private static final EmbeddedStore siteStore = EmbeddedStore.start();

    static {
        // What -Dstore.uri=... on the Maven command line becomes in the test JVM.
        System.setProperty(EmbeddedStore.URI_PROPERTY, siteStore.connectionString());
    }

    @Autowired
    Environment environment;

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @AfterAll
    static void clearSwitch() {
        System.clearProperty(EmbeddedStore.URI_PROPERTY);
        siteStore.close();
    }

    @Test
    void theTestContextUsesTheGivenStore() {
        assertThat(environment.getProperty("spring.mongodb.uri")).isEqualTo(siteStore.connectionString());

        String name = "switch-" + UUID.randomUUID();
        ApiResponse created = api.post("/api/v1/widgets", issuer.token("writer", "HQ", "WIDGET_WRITE"),
                "{\"name\":\"" + name + "\",\"count\":1,\"colour\":\"BLUE\",\"fieldOffice\":\"BOR\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        try (MongoClient site = MongoClients.create(siteStore.connectionString())) {
            assertThat(site.getDatabase("sample").getCollection("widgets").countDocuments(new Document("name", name)))
                    .isEqualTo(1);
        }
    }

    @Test
    void anythingButAMongoDbConnectionStringIsRefused() {
        assertThatThrownBy(() -> EmbeddedStore.connectionStringFor("localhost:27017", () -> siteStore))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("store.uri");
        assertThat(EmbeddedStore.connectionStringFor(" ", () -> siteStore)).isEqualTo(siteStore.connectionString());
    }
}
