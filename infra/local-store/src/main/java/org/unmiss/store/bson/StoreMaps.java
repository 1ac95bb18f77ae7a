package org.unmiss.store.bson;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Names and types of the MVStore maps behind the server's databases. The names are the ones
 * mongo-java-server's H2 backend gives them (its drop and rename code finds maps by these names);
 * the types are this package's BSON types instead of H2's Java serialisation.
 */
final class StoreMaps {

    static final String DATA_PREFIX = "databases.";
    static final String META_PREFIX = "meta.";
    static final String INDEX_INFIX = "._index_";

    private StoreMaps() {
    }

    static String data(String namespace) {
        return DATA_PREFIX + namespace;
    }

    static String meta(String namespace) {
        return META_PREFIX + namespace;
    }

    static String index(String namespace, String indexName) {
        return namespace + INDEX_INFIX + indexName;
    }

    static MVMap<Object, Document> openData(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<Object, Document>()
                .keyType(BsonDataType.POSITIONS).valueType(BsonDataType.DOCUMENTS));
    }

    static MVMap<KeyValue, Object> openIndex(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<KeyValue, Object>()
                .keyType(BsonDataType.INDEX_KEYS).valueType(BsonDataType.POSITIONS));
    }

    /** Opens any map of a store by its name, with the types its name says it holds. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static MVMap<Object, Object> openByName(MVStore store, String name) {
        if (name.contains(INDEX_INFIX)) {
            return (MVMap) openIndex(store, name);
        }
        if (name.startsWith(DATA_PREFIX)) {
            return (MVMap) openData(store, name);
        }
        return store.openMap(name);
    }
}
