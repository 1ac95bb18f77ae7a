package org.unmiss.reporting;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link ReportingPack}. The client secret is never given a default: it comes from
 * {@code --client-secret}, else the environment variable {@value #SECRET_VARIABLE}, else only with {@code --dev}
 * the realm's development secret (which works against a developer's or the system tests' platform only).
 */
public record Options(URI gateway, URI keycloak, String realm, String clientId, String clientSecret,
                      Quarter quarter, Path out) {

    public static final String SECRET_VARIABLE = "REPORTING_CLIENT_SECRET";
    static final String DEV_SECRET = "reporting-tools-dev-secret";

    public static final String USAGE = """
            Usage: reporting-pack [options]
              --gateway URL         the platform's gateway (default http://localhost:8080)
              --keycloak URL        Keycloak's base URL (default http://localhost:8180); the token endpoint is
                                    <URL>/realms/<realm>/protocol/openid-connect/token
              --realm NAME          Keycloak realm (default unmiss)
              --client-id ID        client-credentials client (default reporting-tools)
              --client-secret S     its secret; else the environment variable REPORTING_CLIENT_SECRET
              --dev                 no secret given: use the development realm's secret (local platforms only)
              --quarter YYYY-QN     the period, e.g. 2025-Q4 (default: the last quarter that has ended);
                                    snapshot figures are as of the quarter's last day
              --out DIR             where the folder reporting-pack-<quarter>/ is written (default .)
              --help                this text
            Exit codes: 0 pack complete, 3 pack written but incomplete (a service unreachable), 2 bad usage.
            """;

    /** A command line that cannot be run; {@link ReportingPack} prints the message and the usage, exit 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    /** Thrown for {@code --help}: usage on standard output, exit 0. */
    public static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super("help");
        }
    }

    public static Options parse(List<String> args, Map<String, String> environment, LocalDate today) {
        String gateway = "http://localhost:8080";
        String keycloak = "http://localhost:8180";
        String realm = "unmiss";
        String clientId = "reporting-tools";
        String secret = null;
        boolean dev = false;
        Quarter quarter = Quarter.lastCompleteBefore(today);
        Path out = Path.of(".");
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            String name = option;
            String inlineValue = null;
            int equals = option.indexOf('=');
            if (option.startsWith("--") && equals > 0) {
                name = option.substring(0, equals);
                inlineValue = option.substring(equals + 1);
            }
            switch (name) {
                case "--help", "-h" -> throw new HelpRequested();
                case "--dev" -> dev = true;
                case "--gateway" -> gateway = value(name, inlineValue, rest);
                case "--keycloak" -> keycloak = value(name, inlineValue, rest);
                case "--realm" -> realm = value(name, inlineValue, rest);
                case "--client-id" -> clientId = value(name, inlineValue, rest);
                case "--client-secret" -> secret = value(name, inlineValue, rest);
                case "--quarter" -> {
                    String text = value(name, inlineValue, rest);
                    try {
                        quarter = Quarter.parse(text);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--quarter: " + e.getMessage());
                    }
                }
                case "--out" -> out = Path.of(value(name, inlineValue, rest));
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        if (secret == null || secret.isBlank()) {
            secret = environment.get(SECRET_VARIABLE);
        }
        if (secret == null || secret.isBlank()) {
            if (!dev) {
                throw new UsageException("no client secret: give --client-secret or set " + SECRET_VARIABLE
                        + " (or --dev against a local platform)");
            }
            secret = DEV_SECRET;
        }
        return new Options(url("--gateway", gateway), url("--keycloak", keycloak), realm, clientId, secret, quarter, out);
    }

    /** The folder the pack is written to, {@code <out>/reporting-pack-2025-Q4}. */
    public Path packDirectory() {
        return out.resolve("reporting-pack-" + quarter);
    }

    public URI tokenEndpoint() {
        String base = keycloak.toString().replaceAll("/+$", "");
        return URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token");
    }

    /** The gateway's address without a trailing slash, as the generated clients' base URI. */
    public String gatewayBase() {
        return gateway.toString().replaceAll("/+$", "");
    }

    private static String value(String name, String inlineValue, List<String> rest) {
        if (inlineValue != null) {
            return inlineValue;
        }
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new UsageException(name + " needs a value");
        }
        return rest.remove(0);
    }

    private static URI url(String name, String text) {
        try {
            URI uri = URI.create(text);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new UsageException(name + ": expected an http(s) URL, got '" + text + "'");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UsageException(name + ": expected an http(s) URL, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        // Never the secret: options end up in logs and in error messages.
        return "Options[gateway=" + gateway + ", keycloak=" + keycloak + ", realm=" + realm + ", clientId=" + clientId
                + ", quarter=" + quarter + ", out=" + out + "]";
    }
}
