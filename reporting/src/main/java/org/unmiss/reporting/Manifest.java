package org.unmiss.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what the pack is (period, as-of, when and from where it was made), where each file came
 * from (service and operationId) and which document version that service's client was generated from, and
 * whether the pack is COMPLETE; an INCOMPLETE pack lists every missing file and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(String pack, String period, LocalDate from, LocalDate to, LocalDate asOf, Instant generatedAt,
                       String gateway, Status status, Map<String, Service> services, List<Entry> sections,
                       List<Entry> missing) {

    public enum Status { COMPLETE, INCOMPLETE }

    /** A service read for the pack: its OpenAPI document's info.version, and whether all its sections came. */
    public record Service(String documentVersion, boolean answered) {
    }

    /** A file of the pack; {@code rows} when written, {@code reason} when missing. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String file, String service, String operation, String status, Integer rows, String reason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    static Manifest of(String pack, Quarter quarter, Instant generatedAt, String gateway, List<SectionResult> results,
                       Map<String, String> documentVersions) {
        List<Entry> sections = new ArrayList<>();
        List<Entry> missing = new ArrayList<>();
        Map<String, Service> services = new LinkedHashMap<>();
        for (SectionResult result : results) {
            Section section = result.section();
            Service known = services.get(section.service());
            boolean answered = (known == null || known.answered()) && !result.isMissing();
            services.put(section.service(), new Service(documentVersions.get(section.service()), answered));
            if (result.isMissing()) {
                for (String file : section.files()) {
                    Entry entry = new Entry(file, section.service(), section.operation(), "MISSING", null, result.failure());
                    sections.add(entry);
                    missing.add(entry);
                }
            } else {
                for (Table table : result.tables()) {
                    sections.add(new Entry(table.file(), section.service(), section.operation(), "WRITTEN", table.rows().size(), null));
                }
            }
        }
        return new Manifest(pack, quarter.toString(), quarter.firstDay(), quarter.lastDay(), quarter.lastDay(), generatedAt,
                gateway, missing.isEmpty() ? Status.COMPLETE : Status.INCOMPLETE, services, sections, missing);
    }

    public String json() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the manifest could not be written as JSON", e);
        }
    }

    public static Manifest read(String json) {
        try {
            return JSON.readValue(json, Manifest.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a reporting-pack manifest: " + e.getOriginalMessage(), e);
        }
    }
}
