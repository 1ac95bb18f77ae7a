package org.unmiss.kit.feign;

import feign.FeignException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.http.ResponseEntity;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What another service said about a reference a record of this service holds (a person's index
 * number, an incident's reference): {@link Status#VERIFIED} with the other service's view of it,
 * {@link Status#UNKNOWN} when that service answered it has no such thing (404: the caller's mistake,
 * refused as a bad field), or {@link Status#UNVERIFIED} with the reason it could not say (down, slow,
 * circuit open, 5xx, the caller not allowed to look). A record holding an unverified reference is
 * still saved, marked so, and a scheduled re-check ({@link UnverifiedReferences}) clears the mark.
 *
 * @param <T> the other service's view of the reference (what the typed Feign client returns)
 */
public record CheckedReference<T>(Status status, T answer, String reason) {

    public enum Status { VERIFIED, UNKNOWN, UNVERIFIED }

    public CheckedReference {
        Objects.requireNonNull(status, "status");
        if (status == Status.UNVERIFIED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("an unverified reference says why");
        }
    }

    public static <T> CheckedReference<T> verified(T answer) {
        return new CheckedReference<>(Status.VERIFIED, answer, null);
    }

    public static <T> CheckedReference<T> unknown() {
        return new CheckedReference<>(Status.UNKNOWN, null, null);
    }

    public static <T> CheckedReference<T> unverified(String reason) {
        return new CheckedReference<>(Status.UNVERIFIED, null, reason);
    }

    public boolean isVerified() {
        return status == Status.VERIFIED;
    }

    public boolean isUnknown() {
        return status == Status.UNKNOWN;
    }

    public boolean isUnverified() {
        return status == Status.UNVERIFIED;
    }

    /**
     * Asks {@code service} through a typed Feign client declared with {@code dismiss404 = true} (so
     * "no such thing" is an answer, not a failure that would open the circuit for everyone) and tells
     * the outcomes apart. Never throws for the other service's trouble: that is the reason of an
     * unverified result, worded for the record's note (no token, no body of the other service).
     */
    public static <T> CheckedReference<T> ask(String service, Supplier<ResponseEntity<T>> call) {
        ResponseEntity<T> response;
        try {
            response = call.get();
        } catch (RuntimeException e) {
            return unverified(whyUnanswered(service, e));
        }
        int status = response.getStatusCode().value();
        if (status == 404) {
            return unknown();
        }
        if (response.getStatusCode().is2xxSuccessful() && response.getBody() != null) {
            return verified(response.getBody());
        }
        return unverified(answered(service, status));
    }

    private static String whyUnanswered(String service, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CallNotPermittedException) {
                return service + " is failing (circuit open); checked again later";
            }
            if (t instanceof FeignException feign && feign.status() > 0) {
                return answered(service, feign.status());
            }
        }
        return service + " could not be reached (" + rootCause(e) + "); checked again later";
    }

    private static String answered(String service, int status) {
        return status == 401 || status == 403
                ? service + " did not let this caller look it up (" + status + "); checked again later by this service"
                : service + " answered " + status + "; checked again later";
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() > 160 ? text.substring(0, 160) : text;
    }
}
