package org.unmiss.kit.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects what is wrong with a request, field by field, so that one answer names every mistake instead
 * of the first: add as checks fail, then {@link #throwIfAny} once. The 400's detail is the one mistake
 * ("{@code field reason}") or, when there are several, the sentence the caller gives.
 * <pre>{@code
 * FieldErrors errors = new FieldErrors();
 * if (request.endedAt().isBefore(request.startedAt())) errors.add("endedAt", "must not be before startedAt");
 * errors.addAll(Geometries.checkPoint("location", lat, lon));
 * errors.throwIfAny("The patrol is not valid");
 * }</pre>
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String reason) {
        errors.add(new FieldError(field, reason));
        return this;
    }

    public FieldErrors add(FieldError error) {
        errors.add(error);
        return this;
    }

    public FieldErrors addAll(Collection<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    /** Adds {@code field reason} when {@code broken} holds. */
    public FieldErrors when(boolean broken, String field, String reason) {
        if (broken) {
            add(field, reason);
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** 400 when anything was collected; several mistakes are summed up as "N fields are not valid; first: ...". */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(ProblemDetailsAdvice.summary(errors), errors);
        }
    }

    /** 400 when anything was collected, with {@code whenSeveral} as the detail when there is more than one. */
    public void throwIfAny(String whenSeveral) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.size() == 1 ? single(errors.get(0)) : whenSeveral, errors);
        }
    }

    /** 400 when anything was collected, always with {@code detail} (a rule whose sentence says more than any one field). */
    public void throwIfAnyWith(String detail) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(detail, errors);
        }
    }

    private static String single(FieldError error) {
        return error.field() + " " + error.reason();
    }
}
