package org.unmiss.systemtests;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's Chromium driven by Playwright (no browser downloaded), pointed at the console the system tests' gateway
 * serves, for the browser tests (ConsoleIT, ConsoleWorkIT, and ServiceDownIT's console checks while services are stopped).
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("console.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/console-screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private ConsoleBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Chromium, headless, with the test gateway registered as one of the console's origins in the realm. */
    private static final double ASSERTION_TIMEOUT_MS = 20_000;

    static ConsoleBrowser launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("The console's browser tests drive Debian's Chromium at " + CHROMIUM + ", which is not installed: "
                    + "apt-get install chromium (the Debian package `chromium`; .ci/run installs it)");
        }
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Playwright's 5 s default for an assertion is too short on CI's two cores while a service restarts beside the
        // browser (ServiceDownIT's sign-in missed it once); an assertion still fails as soon as its wait runs out.
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true));
        allowTheTestGatewayAsTheConsolesOrigin();
        return new ConsoleBrowser(playwright, browser);
    }

    /** The browser itself, for a test that sets its own context options (ConsoleWorkIT: the time zone too). */
    Browser browser() {
        return browser;
    }

    BrowserContext newContext(String locale) {
        return browser.newContext(new Browser.NewContextOptions().setLocale(locale).setAcceptDownloads(true));
    }

    @Override
    public void close() {
        playwright.close(); // closes the browser too
    }

    /**
     * The realm lets mission-console redirect only to exact URIs (the developer's gateway on 8080 among them); the
     * system tests' gateway listens on a port of its own, so its callback, origin and sign-out return are added to
     * the running realm (once), as an administrator registers a deployment's address.
     */
    private static void allowTheTestGatewayAsTheConsolesOrigin() {
        String origin = Platform.current().gateway();
        ApiClient keycloak = new ApiClient(Platform.current().keycloak());
        String admin = Tokens.adminToken();
        JsonNode found = keycloak.get("/admin/realms/unmiss/clients?clientId=mission-console", admin).json();
        ObjectNode client = (ObjectNode) found.get(0);
        addIfMissing((ArrayNode) client.get("redirectUris"), origin + "/auth/callback");
        addIfMissing((ArrayNode) client.get("webOrigins"), origin);
        ObjectNode attributes = (ObjectNode) client.get("attributes");
        String logoutUris = attributes.path("post.logout.redirect.uris").asString("");
        if (!List.of(logoutUris.split("##")).contains(origin + "/")) {
            attributes.put("post.logout.redirect.uris", logoutUris.isEmpty() ? origin + "/" : logoutUris + "##" + origin + "/");
        }
        ApiResponse updated = keycloak.send("PUT", "/admin/realms/unmiss/clients/" + client.get("id").asString(), admin,
                client.toString(), Map.of());
        assertThat(updated.status()).as(updated.body()).isEqualTo(204);
    }

    private static void addIfMissing(ArrayNode values, String value) {
        for (JsonNode existing : values) {
            if (existing.asString().equals(value)) {
                return;
            }
        }
        values.add(value);
    }

    /** A fresh browser profile, signed in through Keycloak's login page; the page's CSP violations are collected. */
    static Page signIn(BrowserContext context, String username, List<String> cspViolations) {
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        page.navigate(Platform.current().gateway() + "/");
        page.locator("#username").fill(username); // Keycloak's own login form
        page.locator("#password").fill(Tokens.DEMO_PASSWORD);
        page.locator("#kc-login").click();
        assertThat(page.locator("[data-identity] [data-name]")).isVisible();
        return page;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
