package org.unmiss.store.bson;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.stream.Stream;

/**
 * The H2 backend's collection, handing out copies of its documents instead of the objects inside the map.
 * mongo-java-server updates a matched document in place and replies with that same object after the
 * collection's lock is released; with the stock H2 collection that object is the one in MVStore's map (and
 * page cache), so a concurrent {@code $inc} could change it before the first reply was encoded, and two
 * callers of {@code findOneAndUpdate} were handed the same counter value. With copies, what a reply holds
 * is its own, and the map is changed only by {@code put}.
 */
final class BsonCollection extends H2Collection {

    private final MVMap<Object, Document> documents;

    BsonCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                   MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collectionName, options, documents, meta, cursors);
        this.documents = documents;
    }

    @Override
    protected Document getDocument(Object position) {
        Document stored = documents.get(position);
        return stored == null ? null : stored.cloneDeeply();
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return documents.entrySet().stream()
                .map(entry -> new DocumentWithPosition<>(entry.getValue().cloneDeeply(), entry.getKey()));
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        Stream<Document> stream;
        if (isNaturalDescending(orderBy)) {
            stream = documents.keySet().stream()
                    .sorted(ValueComparator.desc())
                    .map(this::getDocument);
        } else {
            stream = documents.values().stream().map(Document::cloneDeeply);
        }
        return matchDocumentsFromStream(stream, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
}
