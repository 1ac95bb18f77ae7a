package org.unmiss.reporting;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 10);

    @Test
    void everyOptionIsReadAndTheTokenEndpointComesFromTheRealm() {
        Options options = Options.parse(List.of("--gateway", "https://api.example.org/", "--keycloak=https://id.example.org",
                "--realm", "mission", "--client-id", "tool", "--client-secret", "s3cret", "--quarter", "2025-Q3",
                "--out", "/tmp/packs"), Map.of(), TODAY);
        assertThat(options.gatewayBase()).isEqualTo("https://api.example.org");
        assertThat(options.tokenEndpoint()).isEqualTo(URI.create("https://id.example.org/realms/mission/protocol/openid-connect/token"));
        assertThat(options.clientId()).isEqualTo("tool");
        assertThat(options.clientSecret()).isEqualTo("s3cret");
        assertThat(options.packDirectory()).isEqualTo(Path.of("/tmp/packs/reporting-pack-2025-Q3"));
        assertThat(options.toString()).doesNotContain("s3cret");
    }

    @Test
    void theSecretComesFromTheEnvironmentAndTheDevSecretOnlyWhenAskedFor() {
        assertThat(Options.parse(List.of(), Map.of(Options.SECRET_VARIABLE, "from-env"), TODAY).clientSecret()).isEqualTo("from-env");
        assertThat(Options.parse(List.of("--client-secret", "given"), Map.of(Options.SECRET_VARIABLE, "from-env"), TODAY)
                .clientSecret()).isEqualTo("given");
        assertThat(Options.parse(List.of("--dev"), Map.of(), TODAY).clientSecret()).isEqualTo(Options.DEV_SECRET);
        assertThatThrownBy(() -> Options.parse(List.of(), Map.of(), TODAY)).isInstanceOf(Options.UsageException.class)
                .hasMessageContaining(Options.SECRET_VARIABLE);
    }

    @Test
    void defaultsAreALocalPlatformAndTheLastQuarterThatHasEnded() {
        Options options = Options.parse(List.of("--dev"), Map.of(), TODAY);
        assertThat(options.gatewayBase()).isEqualTo("http://localhost:8080");
        assertThat(options.tokenEndpoint()).hasToString("http://localhost:8180/realms/unmiss/protocol/openid-connect/token");
        assertThat(options.quarter()).isEqualTo(new Quarter(2025, 4));
        assertThat(options.clientId()).isEqualTo("reporting-tools");
    }

    @Test
    void badUsageNamesTheOptionAndTheReason() {
        assertThatThrownBy(() -> Options.parse(List.of("--dev", "--quarter", "2025-Q9"), Map.of(), TODAY))
                .isInstanceOf(Options.UsageException.class).hasMessageStartingWith("--quarter");
        assertThatThrownBy(() -> Options.parse(List.of("--dev", "--gateway", "ftp://x"), Map.of(), TODAY))
                .isInstanceOf(Options.UsageException.class).hasMessageStartingWith("--gateway");
        assertThatThrownBy(() -> Options.parse(List.of("--dev", "--out"), Map.of(), TODAY))
                .isInstanceOf(Options.UsageException.class).hasMessage("--out needs a value");
        assertThatThrownBy(() -> Options.parse(List.of("--dev", "--verbose"), Map.of(), TODAY))
                .isInstanceOf(Options.UsageException.class).hasMessageContaining("--verbose");
        assertThatThrownBy(() -> Options.parse(List.of("--help"), Map.of(), TODAY)).isInstanceOf(Options.HelpRequested.class);
    }
}
