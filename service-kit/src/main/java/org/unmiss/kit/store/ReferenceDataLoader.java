package org.unmiss.kit.store;

import org.bson.Document;
import org.unmiss.kit.feed.ChangeStamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads a service's reference data on start: each {@code classpath:reference-data/<collection>.json}
 * (a JSON array in MongoDB extended JSON) is inserted into {@code <collection>} when that collection
 * is empty. A fresh platform thus starts with its vocabularies, while data changed in a running
 * mission is never overwritten by a restart.
 */
public class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
    static final String LOCATION = "classpath*:reference-data/*.json";

    private final MongoTemplate mongo;
    private final ChangeStamps stamps;

    public ReferenceDataLoader(MongoTemplate mongo, ChangeStamps stamps) {
        this.mongo = mongo;
        this.stamps = stamps;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            String collection = resource.getFilename().substring(0, resource.getFilename().length() - ".json".length());
            if (mongo.getCollection(collection).estimatedDocumentCount() > 0) {
                continue;
            }
            List<Document> documents = parse(resource);
            java.util.Date stamp = stamps.next(); // one for the collection: a stamp per record would run ahead of the clock
            documents.forEach(document -> document.put(ChangeStamps.FIELD, stamp));
            mongo.getCollection(collection).insertMany(documents);
            log.info("Loaded {} reference records into {}", documents.size(), collection);
        }
    }

    private static List<Document> parse(Resource resource) {
        try {
            String array = resource.getContentAsString(StandardCharsets.UTF_8);
            return Document.parse("{\"records\": " + array + "}").getList("records", Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
