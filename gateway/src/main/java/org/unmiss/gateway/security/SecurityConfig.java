package org.unmiss.gateway.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.unmiss.gateway.console.ConsoleProperties;
import org.unmiss.gateway.console.ConsoleRoutes;
import org.unmiss.gateway.problem.ProblemWriter;

/**
 * Authentication at the edge: any valid token passes (each service checks roles and field-office
 * scope itself, as it must not trust the network). Stateless, no CSRF (no cookies are used), and
 * every refusal as problem+json. CORS is answered by {@code org.unmiss.gateway.web.CorsFilter}
 * before these chains, preflights included, so no rule here needs to let {@code OPTIONS} through.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    /** API responses are data: nothing may be loaded, framed or submitted on their behalf. */
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * Swagger UI is a page: its own scripts, its stylesheets and the inline styles it sets, its
     * bundled images and fonts, and calls back to this origin for the documents and "try it out", and
     * to Keycloak's origin for the token of a person it signs in (authorization code + PKCE, ADR 0058).
     */
    static String docsUiCsp(String keycloakOrigin) {
        return "default-src 'self'; script-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' " + keycloakOrigin + "; "
                + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    }

    /**
     * The mission console is a page too, stricter than Swagger UI: only its own scripts and stylesheets (no inline
     * script or style: Lit's styles are constructed stylesheets), calls to this origin for the APIs and to Keycloak's
     * for the sign-in's tokens (authorization code + PKCE, ADR 0080), and its own service worker (ADR 0105).
     */
    static String consoleCsp(String keycloakOrigin) {
        return "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self' " + keycloakOrigin + "; object-src 'none'; frame-src 'none'; frame-ancestors 'none'; "
                + "base-uri 'self'; form-action 'self'";
    }

    /**
     * The console's page, assets and configuration, public; their caching is the console routes' own (the page
     * revalidated, hashed assets kept), so the default no-store headers are left out here.
     */
    @Bean
    @Order(0)
    SecurityWebFilterChain consoleChain(ServerHttpSecurity http, ConsoleProperties console) {
        return stateless(http, consoleCsp(console.keycloakOrigin()))
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, ConsoleRoutes.publicPaths()))
                .headers(headers -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    /** Swagger UI: springdoc serves the page and its assets under /swagger-ui/, /swagger-ui.html redirects there. */
    @Bean
    @Order(1)
    SecurityWebFilterChain docsUiChain(ServerHttpSecurity http,
                                       @Value("${unmiss.docs-ui.keycloak-origin:${KEYCLOAK_PUBLIC_URL:http://localhost:8180}}") String keycloakOrigin) {
        return stateless(http, docsUiCsp(keycloakOrigin))
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/swagger-ui.html", "/swagger-ui/**"))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain apiChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder, ProblemWriter problems) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
        return stateless(http, API_CSP)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        // The services' OpenAPI documents, proxied: public like the services' own.
                        .pathMatchers("/v3/api-docs/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .build();
    }

    private static ServerHttpSecurity stateless(ServerHttpSecurity http, String contentSecurityPolicy) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .headers(headers -> headers
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy)));
    }
}
