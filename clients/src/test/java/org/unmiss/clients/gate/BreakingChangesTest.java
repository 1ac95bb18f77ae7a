package org.unmiss.clients.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The breaking-change rules on small documents, so the gate would fail if a rule stopped working. */
class BreakingChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode doc(String version, String paths, String schemas) throws Exception {
        return JSON.readTree("""
                {"openapi": "3.1.0", "info": {"title": "T", "version": "%s"}, "paths": {%s}, "components": {"schemas": {%s}}}
                """.formatted(version, paths, schemas));
    }

    private static final String UNITS = """
            "/units": {"get": {"operationId": "unitsList", "parameters": [{"in": "query", "name": "type", "schema": {"type": "string"}}],
                               "responses": {"200": {"description": "OK"}}}}""";
    private static final String UNIT = """
            "Unit": {"type": "object", "properties": {"code": {"type": "string"}, "strength": {"type": "integer", "format": "int32"}}}""";

    @Test
    void findsARemovedOperationPropertyAndATypeChange() throws Exception {
        JsonNode released = doc("v1", UNITS, UNIT);
        assertThat(BreakingChanges.between(released, doc("v1", "", UNIT))).containsExactly("GET /units was removed");
        assertThat(BreakingChanges.between(released, doc("v1", UNITS, """
                "Unit": {"type": "object", "properties": {"strength": {"type": "string"}}}""")))
                .containsExactly("schema Unit.code was removed", "schema Unit.strength changed type from integer(int32) to string");
        assertThat(BreakingChanges.between(released, doc("v1", UNITS, """
                "Unit": {"type": "object", "properties": {"code": {"type": ["string", "null"]}, "strength": {"type": "integer", "format": "int32"}}}""")))
                .containsExactly("schema Unit.code became nullable");
    }

    @Test
    void acceptsAdditionsAndARaisedVersion() throws Exception {
        JsonNode released = doc("v1", UNITS, UNIT);
        assertThat(BreakingChanges.between(released, doc("v1", UNITS + ", \"/sites\": {}", UNIT + ", \"Site\": {\"type\": \"object\"}"))).isEmpty();
        assertThat(BreakingChanges.between(released, doc("v2", "", ""))).as("a raised version may break").isEmpty();
    }
}
