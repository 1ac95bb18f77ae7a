package org.unmiss.kit.feign;

/**
 * A kind of record that may hold references another service could not confirm when they were
 * recorded ({@link CheckedReference.Status#UNVERIFIED}). The kit calls {@link #recheck()} of every
 * such bean on one schedule ({@code unmiss.clients.recheck-interval}), with no user present: an
 * implementation asks as its service's own client ({@code ServiceAccountTokens}) and, because that
 * token sees every field office, judges the answer within the record's own office.
 */
public interface UnverifiedReferences {

    /** A short name for logs, e.g. {@code "focal points"}. */
    String name();

    /** Checks a batch of records holding unverified references again; returns how many it confirmed. */
    int recheck();
}
