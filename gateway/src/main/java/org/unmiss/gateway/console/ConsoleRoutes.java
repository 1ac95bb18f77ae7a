package org.unmiss.gateway.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The mission console, served from the console module's jar ({@code console/} on the classpath): its page at
 * {@code /} and at the sign-in callback, its content-hashed assets, and its configuration. The page and the
 * configuration are revalidated on every load (a new release is seen at once); an asset's name changes with its
 * content, so browsers keep it for a year without asking again (field offices work over slow links).
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleRoutes {

    /** Every path the console's page answers at: its root and the callback Keycloak redirects back to. */
    static final List<String> PAGE_PATHS = List.of("/", "/index.html", "/auth/callback");
    static final String ASSETS = "/assets/**";
    static final String CONFIG = "/console-config.json";
    /** The service worker that keeps the app shell for slow links and none (ADR 0105); its scope is the whole origin. */
    static final String SERVICE_WORKER = "/sw.js";

    /** What a browser loads before anyone has signed in: public, like Swagger UI (the APIs still need a token). */
    public static String[] publicPaths() {
        return Stream.concat(PAGE_PATHS.stream(), Stream.of(ASSETS, CONFIG, SERVICE_WORKER))
                .toArray(String[]::new);
    }

    private static final String ROOT = "console/";
    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript");
    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Bean
    RouterFunction<ServerResponse> consoleFiles(ConsoleProperties console) {
        Resource page = new ClassPathResource(ROOT + "index.html");
        HandlerFunction<ServerResponse> servePage = request -> page.exists()
                ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).bodyValue(page)
                : ServerResponse.notFound().build();
        Resource worker = new ClassPathResource(ROOT + "sw.js");
        RouterFunctions.Builder routes = RouterFunctions.route();
        // revalidated on every load like the page: browsers check a worker for updates, a new release replaces it
        routes.GET(SERVICE_WORKER, request -> worker.exists()
                ? ServerResponse.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).bodyValue(worker)
                : ServerResponse.notFound().build());
        PAGE_PATHS.forEach(path -> routes.GET(path, servePage));
        return routes
                .GET(CONFIG, request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.noCache()).bodyValue(console.browserConfig()))
                .add(RouterFunctions.resources(ASSETS, new ClassPathResource(ROOT + "assets/"),
                        (resource, headers) -> headers.setCacheControl(IMMUTABLE)))
                .build();
    }
}
