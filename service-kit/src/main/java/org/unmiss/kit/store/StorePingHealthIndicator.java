package org.unmiss.kit.store;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Store health by {@code ping} on the service's own database. Boot's Mongo indicator sends
 * {@code hello} to the {@code local} database, which the embedded store does not serve; ping works
 * on both the embedded store and a real replica set.
 */
public class StorePingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public StorePingHealthIndicator(MongoTemplate mongo) {
        super("Store ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document reply = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", reply.get("ok"));
    }
}
