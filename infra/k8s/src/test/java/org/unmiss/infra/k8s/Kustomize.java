package org.unmiss.infra.k8s;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of kustomize these manifests use, so the build can check what {@code kubectl apply -k}
 * would apply without a kustomize binary: resources (files and directories), namespace,
 * secretGenerator from env files (keys read from the committed {@code .env.example}, since the real
 * {@code .env} is never committed), strategic-merge patches of whole objects (lists of named items
 * merged by name, as Kubernetes does for containers) and JSON-patch {@code replace}/{@code add}.
 * Anything else in a kustomization fails the render, so the check cannot silently skip it.
 */
final class Kustomize {

    private static final Set<String> KNOWN = Set.of("apiVersion", "kind", "namespace", "labels", "resources",
            "secretGenerator", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    /** A generated Secret: its name and the keys the site's env file must provide. */
    record GeneratedSecret(String name, List<String> keys) {
    }

    record Rendered(List<Map<String, Object>> objects, List<GeneratedSecret> generatedSecrets) {
    }

    private Kustomize() {
    }

    static Rendered build(Path directory) {
        Map<String, Object> kustomization = Yaml1.load(directory.resolve("kustomization.yaml")).get(0);
        for (String key : kustomization.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalStateException(directory + ": kustomization field '" + key + "' is not understood by this check");
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        List<GeneratedSecret> secrets = new ArrayList<>();
        for (Object resource : list(kustomization.get("resources"))) {
            Path path = directory.resolve((String) resource).normalize();
            if (Files.isDirectory(path)) {
                Rendered sub = build(path);
                objects.addAll(sub.objects());
                secrets.addAll(sub.generatedSecrets());
            } else {
                objects.addAll(Yaml1.load(path));
            }
        }
        for (Object generator : list(kustomization.get("secretGenerator"))) {
            Map<String, Object> spec = map(generator);
            List<String> keys = new ArrayList<>();
            for (Object env : list(spec.get("envs"))) {
                keys.addAll(envKeys(directory.resolve(env + ".example")));
            }
            secrets.add(new GeneratedSecret((String) spec.get("name"), keys));
        }
        for (Object patch : list(kustomization.get("patches"))) {
            Map<String, Object> spec = map(patch);
            if (spec.containsKey("path")) {
                for (Map<String, Object> document : Yaml1.load(directory.resolve((String) spec.get("path")))) {
                    merge(find(objects, (String) document.get("kind"), name(document)), document);
                }
            } else {
                Map<String, Object> target = map(spec.get("target"));
                Map<String, Object> object = find(objects, (String) target.get("kind"), (String) target.get("name"));
                for (Object op : new Yaml(new SafeConstructor(new LoaderOptions())).<List<Object>>load((String) spec.get("patch"))) {
                    jsonPatch(object, map(op));
                }
            }
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            for (Map<String, Object> object : objects) {
                if (!CLUSTER_SCOPED.contains(object.get("kind"))) {
                    map(object.get("metadata")).put("namespace", namespace);
                }
            }
        }
        return new Rendered(objects, secrets);
    }

    static List<String> envKeys(Path example) {
        try {
            List<String> keys = new ArrayList<>();
            for (String line : Files.readAllLines(example)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    keys.add(line.substring(0, line.indexOf('=')));
                }
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Map<String, Object> object) {
        return (String) map(object.get("metadata")).get("name");
    }

    private static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")) && name.equals(name(o))).findFirst()
                .orElseThrow(() -> new IllegalStateException("patch target " + kind + "/" + name + " does not exist"));
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object existing = into.get(key);
            if (existing instanceof Map && value instanceof Map) {
                merge((Map<String, Object>) existing, (Map<String, Object>) value);
            } else if (existing instanceof List<?> old && value instanceof List<?> added && isNamed(old) && isNamed(added)) {
                for (Object item : added) {
                    Object itemName = map(item).get("name");
                    old.stream().filter(o -> itemName.equals(map(o).get("name"))).findFirst()
                            .ifPresentOrElse(o -> merge(map(o), map(item)), () -> ((List<Object>) old).add(item));
                }
            } else {
                into.put(key, value);
            }
        });
    }

    private static boolean isNamed(List<?> items) {
        return !items.isEmpty() && items.stream().allMatch(i -> i instanceof Map<?, ?> m && m.containsKey("name"));
    }

    private static void jsonPatch(Map<String, Object> object, Map<String, Object> op) {
        String operation = (String) op.get("op");
        if (!Set.of("replace", "add").contains(operation)) {
            throw new IllegalStateException("JSON patch op '" + operation + "' is not understood by this check");
        }
        String[] path = ((String) op.get("path")).substring(1).split("/");
        Map<String, Object> at = object;
        for (int i = 0; i < path.length - 1; i++) {
            at = map(at.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>()));
        }
        if ("replace".equals(operation) && !at.containsKey(path[path.length - 1])) {
            throw new IllegalStateException("JSON patch replaces " + op.get("path") + ", which does not exist");
        }
        at.put(path[path.length - 1], op.get("value"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? new LinkedHashMap<>() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    /** YAML 1.1 via SnakeYAML, safe constructor: every document of a file, comments dropped. */
    static final class Yaml1 {
        private Yaml1() {
        }

        static List<Map<String, Object>> load(Path file) {
            try {
                List<Map<String, Object>> documents = new ArrayList<>();
                for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(file))) {
                    if (document != null) {
                        documents.add(map(document));
                    }
                }
                return documents;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
