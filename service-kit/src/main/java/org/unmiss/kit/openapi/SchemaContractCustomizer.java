package org.unmiss.kit.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes each record's schema say what its JSON looks like on the wire, so a generated client neither
 * rejects a real answer nor hides a missing field:
 * <ul>
 *   <li>a record sent in an answer writes every component (the platform's JSON includes nulls), so each is
 *       {@code required}; one left out when null ({@code @JsonInclude(NON_NULL)}) is not;</li>
 *   <li>a component that can be null (a reference type without {@code @NotNull}, {@code @NotBlank} or
 *       {@code @NotEmpty}) is nullable ({@code "null"} among its types, or {@code anyOf} a reference and
 *       null); a primitive never is;</li>
 *   <li>a record only ever read from a request keeps springdoc's {@code required} (its validation
 *       annotations), and what is not required may be sent as null.</li>
 * </ul>
 * It also fails the document on a schema name two classes would share ({@link SchemaNames}).
 */
class SchemaContractCustomizer implements OpenApiCustomizer {

    private static final String REF_PREFIX = "#/components/schemas/";

    private final SchemaNames names;

    SchemaContractCustomizer(SchemaNames names) {
        this.names = names;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (!names.collisions().isEmpty()) {
            throw new IllegalStateException("Schema names shared by different classes (give one an explicit "
                    + "@Schema(name)): " + names.collisions());
        }
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null || openApi.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        List<Schema> requestRoots = new ArrayList<>();
        List<Schema> answerRoots = new ArrayList<>();
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                contentSchemas(operation.getRequestBody().getContent(), requestRoots);
            }
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(response -> contentSchemas(response.getContent(), answerRoots));
            }
        }));
        Set<String> answered = reachable(answerRoots, schemas);
        schemas.forEach((name, schema) -> names.classOf(name)
                .filter(Class::isRecord)
                .ifPresent(type -> describeWire(type, schema, answered.contains(name))));
    }

    private static void describeWire(Class<?> record, Schema<?> schema, boolean answered) {
        if (schema.getProperties() == null) {
            return;
        }
        boolean classOmitsNulls = omitsNulls(record);
        Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        for (RecordComponent component : record.getRecordComponents()) {
            String property = jsonName(component);
            Schema<?> propertySchema = schema.getProperties().get(property);
            if (propertySchema == null) {
                continue;
            }
            boolean primitive = component.getType().isPrimitive();
            boolean neverNull = primitive || declaresValue(component) || declaresValue(accessor(component));
            boolean omittedWhenNull = !primitive && (classOmitsNulls || omitsNulls(component) || omitsNulls(accessor(component)));
            if (answered && !omittedWhenNull) {
                required.add(property);
            }
            boolean mayBeNull = !neverNull && !(answered && omittedWhenNull) && !(required.contains(property) && !answered);
            if (mayBeNull) {
                schema.getProperties().put(property, nullable(propertySchema));
            }
        }
        schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
    }

    private static Schema<?> nullable(Schema<?> property) {
        if (property.get$ref() != null) {
            Schema<?> wrapped = new JsonSchema().anyOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().types(java.util.Set.of("null"))));
            wrapped.setDescription(property.getDescription());
            return wrapped;
        }
        Set<String> types = property.getTypes() != null ? new LinkedHashSet<>(property.getTypes())
                : property.getType() != null ? new LinkedHashSet<>(List.of(property.getType())) : null;
        if (types == null) {
            return property; // no type given: null is already allowed
        }
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            ((Schema<Object>) property).addEnumItemObject(null);
        }
        return property;
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAnnotation(JsonProperty.class);
        if (renamed == null) {
            renamed = accessor(component).getAnnotation(JsonProperty.class);
        }
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static AnnotatedElement accessor(RecordComponent component) {
        return component.getAccessor();
    }

    private static boolean declaresValue(AnnotatedElement element) {
        return element.isAnnotationPresent(NotNull.class) || element.isAnnotationPresent(NotBlank.class)
                || element.isAnnotationPresent(NotEmpty.class);
    }

    private static boolean omitsNulls(AnnotatedElement element) {
        JsonInclude include = element.getAnnotation(JsonInclude.class);
        return include != null && include.value() != JsonInclude.Include.ALWAYS && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    private static void contentSchemas(Content content, Collection<Schema> into) {
        if (content != null) {
            content.values().stream().map(io.swagger.v3.oas.models.media.MediaType::getSchema).filter(Objects::nonNull).forEach(into::add);
        }
    }

    /** The names of the component schemas the given schemas refer to, directly or through others. */
    static Set<String> reachable(Collection<Schema> roots, Map<String, Schema> schemas) {
        Set<String> found = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Schema<?> schema = pending.pop();
            if (schema.get$ref() != null && schema.get$ref().startsWith(REF_PREFIX)) {
                String name = schema.get$ref().substring(REF_PREFIX.length());
                if (found.add(name) && schemas.containsKey(name)) {
                    pending.push(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                pending.push(schema.getItems());
            }
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                pending.push(values);
            }
            for (List<Schema> composed : List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
                pending.addAll(composed);
            }
        }
        return found.stream().collect(Collectors.toUnmodifiableSet());
    }

    private static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }
}
