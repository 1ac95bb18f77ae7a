package org.unmiss.clients.gate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What in a document would break a client generated from the released one (ADR 0057): an operation, a
 * success status, a parameter, a schema, a property or an enum value removed; an operationId changed;
 * a parameter's or property's type changed, or a property made nullable; a new required parameter or
 * request property. Additions are not breaking. The check is skipped when {@code info.version} was
 * raised: that is how a service says "this version breaks clients, on purpose".
 */
final class BreakingChanges {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private BreakingChanges() {
    }

    static List<String> between(JsonNode released, JsonNode current) {
        List<String> breaks = new ArrayList<>();
        if (!released.path("info").path("version").asText().equals(current.path("info").path("version").asText())) {
            return breaks;
        }
        released.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String where = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            JsonNode now = current.path("paths").path(path.getKey()).path(entry.getKey());
            if (now.isMissingNode()) {
                breaks.add(where + " was removed");
                return;
            }
            compareOperation(where, entry.getValue(), now, breaks);
        }));
        Set<String> requestSchemas = requestSchemas(current);
        released.path("components").path("schemas").properties().forEach(schema -> {
            JsonNode now = current.path("components").path("schemas").path(schema.getKey());
            String where = "schema " + schema.getKey();
            if (now.isMissingNode()) {
                breaks.add(where + " was removed");
                return;
            }
            compareSchema(where, schema.getValue(), now, requestSchemas.contains(schema.getKey()), breaks);
        });
        return breaks;
    }

    private static void compareOperation(String where, JsonNode before, JsonNode now, List<String> breaks) {
        if (!before.path("operationId").asText().equals(now.path("operationId").asText())) {
            breaks.add(where + ": operationId " + before.path("operationId").asText() + " became " + now.path("operationId").asText());
        }
        before.path("responses").fieldNames().forEachRemaining(status -> {
            if (status.startsWith("2") && !now.path("responses").has(status)) {
                breaks.add(where + ": response " + status + " was removed");
            }
        });
        Set<String> known = new HashSet<>();
        for (JsonNode parameter : before.path("parameters")) {
            String key = parameter.path("in").asText() + ":" + parameter.path("name").asText();
            known.add(key);
            JsonNode match = parameterNamed(now, key);
            if (match == null) {
                breaks.add(where + ": parameter " + key + " was removed");
            } else {
                if (!parameter.path("required").asBoolean(false) && match.path("required").asBoolean(false)) {
                    breaks.add(where + ": parameter " + key + " became required");
                }
                if (!signature(parameter.path("schema")).equals(signature(match.path("schema")))) {
                    breaks.add(where + ": parameter " + key + " changed type from " + signature(parameter.path("schema"))
                            + " to " + signature(match.path("schema")));
                }
            }
        }
        for (JsonNode parameter : now.path("parameters")) {
            String key = parameter.path("in").asText() + ":" + parameter.path("name").asText();
            if (!known.contains(key) && parameter.path("required").asBoolean(false)) {
                breaks.add(where + ": new required parameter " + key);
            }
        }
    }

    private static void compareSchema(String where, JsonNode before, JsonNode now, boolean readFromRequests, List<String> breaks) {
        before.path("properties").properties().forEach(property -> {
            JsonNode match = now.path("properties").path(property.getKey());
            String at = where + "." + property.getKey();
            if (match.isMissingNode()) {
                breaks.add(at + " was removed");
                return;
            }
            if (!signature(property.getValue()).equals(signature(match))) {
                breaks.add(at + " changed type from " + signature(property.getValue()) + " to " + signature(match));
            }
            if (!nullable(property.getValue()) && nullable(match)) {
                breaks.add(at + " became nullable");
            }
        });
        Set<String> requiredBefore = texts(before.path("required"));
        if (readFromRequests) {
            for (String required : texts(now.path("required"))) {
                if (!requiredBefore.contains(required)) {
                    breaks.add(where + "." + required + " became required in a request");
                }
            }
        }
        Set<String> valuesNow = texts(now.path("enum"));
        for (String value : texts(before.path("enum"))) {
            if (!valuesNow.contains(value)) {
                breaks.add(where + ": enum value " + value + " was removed");
            }
        }
    }

    /** A schema's type, ignoring whether it may be null: a reference's target, or types and format, items included. */
    static String signature(JsonNode schema) {
        if (schema.has("$ref")) {
            return schema.get("$ref").asText().replace("#/components/schemas/", "");
        }
        for (String composition : List.of("anyOf", "oneOf")) {
            if (schema.has(composition)) {
                Set<String> parts = new TreeSet<>();
                schema.get(composition).forEach(part -> {
                    if (!"null".equals(part.path("type").asText())) {
                        parts.add(signature(part));
                    }
                });
                return String.join("|", parts);
            }
        }
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        types.remove("null");
        String result = String.join("|", types) + (schema.has("format") ? "(" + schema.get("format").asText() + ")" : "");
        return schema.has("items") ? result + "<" + signature(schema.get("items")) + ">" : result;
    }

    private static boolean nullable(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals("null")) {
                    return true;
                }
            }
        }
        for (String composition : List.of("anyOf", "oneOf")) {
            for (JsonNode part : schema.path(composition)) {
                if ("null".equals(part.path("type").asText())) {
                    return true;
                }
            }
        }
        return schema.path("nullable").asBoolean(false);
    }

    private static JsonNode parameterNamed(JsonNode operation, String key) {
        for (JsonNode parameter : operation.path("parameters")) {
            if ((parameter.path("in").asText() + ":" + parameter.path("name").asText()).equals(key)) {
                return parameter;
            }
        }
        return null;
    }

    private static Set<String> requestSchemas(JsonNode document) {
        Set<String> names = new HashSet<>();
        document.path("paths").forEach(item -> item.forEach(operation -> operation.path("requestBody").path("content")
                .forEach(media -> collectRefs(media.path("schema"), document, names))));
        return names;
    }

    private static void collectRefs(JsonNode node, JsonNode document, Set<String> names) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                String name = node.get("$ref").asText().replace("#/components/schemas/", "");
                if (names.add(name)) {
                    collectRefs(document.path("components").path("schemas").path(name), document, names);
                }
            }
            node.forEach(child -> collectRefs(child, document, names));
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, document, names));
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
