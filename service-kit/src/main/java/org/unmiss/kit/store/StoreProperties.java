package org.unmiss.kit.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long a service waits for its store before it answers 503 (defaults in
 * service-kit-defaults.properties; options in {@code MONGODB_URI} such as
 * {@code serverSelectionTimeoutMS} still win). An unreachable store is a 503 within the server
 * selection timeout; the socket timeout only frees requests held by a hung store, and is generous
 * because one answer (a large batch insert) can legitimately take many seconds.
 *
 * @param serverSelectionTimeout how long an operation waits for a reachable store (driver default 30 s)
 * @param connectTimeout         how long opening a connection may take (driver default 10 s)
 * @param socketTimeout          how long one answer from the store may take (driver default: forever)
 */
@ConfigurationProperties("unmiss.store")
public record StoreProperties(Duration serverSelectionTimeout, Duration connectTimeout, Duration socketTimeout) {
}
