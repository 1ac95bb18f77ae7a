package org.unmiss.kit.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The demo users and service accounts of the development realm ({@code infra/keycloak/realm/unmiss-realm.json}),
 * as tokens of the {@link TestIssuer}: a role-matrix test calls as {@code hr.officer.malakal} with the
 * roles and field office the realm gives that user (composite job functions expanded as Keycloak
 * does), read from the file rather than copied, so a test cannot drift from what Keycloak issues.
 */
public final class RealmCallers {

    static final String REALM = "infra/keycloak/realm/unmiss-realm.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One caller of the realm: user name, field office (null without one), realm roles as in the token. */
    public record Caller(String username, String fieldOffice, List<String> roles) {

        public boolean hasRole(String role) {
            return roles.contains(role);
        }
    }

    private final Map<String, Caller> callers;
    private final Map<String, List<String>> composites;

    private RealmCallers(Map<String, Caller> callers, Map<String, List<String>> composites) {
        this.callers = callers;
        this.composites = composites;
    }

    /** The development realm of the checkout the tests run in (found from the working directory up). */
    public static RealmCallers load() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(REALM))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(REALM + " not found above " + Path.of("").toAbsolutePath());
        }
        try {
            return parse(JSON.readTree(Files.readString(dir.resolve(REALM))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static RealmCallers parse(JsonNode realm) {
        Map<String, List<String>> composites = new TreeMap<>();
        for (JsonNode role : realm.path("roles").path("realm")) {
            List<String> parts = new ArrayList<>();
            for (JsonNode part : role.path("composites").path("realm")) {
                parts.add(part.asString());
            }
            composites.put(role.path("name").asString(), parts);
        }
        Map<String, Caller> callers = new TreeMap<>();
        for (JsonNode user : realm.path("users")) {
            Set<String> roles = new LinkedHashSet<>();
            for (JsonNode role : user.path("realmRoles")) {
                expand(role.asString(), composites, roles);
            }
            JsonNode office = user.path("attributes").path("field_office").path(0);
            String username = user.path("username").asString();
            callers.put(username, new Caller(username, office.isMissingNode() ? null : office.asString(), List.copyOf(roles)));
        }
        // A service account's office comes from its client's hard-coded claim mapper.
        for (JsonNode client : realm.path("clients")) {
            for (JsonNode mapper : client.path("protocolMappers")) {
                if ("field_office".equals(mapper.path("config").path("claim.name").asString())) {
                    String account = "service-account-" + client.path("clientId").asString();
                    Caller found = callers.get(account);
                    if (found != null) {
                        callers.put(account, new Caller(account, mapper.path("config").path("claim.value").asString(), found.roles()));
                    }
                }
            }
        }
        return new RealmCallers(callers, composites);
    }

    private static void expand(String role, Map<String, List<String>> composites, Set<String> into) {
        if (into.add(role)) {
            for (String part : composites.getOrDefault(role, List.of())) {
                expand(part, composites, into);
            }
        }
    }

    /** The realm's caller of that name; fails the test if the realm has none. */
    public Caller caller(String username) {
        Caller caller = callers.get(username);
        if (caller == null) {
            throw new IllegalArgumentException("no user " + username + " in " + REALM + "; it has " + callers.keySet());
        }
        return caller;
    }

    /**
     * The roles a token carries for a user holding {@code realmRole} (a job function such as
     * {@code civil-affairs-officer}, expanded as Keycloak does), for callers the realm has no demo user
     * of, e.g. a civil affairs officer of another office.
     */
    public String[] rolesOf(String realmRole) {
        if (!composites.containsKey(realmRole)) {
            throw new IllegalArgumentException("no realm role " + realmRole + " in " + REALM + "; it has " + composites.keySet());
        }
        Set<String> roles = new LinkedHashSet<>();
        expand(realmRole, composites, roles);
        return roles.toArray(String[]::new);
    }

    /** Every user and service account of the realm, by name. */
    public Map<String, Caller> all() {
        return callers;
    }

    /** A token for the realm's caller, with its roles and field office, signed by the test issuer. */
    public String token(TestIssuer issuer, String username) {
        Caller caller = caller(username);
        String[] roles = caller.roles().toArray(String[]::new);
        return caller.fieldOffice() == null ? issuer.tokenWithoutOffice(username, roles) : issuer.token(username, caller.fieldOffice(), roles);
    }
}
