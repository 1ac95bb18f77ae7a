package org.unmiss.humanrights.protection.domain;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The blind index's key ({@code humanrights.blind-index.key}, environment {@code HUMANRIGHTS_BLIND_INDEX_KEY}): 32 or
 * more random bytes, base64, separate from the sealing keyset (ADR 0091). No default outside the {@code local} profile;
 * the service does not start without it. Whoever holds it and a copy of the store can test guessed names against the
 * index, so it is kept like the sealing keyset, never beside the data.
 */
@Validated
@ConfigurationProperties("humanrights.blind-index")
public record BlindIndexProperties(@NotBlank String key) {
}
