package org.unmiss.kit.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the platform's schemas so that no two types share one. A type nested in another (the many
 * {@code Row} and {@code Line} records of the reports) is named by its enclosing type, e.g.
 * {@code StrengthReportRow}: left to its simple name, the second {@code Row} met would silently reuse
 * the first one's schema and a generated client would read its rows as empty objects. Every name given
 * is remembered with its class, so a collision that remains (two top-level types of one simple name in
 * different packages) is reported by {@link #collisions()} and fails the document
 * ({@link SchemaContractCustomizer}) instead of producing a wrong one.
 */
public class SchemaNames implements ModelConverter {

    private static final String PLATFORM_PACKAGE = "org.unmiss.";

    // Static on purpose: springdoc registers converters in swagger's JVM-wide ModelConverters, so when a JVM
    // holds several application contexts (a service's test suite) the instance that resolves the types may be
    // an earlier context's, and an instance field would leave this context's customizer with no classes
    // (the documents then lost every nullable and required mark). A name's class is the same in every context.
    private static final Map<String, Class<?>> classesByName = new ConcurrentHashMap<>();
    private static final Map<String, String> collisions = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (type.getName() == null && javaType.getBindings().isEmpty() && isPlatformType(raw) && !namedByAnnotation(raw)) {
            // the name is not part of AnnotatedType's identity, so setting it keeps the context's cache valid
            type.setName(nameOf(raw));
        }
        Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (isPlatformType(raw)) {
            // the name the schema got (a generic type's too, e.g. PageOfUnitResponse), so the wire rules can find its class
            String name = type.getName() != null ? type.getName() : nameOf(resolved);
            if (name != null) {
                Class<?> earlier = classesByName.putIfAbsent(name, raw);
                if (earlier != null && !earlier.equals(raw)) {
                    collisions.put(name, earlier.getName() + " and " + raw.getName());
                }
            }
        }
        return resolved;
    }

    /** The platform class a schema name was given to, if any. */
    public Optional<Class<?>> classOf(String schemaName) {
        return Optional.ofNullable(classesByName.get(schemaName));
    }

    /** Schema names given to two different classes, each with the two classes. */
    public Map<String, String> collisions() {
        return Map.copyOf(collisions);
    }

    private static String nameOf(Schema<?> resolved) {
        if (resolved == null) {
            return null;
        }
        if (resolved.get$ref() != null) {
            return resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
        }
        return resolved.getName();
    }

    static String nameOf(Class<?> type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName());
        }
        return name.toString();
    }

    private static boolean isPlatformType(Class<?> type) {
        return type.getName().startsWith(PLATFORM_PACKAGE) && !type.isArray();
    }

    private static boolean namedByAnnotation(Class<?> type) {
        io.swagger.v3.oas.annotations.media.Schema schema = type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        return schema != null && !schema.name().isBlank();
    }
}
