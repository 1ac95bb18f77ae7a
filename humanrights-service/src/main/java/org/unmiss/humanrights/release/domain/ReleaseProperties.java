package org.unmiss.humanrights.release.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code smallCellThreshold}: a released figure counting between 1 and this number minus one is withheld from
 * partners and reporting tools (ADR 0098); 5 unless configured ({@code humanrights.release.small-cell-threshold}).
 */
@ConfigurationProperties("humanrights.release")
@Validated
public record ReleaseProperties(@DefaultValue("5") @Min(1) @Max(100) int smallCellThreshold) {
}
