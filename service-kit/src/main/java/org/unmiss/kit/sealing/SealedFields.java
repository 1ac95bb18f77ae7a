package org.unmiss.kit.sealing;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.context.ApplicationListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.MongoMappingEvent;

import java.util.List;

/**
 * Keeps named fields of one stored type (top-level, or dotted paths through sub-documents such as
 * {@code details.attendance}) sealed in the database while the code works with
 * plain values: each field is sealed in the document just before it is written, and opened in the
 * document just after it is read and before it is mapped to the type. The associated data is the
 * document's {@code _id} and the field's name, so a sealed value moved to another record or field
 * does not open. Any BSON value can be sealed (a date, a sub-document of contacts): it is kept as
 * extended JSON inside the ciphertext, which restores its type on reading.
 *
 * <p>Register one per type as a bean, e.g. {@code new SealedFields(Person.class, sealer, "dateOfBirth", "contacts")}.
 * Sealed fields cannot be filtered or sorted on in the store; a report needing a coarse derived value
 * (a birth year) stores it separately.
 */
public final class SealedFields implements ApplicationListener<MongoMappingEvent<?>> {

    /** Marks a sealed value in the stored document: {@code {"sealed": "<base64>"}}. */
    static final String SEALED = "sealed";
    private static final String VALUE = "v";
    private static final JsonWriterSettings EXTENDED = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private final Class<?> type;
    private final FieldSealer sealer;
    private final List<String> fields;

    public SealedFields(Class<?> type, FieldSealer sealer, String... fields) {
        this.type = type;
        this.sealer = sealer;
        this.fields = List.of(fields);
    }

    @Override
    public void onApplicationEvent(MongoMappingEvent<?> event) {
        Document document = event.getDocument();
        if (document == null) {
            return;
        }
        if (event instanceof BeforeSaveEvent<?> save && type.isInstance(save.getSource())) {
            seal(document);
        } else if (event instanceof AfterLoadEvent<?> load && type.isAssignableFrom(load.getType())) {
            open(document);
        }
    }

    void seal(Document document) {
        for (String field : fields) {
            Document parent = parentOf(document, field);
            String leaf = leafOf(field);
            Object value = parent == null ? null : parent.get(leaf);
            if (value == null) {
                continue;
            }
            // Without an id the value could not be bound to its record: refuse rather than store it in clear.
            String record = requireId(document, field);
            String json = new Document(VALUE, value).toJson(EXTENDED);
            parent.put(leaf, new Document(SEALED, sealer.seal(json, record, field)));
        }
    }

    void open(Document document) {
        for (String field : fields) {
            Document parent = parentOf(document, field);
            if (parent != null && parent.get(leafOf(field)) instanceof Document stored && stored.get(SEALED) instanceof String sealed) {
                String json = sealer.open(sealed, requireId(document, field), field);
                parent.put(leafOf(field), Document.parse(json).get(VALUE));
            }
        }
    }

    /** The sub-document holding a dotted field ({@code details.attendance}), or null where the path is absent. */
    private static Document parentOf(Document document, String field) {
        Document parent = document;
        String[] steps = field.split("\\.");
        for (int i = 0; i < steps.length - 1 && parent != null; i++) {
            parent = parent.get(steps[i]) instanceof Document next ? next : null;
        }
        return parent;
    }

    private static String leafOf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    private String requireId(Document document, String field) {
        Object id = document.get("_id");
        if (id == null) {
            throw new IllegalStateException("A " + type.getSimpleName() + " needs its id before " + field + " can be sealed");
        }
        return id.toString();
    }
}
