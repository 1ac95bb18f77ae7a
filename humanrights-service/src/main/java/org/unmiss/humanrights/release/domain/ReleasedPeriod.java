package org.unmiss.humanrights.release.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Map;

/**
 * A quarter whose figures a senior officer froze for partners and reporting tools: the figures as they stood then,
 * per scope, so a verification, correction or reopening afterwards moves the internal figures but never what was
 * released. One per quarter (the id, unique: a concurrent second
 * release fails on it), inserted once and never changed.
 */
@Document("hr_releases")
public record ReleasedPeriod(@Id String quarter, Instant releasedAt, String releasedBy, Map<String, String> figures) {

    /** The frozen figures for a scope ({@code HQ} or a field office), if the release holds any for it. */
    public java.util.Optional<String> figuresFor(String scope) {
        return java.util.Optional.ofNullable(scope == null || figures == null ? null : figures.get(scope));
    }
}
