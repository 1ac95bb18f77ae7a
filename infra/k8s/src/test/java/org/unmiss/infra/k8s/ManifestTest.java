package org.unmiss.infra.k8s;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.unmiss.infra.k8s.Kustomize.GeneratedSecret;
import org.unmiss.infra.k8s.Kustomize.Rendered;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unmiss.infra.k8s.Kustomize.list;
import static org.unmiss.infra.k8s.Kustomize.map;
import static org.unmiss.infra.k8s.Kustomize.name;

/**
 * What {@code kubectl apply -k overlays/<local|mission>} would apply, checked against the code: the
 * platform's own Deployments (gateway and five services) are probed on their actuator groups,
 * bounded, non-root and read-only, reached through a Service on their container port, built from
 * the images {@code -Pimages} makes, and given every setting their configuration needs; every
 * Secret referenced exists; none is committed with a value; the network lets each service be
 * reached only by the gateway and the services that call it; the mission overlay is highly available.
 */
class ManifestTest {

    private static final Path K8S = Path.of("").toAbsolutePath();
    private static final Path REPO = K8S.resolve("../..").normalize();
    private static final String GATEWAY = "gateway";
    /** The one port every image exposes (root pom, images profile). */
    private static final int IMAGE_PORT = 8080;
    private static final List<String> SERVICES = List.of("personnel-service", "poc-site-service",
            "humanrights-service", "gender-service", "peace-process-service");
    /** A placeholder whose default is empty or points at this machine must be set by the cluster. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?");
    private static final Pattern SECRET_LIKE = Pattern.compile(".*(SECRET|PASSWORD|KEYSET|_KEY|TOKEN).*");

    private static List<String> platform() {
        return Stream.concat(Stream.of(GATEWAY), SERVICES.stream()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "mission"})
    void everyComponentIsProbedBoundedAndUnprivileged(String overlay) {
        Rendered rendered = render(overlay);
        for (String component : platform()) {
            Map<String, Object> pod = podSpec(deployment(rendered, component));
            assertThat(pod.get("automountServiceAccountToken")).as(component).isEqualTo(false);
            assertThat(map(pod.get("securityContext")).get("runAsNonRoot")).as(component).isEqualTo(true);
            for (Object c : list(pod.get("containers"))) {
                Map<String, Object> container = map(c);
                String what = overlay + "/" + component;
                assertThat(path(container, "livenessProbe.httpGet.path")).as(what).isEqualTo("/actuator/health/liveness");
                assertThat(path(container, "readinessProbe.httpGet.path")).as(what).isEqualTo("/actuator/health/readiness");
                for (String bound : List.of("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")) {
                    assertThat(path(container, "resources." + bound)).as(what + " " + bound).isNotNull();
                }
                Map<String, Object> security = map(container.get("securityContext"));
                assertThat(security.get("runAsNonRoot")).as(what).isEqualTo(true);
                assertThat(security.get("readOnlyRootFilesystem")).as(what).isEqualTo(true);
                assertThat(security.get("allowPrivilegeEscalation")).as(what).isEqualTo(false);
                assertThat(list(map(security.get("capabilities")).get("drop"))).as(what).contains("ALL");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "mission"})
    void everyComponentRunsTheImageTheBuildMakesBehindAServiceOnItsPort(String overlay) {
        Rendered rendered = render(overlay);
        String version = System.getProperty("platform.version");
        assertThat(version).as("platform.version (set by the pom)").isNotBlank();
        for (String component : platform()) {
            Map<String, Object> deployment = deployment(rendered, component);
            Map<String, Object> container = map(list(podSpec(deployment).get("containers")).get(0));
            // The name -Pimages gives the module's image (service-parent and gateway poms).
            assertThat(container.get("image")).as(component).isEqualTo("unmiss/" + component + ":" + version);
            Map<String, Object> labels = map(path(deployment, "spec.template.metadata.labels"));
            Map<String, Object> service = only(rendered, "Service", component);
            assertThat(labels).as(component + " pods carry the Service's selector")
                    .containsAllEntriesOf(map(path(service, "spec.selector")));
            Set<Object> containerPorts = new HashSet<>();
            for (Object port : list(container.get("ports"))) {
                containerPorts.add(map(port).get("name"));
                containerPorts.add(map(port).get("containerPort"));
            }
            for (Object port : list(path(service, "spec.ports"))) {
                assertThat(containerPorts).as(component + " Service targetPort").contains(map(port).get("targetPort"));
            }
            // The image listens where SERVER_PORT says (the -Pimages check proves the image exposes
            // IMAGE_PORT); server.port must be a placeholder SERVER_PORT can override.
            assertThat(env(container, "SERVER_PORT")).as(component).isEqualTo(String.valueOf(IMAGE_PORT));
            assertThat(list(container.get("ports"))).as(component + " listens on " + IMAGE_PORT)
                    .anySatisfy(port -> assertThat(map(port).get("containerPort")).isEqualTo(IMAGE_PORT));
            assertThat(read(configurationOf(component).get(0))).as(component + " server.port is overridable")
                    .containsPattern("\\n  port: \\$\\{[A-Z_]+:\\d+}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "mission"})
    void everySettingAComponentNeedsIsSupplied(String overlay) {
        Rendered rendered = render(overlay);
        for (String component : platform()) {
            Set<String> supplied = suppliedSettings(rendered, deployment(rendered, component));
            assertThat(supplied).as(overlay + "/" + component + " needs").containsAll(requiredSettings(component));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "mission"})
    void everyReferencedSecretExistsWithTheKeyAsked(String overlay) {
        Rendered rendered = render(overlay);
        Map<String, List<String>> generated = rendered.generatedSecrets().stream()
                .collect(Collectors.toMap(GeneratedSecret::name, GeneratedSecret::keys));
        Set<String> declared = new TreeSet<>(generated.keySet());
        for (Map<String, Object> object : rendered.objects()) {
            switch ((String) object.get("kind")) {
                case "Certificate" -> declared.add((String) path(object, "spec.secretName"));
                case "MongoDBCommunity" -> list(path(object, "spec.users"))
                        .forEach(user -> declared.add((String) map(user).get("connectionStringSecretName")));
                default -> { }
            }
        }
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> object : rendered.objects()) {
            collectSecretReferences(object, (secret, key) -> {
                if (!declared.contains(secret)) {
                    problems.add(object.get("kind") + "/" + name(object) + " refers to Secret " + secret + ", declared nowhere");
                } else if (key != null && generated.containsKey(secret) && !generated.get(secret).contains(key)) {
                    problems.add(object.get("kind") + "/" + name(object) + " asks Secret " + secret + " for key " + key);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noSecretValueIsCommitted() throws IOException {
        try (Stream<Path> files = Files.walk(K8S.resolve("base")); Stream<Path> overlays = Files.walk(K8S.resolve("overlays"))) {
            for (Path file : Stream.concat(files, overlays).filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                assertThat(name).as("a real env file lies in the tree").doesNotEndWith(".env");
                if (name.endsWith(".env.example")) {
                    for (String line : Files.readAllLines(file)) {
                        if (!line.startsWith("#") && !line.isBlank()) {
                            assertThat(line).as(file + ": example keys carry no value").endsWith("=");
                        }
                    }
                } else if (name.endsWith(".yaml")) {
                    for (Map<String, Object> object : Kustomize.Yaml1.load(file)) {
                        assertThat(object.get("kind")).as(file + ": Secrets come from generators only").isNotEqualTo("Secret");
                        collectLiteralEnv(object, (env, value) -> assertThat(env)
                                .as(file + ": " + env + " is given a literal value").doesNotMatch(SECRET_LIKE));
                    }
                }
            }
        }
        assertThat(Files.readString(K8S.resolve("base/secrets/.gitignore"))).contains("*.env");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "mission"})
    void mongoDbIsAReplicaSetReachedThroughTheOperatorsConnectionSecret(String overlay) {
        Rendered rendered = render(overlay);
        Map<String, Object> mongo = only(rendered, "MongoDBCommunity", "mission-mongodb");
        assertThat(path(mongo, "spec.type")).isEqualTo("ReplicaSet");
        if (overlay.equals("mission")) {
            assertThat((Integer) path(mongo, "spec.members")).isGreaterThanOrEqualTo(3);
        }
        Set<Object> connectionSecrets = list(path(mongo, "spec.users")).stream()
                .map(user -> map(user).get("connectionStringSecretName")).collect(Collectors.toSet());
        for (String service : SERVICES) {
            Map<String, Object> container = map(list(podSpec(deployment(rendered, service)).get("containers")).get(0));
            Map<String, Object> uri = list(container.get("env")).stream().map(Kustomize::map)
                    .filter(env -> "MONGODB_URI".equals(env.get("name"))).findFirst().orElseThrow();
            assertThat(uri).as(service + " MONGODB_URI is no literal").doesNotContainKey("value");
            assertThat(connectionSecrets).as(service).contains(path(uri, "valueFrom.secretKeyRef.name"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "mission"})
    void onlyTheGatewayIsReachableAndEachServiceOnlyByItsCallers(String overlay) {
        Rendered rendered = render(overlay);
        List<Map<String, Object>> policies = rendered.objects().stream()
                .filter(o -> "NetworkPolicy".equals(o.get("kind"))).toList();
        assertThat(policies).anySatisfy(policy -> {
            assertThat(map(path(policy, "spec.podSelector"))).isEmpty();
            assertThat(path(policy, "spec.ingress")).isNull();
        });
        for (String component : platform()) {
            Set<String> allowed = new TreeSet<>();
            boolean fromAnywhere = false;
            for (Map<String, Object> policy : policies) {
                Object selected = path(policy, "spec.podSelector.matchLabels.app.kubernetes.io/name");
                if (!component.equals(selected)) {
                    continue;
                }
                for (Object rule : list(path(policy, "spec.ingress"))) {
                    List<Object> from = list(map(rule).get("from"));
                    fromAnywhere |= from.isEmpty();
                    from.forEach(peer -> allowed.add((String) path(map(peer), "podSelector.matchLabels.app.kubernetes.io/name")));
                }
            }
            if (component.equals(GATEWAY)) {
                assertThat(fromAnywhere).as("the gateway is reachable from outside").isTrue();
            } else {
                assertThat(fromAnywhere).as(component + " is reachable from outside").isFalse();
                Set<String> expected = new TreeSet<>(callersOf(component));
                expected.add(GATEWAY);
                assertThat(allowed).as(component + " is reachable from").isEqualTo(expected);
            }
        }
    }

    @Test
    void theMissionOverlayIsHighlyAvailable() {
        Rendered rendered = render("mission");
        for (String component : platform()) {
            Map<String, Object> deployment = deployment(rendered, component);
            assertThat((Integer) path(deployment, "spec.replicas")).as(component).isGreaterThanOrEqualTo(2);
            assertThat(path(deployment, "spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution"))
                    .as(component + " replicas on different nodes").isNotNull();
            Map<String, Object> budget = only(rendered, "PodDisruptionBudget", component);
            assertThat(map(path(budget, "spec.selector.matchLabels"))).isEqualTo(map(path(deployment, "spec.selector.matchLabels")));
            Map<String, Object> autoscaler = only(rendered, "HorizontalPodAutoscaler", component);
            assertThat(path(autoscaler, "spec.scaleTargetRef.name")).isEqualTo(component);
            assertThat((Integer) path(autoscaler, "spec.minReplicas")).isGreaterThanOrEqualTo(2);
            assertThat(list(path(autoscaler, "spec.metrics"))).anySatisfy(metric ->
                    assertThat(path(map(metric), "resource.name")).isEqualTo("cpu"));
        }
        assertThat((Integer) path(only(rendered, "Keycloak", "keycloak"), "spec.instances")).isGreaterThanOrEqualTo(2);
        assertThat(path(only(rendered, "KeycloakRealmImport", "unmiss-realm"), "spec.realm.realm"))
                .as("the realm the issuer URIs name").isEqualTo("unmiss");
    }

    /**
     * The Compose file for Docker-only sites runs the same images, unprivileged and read-only, gives
     * each component every setting its configuration needs, and takes every secret from .env.
     */
    @Test
    void theComposeFileRunsTheSameImagesWithEverySettingAndNoSecretLiteral() throws IOException {
        Path compose = REPO.resolve("infra/compose");
        Map<String, Object> services = map(Kustomize.Yaml1.load(compose.resolve("compose.yaml")).get(0).get("services"));
        for (String component : platform()) {
            Map<String, Object> service = map(services.get(component));
            assertThat(service.get("image")).as(component).isEqualTo("unmiss/" + component + ":" + System.getProperty("platform.version"));
            assertThat(service.get("read_only")).as(component).isEqualTo(true);
            assertThat(service.get("user")).as(component).isEqualTo("65532:65532");
            Map<String, Object> environment = map(service.get("environment"));
            Set<String> required = requiredSettings(component);
            required.remove("SERVER_PORT");
            assertThat(environment.keySet()).as("compose " + component + " needs").containsAll(required);
            environment.forEach((setting, value) -> {
                if (SECRET_LIKE.matcher(setting).matches() || String.valueOf(value).contains(":") && String.valueOf(value).contains("@")) {
                    assertThat(String.valueOf(value)).as("compose " + component + " " + setting + " comes from .env")
                            .contains("${");
                }
            });
        }
        for (String line : Files.readAllLines(compose.resolve(".env.example"))) {
            if (!line.startsWith("#") && !line.isBlank() && !line.startsWith("POSTGRES_DB=")) {
                assertThat(line).as("compose .env.example carries no value").endsWith("=");
            }
        }
        assertThat(Files.readAllLines(compose.resolve(".gitignore"))).contains(".env", "mongo-keyfile");
    }

    // ---- what the code says each component needs ----

    private static List<Path> configurationOf(String component) {
        List<Path> files = new ArrayList<>(List.of(REPO.resolve(component + "/src/main/resources/application.yml")));
        if (!component.equals(GATEWAY)) {
            files.add(REPO.resolve("service-kit/src/main/resources/service-kit-defaults.properties"));
        }
        return files;
    }

    /** Placeholders whose default is empty (a secret, a key) or a localhost address. */
    private static Set<String> requiredSettings(String component) {
        Set<String> required = new TreeSet<>();
        for (Path file : configurationOf(component)) {
            Matcher m = PLACEHOLDER.matcher(read(file));
            while (m.find()) {
                String fallback = m.group(2);
                if (fallback != null && (fallback.isEmpty() || fallback.contains("localhost"))) {
                    required.add(m.group(1));
                }
            }
        }
        return required;
    }

    /** Which services call this one: those whose configuration asks for its URL. */
    private static Set<String> callersOf(String service) {
        String urlSetting = service.replace("-service", "").replace('-', '_').toUpperCase() + "_URL";
        return SERVICES.stream().filter(s -> !s.equals(service))
                .filter(s -> requiredSettings(s).contains(urlSetting)).collect(Collectors.toSet());
    }

    private static Object env(Map<String, Object> container, String name) {
        return list(container.get("env")).stream().map(Kustomize::map).filter(e -> name.equals(e.get("name")))
                .map(e -> e.get("value")).findFirst().orElse(null);
    }

    private static Set<String> suppliedSettings(Rendered rendered, Map<String, Object> deployment) {
        Set<String> supplied = new TreeSet<>();
        for (Object c : list(podSpec(deployment).get("containers"))) {
            Map<String, Object> container = map(c);
            list(container.get("env")).forEach(env -> supplied.add((String) map(env).get("name")));
            for (Object source : list(container.get("envFrom"))) {
                Map<String, Object> from = map(source);
                if (from.containsKey("configMapRef")) {
                    String configMap = (String) map(from.get("configMapRef")).get("name");
                    supplied.addAll(map(path(only(rendered, "ConfigMap", configMap), "data")).keySet());
                } else {
                    String secret = (String) map(from.get("secretRef")).get("name");
                    rendered.generatedSecrets().stream().filter(g -> g.name().equals(secret))
                            .forEach(g -> supplied.addAll(g.keys()));
                }
            }
        }
        return supplied;
    }

    // ---- walking the objects ----

    private interface SecretReference {
        void found(String secret, String key);
    }

    private interface LiteralEnv {
        void found(String name, Object value);
    }

    /** Deployments' secretRef/secretKeyRef and the operators' fields naming a Secret. */
    private static void collectSecretReferences(Object node, SecretReference reference) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                String key = String.valueOf(k);
                if ((key.equals("secretKeyRef") || key.equals("secretRef") || key.endsWith("SecretRef")
                        || key.equals("usernameSecret") || key.equals("passwordSecret")) && v instanceof Map<?, ?> ref) {
                    reference.found((String) ref.get("name"), (String) ref.get("key"));
                } else if (key.equals("tlsSecret") && v instanceof String name) {
                    reference.found(name, null);
                } else {
                    collectSecretReferences(v, reference);
                }
            });
        } else if (node instanceof List<?> items) {
            items.forEach(item -> collectSecretReferences(item, reference));
        }
    }

    private static void collectLiteralEnv(Object node, LiteralEnv literal) {
        if (node instanceof Map<?, ?> m) {
            if (m.get("env") instanceof List<?> env) {
                env.stream().map(Kustomize::map).filter(e -> e.containsKey("value"))
                        .forEach(e -> literal.found((String) e.get("name"), e.get("value")));
            }
            if (m.get("data") instanceof Map<?, ?> data) {
                data.keySet().forEach(k -> literal.found(String.valueOf(k), data.get(k)));
            }
            m.values().forEach(v -> collectLiteralEnv(v, literal));
        } else if (node instanceof List<?> items) {
            items.forEach(item -> collectLiteralEnv(item, literal));
        }
    }

    private static Rendered render(String overlay) {
        return Kustomize.build(K8S.resolve("overlays/" + overlay));
    }

    private static Map<String, Object> deployment(Rendered rendered, String name) {
        return only(rendered, "Deployment", name);
    }

    private static Map<String, Object> only(Rendered rendered, String kind, String name) {
        List<Map<String, Object>> found = rendered.objects().stream()
                .filter(o -> kind.equals(o.get("kind")) && name.equals(name(o))).toList();
        assertThat(found).as(kind + "/" + name).hasSize(1);
        return found.get(0);
    }

    private static Map<String, Object> podSpec(Map<String, Object> deployment) {
        return map(path(deployment, "spec.template.spec"));
    }

    /** Dotted path; a label key with dots and a slash is matched whole as the last segment. */
    private static Object path(Map<String, Object> object, String dotted) {
        Object at = object;
        String rest = dotted;
        while (at instanceof Map<?, ?> m && !rest.isEmpty()) {
            if (m.containsKey(rest)) {
                return m.get(rest);
            }
            int dot = rest.indexOf('.');
            String head = dot < 0 ? rest : rest.substring(0, dot);
            at = m.get(head);
            rest = dot < 0 ? "" : rest.substring(dot + 1);
        }
        return rest.isEmpty() ? at : null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
