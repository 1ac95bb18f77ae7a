package org.unmiss.kit.problem;

import org.springframework.http.converter.HttpMessageNotReadableException;
import org.unmiss.kit.web.SaneDates;
import org.unmiss.problem.ProblemType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Explains why a request body could not be read, in the client's terms: which JSON field, and
 * what was wrong with it (an unknown enum value lists the accepted ones). Jackson's own messages
 * name Java classes and are not shown.
 */
record JsonProblem(ProblemType type, String detail, List<FieldError> errors) {

    static JsonProblem explain(HttpMessageNotReadableException e) {
        JacksonException cause = findCause(e, JacksonException.class);
        if (cause == null) {
            return new JsonProblem(ProblemType.MALFORMED_REQUEST, "The request body is missing or not JSON", List.of());
        }
        if (cause instanceof StreamReadException) {
            String where = cause.getLocation() == null ? ""
                    : " (line " + cause.getLocation().getLineNr() + ", column " + cause.getLocation().getColumnNr() + ")";
            return new JsonProblem(ProblemType.MALFORMED_REQUEST, "The request body is not well-formed JSON" + where, List.of());
        }
        String field = path(cause);
        String reason = reason(cause);
        FieldError error = new FieldError(field.isEmpty() ? "body" : field, reason);
        return new JsonProblem(ProblemType.VALIDATION_FAILED, error.field() + " " + reason, List.of(error));
    }

    private static String reason(JacksonException cause) {
        if (cause instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (cause instanceof InvalidNullException) {
            return "must not be null";
        }
        if (cause instanceof InvalidFormatException format && format.getValue() instanceof TemporalAccessor date
                && !SaneDates.accepts(date)) {
            return SaneDates.REASON;
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null) {
            return "must be " + describe(format.getTargetType());
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + describe(mismatch.getTargetType());
        }
        if (cause instanceof ValueInstantiationException instantiation && instantiation.getCause() instanceof IllegalArgumentException rule) {
            // Records validate themselves in their constructors; their messages are written for clients.
            return rule.getMessage();
        }
        return "cannot be read";
    }

    /** A client-facing description of what a Java type accepts. */
    static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + (type == java.time.LocalDate.class ? "date (YYYY-MM-DD)" : "date-time");
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String path(JacksonException cause) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : cause.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
