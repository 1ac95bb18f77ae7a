package org.unmiss.gender.personnel.persistence;

import org.unmiss.gender.personnel.domain.StrengthCount;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;

/**
 * personnel-service's strength report as this service reads it, in one place so a change of that
 * contract is a change of this class only:
 * {@code GET /api/v1/personnel-reports/strength?asOf=YYYY-MM-DD&groupBy=category,subCategory,sex}
 * (or {@code groupBy=country,sex}) answering
 * {@code {"asOf": "...", "rows": [{"category", "subCategory", "country", "sex", "count"}], "total": n}}.
 * Fields this service does not use are ignored, so personnel-service may add some.
 */
public final class StrengthContract {

    public static final String BY_CATEGORY = "category,subCategory,sex";
    public static final String BY_COUNTRY = "country,sex";

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private StrengthContract() {
    }

    public record Report(LocalDate asOf, List<Row> rows, long total) {

        public Report {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }

        public List<StrengthCount> counts() {
            return rows.stream().map(r -> new StrengthCount(r.category(), r.subCategory(), r.country(), r.sex(), r.count())).toList();
        }
    }

    /** One cell of the breakdown; fields not grouped by are null. {@code sex} is FEMALE or MALE. */
    public record Row(String category, String subCategory, String country, String sex, long count) {
    }

    public static Report parse(byte[] body) {
        Report report = JSON.readValue(body, Report.class);
        if (report.asOf() == null) {
            throw new IllegalArgumentException("strength report without asOf");
        }
        return report;
    }
}
