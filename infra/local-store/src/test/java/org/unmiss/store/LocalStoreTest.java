package org.unmiss.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.MongoWriteException;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store as services use it: through the real MongoDB driver, over the wire protocol. */
class LocalStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAcrossRestarts() throws Exception {
        LocalStore.StoreOptions options = new LocalStore.StoreOptions("127.0.0.1", 0, dataDir);
        try (LocalStore store = LocalStore.start(options); MongoClient client = MongoClients.create(store.connectionString())) {
            client.getDatabase("personnel").getCollection("field_offices")
                    .insertOne(new Document("_id", "MALAKAL").append("name", "Malakal"));
        }
        try (LocalStore store = LocalStore.start(options); MongoClient client = MongoClients.create(store.connectionString())) {
            Document found = client.getDatabase("personnel").getCollection("field_offices")
                    .find(new Document("_id", "MALAKAL")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Malakal");
        }
    }

    @Test
    void enforcesUniqueIndexesAndAnswersPing() throws Exception {
        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, null));
             MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(client.getDatabase("any").runCommand(new Document("ping", 1)).get("ok")).isIn(1, 1.0);
            MongoCollection<Document> people = client.getDatabase("personnel").getCollection("people");
            people.createIndex(Indexes.ascending("indexNumber"), new IndexOptions().unique(true));
            people.insertOne(new Document("indexNumber", "UN-0001"));
            assertThatThrownBy(() -> people.insertOne(new Document("indexNumber", "UN-0001")))
                    .isInstanceOf(MongoWriteException.class);
        }
    }

    @Test
    void parsesOptionsFromArgumentsOverEnvironment() {
        LocalStore.StoreOptions options = LocalStore.StoreOptions.parse(
                new String[]{"--port=28017", "--data-dir=/tmp/x"}, Map.of("STORE_PORT", "1", "STORE_HOST", "0.0.0.0"));
        assertThat(options.port()).isEqualTo(28017);
        assertThat(options.host()).isEqualTo("0.0.0.0");
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThatThrownBy(() -> LocalStore.StoreOptions.parse(new String[]{"--prot=1"}, Map.of()))
                .hasMessageContaining("unknown option --prot=1");
    }
}
