package org.unmiss.vocabulary;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reference-data file every module ships states a real-world fact only with its public source (issue 14):
 * each record carries a {@code source} (document, date or "undated", url) or says it is {@code synthetic} with a
 * note; a dated entry inside a record (a PoC site's lifecycle event) cites its own source. Fails naming the file,
 * the record and the path.
 */
class ReferenceDataSourcesTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void every_reference_data_file_is_found() throws IOException {
        assertThat(referenceDataFiles()).extracting(p -> p.getFileName().toString())
                .contains("perpetrator_parties.json", "poc_sites.json", "countries.json", "field_offices.json",
                        "agreement_chapters.json", "wps_pillars.json");
    }

    @Test
    void every_real_world_fact_cites_its_source() throws IOException {
        List<String> unsourced = new ArrayList<>();
        for (Path file : referenceDataFiles()) {
            JsonNode records = JSON.readTree(file.toFile());
            for (JsonNode record : records) {
                String where = ROOT.relativize(file) + " " + record.path("_id").asString();
                if (record.path("synthetic").asBoolean(false)) {
                    if (record.path("note").asString("").isBlank()) {
                        unsourced.add(where + ": synthetic, but no note says what is synthetic");
                    }
                    continue;
                }
                check(record, where, "", true, unsourced);
            }
        }
        assertThat(unsourced).as("reference-data records stating a fact without a source").isEmpty();
    }

    /** A record (top) needs a source; a nested object needs its own once it carries a date. */
    private static void check(JsonNode node, String where, String path, boolean top, List<String> problems) {
        boolean dated = false;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getKey().equals("source")) {
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isObject() && value.has("$date") && !value.get("$date").isNull()) {
                dated = true;
            } else if (value.isObject()) {
                check(value, where, path + "." + field.getKey(), false, problems);
            } else if (value.isArray()) {
                int i = 0;
                for (JsonNode item : value) {
                    if (item.isObject()) {
                        check(item, where, path + "." + field.getKey() + "[" + i + "]", false, problems);
                    }
                    i++;
                }
            }
        }
        if (!top && dated && node.path("synthetic").asBoolean(false)) {
            if (node.path("note").asString("").isBlank()) {
                problems.add(where + " " + path + ": synthetic, but no note says what is synthetic");
            }
            return;
        }
        if (top || dated) {
            sourceProblem(node.get("source")).ifPresent(p -> problems.add(where + (path.isEmpty() ? "" : " " + path) + ": " + p));
        }
    }

    private static java.util.Optional<String> sourceProblem(JsonNode source) {
        if (source == null || !source.isObject()) {
            return java.util.Optional.of("no source");
        }
        String document = source.path("document").asString("");
        if (document.isBlank()) {
            return java.util.Optional.of("source names no document");
        }
        if (!source.path("url").asString("").startsWith("http")) {
            return java.util.Optional.of("source gives no url: " + document);
        }
        boolean dated = !source.path("date").isMissingNode() && !source.path("date").isNull();
        if (!dated && !document.contains("undated")) {
            return java.util.Optional.of("source has no date and does not say it is undated: " + document);
        }
        return java.util.Optional.empty();
    }

    @Test
    void human_rights_keeps_the_one_party_list_of_the_vocabulary() throws IOException {
        JsonNode parties = JSON.readTree(ROOT.resolve("humanrights-service/src/main/resources/reference-data/perpetrator_parties.json").toFile());
        List<String> inFile = new ArrayList<>();
        for (JsonNode party : parties) {
            List<String> aliases = new ArrayList<>();
            party.path("aliases").forEach(a -> aliases.add(a.asString()));
            inFile.add(party.path("_id").asString() + "|" + party.path("name").asString() + "|" + date(party.path("effectiveFrom"))
                    + "|" + date(party.path("effectiveTo")) + "|" + party.path("successorCode").asString(null) + "|" + aliases
                    + "|" + party.path("source").path("url").asString());
        }
        assertThat(inFile).containsExactlyElementsOf(Parties.ALL.stream().map(p -> p.code() + "|" + p.name() + "|" + p.effectiveFrom()
                + "|" + p.effectiveTo() + "|" + p.successorCode() + "|" + p.aliases() + "|" + p.source().url()).toList());
    }

    private static String date(JsonNode value) {
        return value.isObject() ? value.path("$date").asString().substring(0, 10) : "null";
    }

    private static List<Path> referenceDataFiles() throws IOException {
        try (Stream<Path> modules = Files.list(ROOT)) {
            List<Path> files = new ArrayList<>();
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Path dir = module.resolve("src/main/resources/reference-data");
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> json = Files.list(dir)) {
                        json.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
                    }
                }
            }
            return files;
        }
    }
}
