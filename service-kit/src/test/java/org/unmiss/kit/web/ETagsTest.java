package org.unmiss.kit.web;

import org.junit.jupiter.api.Test;
import org.unmiss.kit.problem.PreconditionRequiredException;
import org.unmiss.kit.problem.StaleVersionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ETagsTest {

    @Test
    void roundTripsAVersion() {
        assertThat(ETags.requireVersion(ETags.of(42))).isEqualTo(42);
        assertThat(ETags.requireVersion("W/\"7\"")).isEqualTo(7);
    }

    @Test
    void requiresAndChecksIfMatch() {
        assertThatThrownBy(() -> ETags.requireVersion(null)).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> ETags.requireVersion("  ")).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> ETags.requireVersion("*")).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> ETags.requireVersion("\"abc\"")).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void adoptsOnlySaneCorrelationIds() {
        assertThat(CorrelationId.adoptOrGenerate("abc-123")).isEqualTo("abc-123");
        assertThat(CorrelationId.adoptOrGenerate("x".repeat(65))).hasSize(36);
        assertThat(CorrelationId.adoptOrGenerate("a\nb")).hasSize(36);
        assertThat(CorrelationId.adoptOrGenerate(null)).hasSize(36);
    }
}
