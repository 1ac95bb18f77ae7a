package org.unmiss.kit.problem;

/**
 * One bad input named in a problem's {@code errors[]}: the field's JSON path (or the parameter's
 * name) and why it was refused. The rejected value is deliberately not echoed: it may be personal.
 */
public record FieldError(String field, String reason) {
}
