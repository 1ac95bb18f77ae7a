package org.unmiss.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The store keeps no oplog (it grew without bound, and counting it ran the store out of memory). */
class OplogTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsNoOplogAndDropsTheOneAnEarlierVersionKept() throws Exception {
        // the stock backend with the oplog on, as the store ran before
        MongoServer earlier = new MongoServer(new H2Backend(dataDir.resolve("store.mv").toString()));
        earlier.enableOplog();
        try (MongoClient client = MongoClients.create(earlier.bindAndGetConnectionString())) {
            for (int i = 0; i < 50; i++) {
                client.getDatabase("gender").getCollection("trainings").insertOne(new Document("_id", "TR-" + i));
            }
            assertThat(client.getDatabase("local").getCollection("oplog.rs").countDocuments()).isEqualTo(50);
        } finally {
            earlier.shutdown();
        }

        try (LocalStore store = LocalStore.start(new LocalStore.StoreOptions("127.0.0.1", 0, dataDir));
             MongoClient client = MongoClients.create(store.connectionString())) {
            client.getDatabase("gender").getCollection("trainings").insertOne(new Document("_id", "TR-new"));
            client.getDatabase("gender").getCollection("trainings").deleteOne(new Document("_id", "TR-0"));
            assertThat(client.getDatabase("local").getCollection("oplog.rs").countDocuments()).isZero();
            assertThat(client.getDatabase("gender").getCollection("trainings").countDocuments()).isEqualTo(50);
        }
    }
}
