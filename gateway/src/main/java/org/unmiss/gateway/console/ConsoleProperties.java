package org.unmiss.gateway.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * Where the mission console signs people in, told to the browser at {@code /console-config.json} so that no
 * deployment's address is built into the bundle (ADR 0080).
 *
 * @param keycloakUrl Keycloak as browsers reach it (KEYCLOAK_PUBLIC_URL, else the gateway's own KEYCLOAK_URL)
 * @param realm       the realm people sign in to
 * @param clientId    the public client (authorization code + PKCE) the console signs in as
 */
@ConfigurationProperties("unmiss.console")
public record ConsoleProperties(URI keycloakUrl, String realm, String clientId) {

    /** Keycloak's origin (scheme, host, port) for the page's connect-src: the console fetches tokens from it. */
    public String keycloakOrigin() {
        return keycloakUrl.getScheme() + "://" + keycloakUrl.getRawAuthority();
    }

    /** What the browser is told: the URL without a trailing slash, so the console can append /realms/... */
    BrowserConfig browserConfig() {
        return new BrowserConfig(keycloakUrl.toString().replaceAll("/+$", ""), realm, clientId);
    }

    record BrowserConfig(String keycloakUrl, String realm, String clientId) {
    }
}
