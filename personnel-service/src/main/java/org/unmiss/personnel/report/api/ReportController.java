package org.unmiss.personnel.report.api;

import lombok.RequiredArgsConstructor;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.kit.web.Exports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.personnel.country.domain.IsoCountries;
import org.unmiss.personnel.person.domain.Category;
import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;
import org.unmiss.personnel.report.domain.Count;
import org.unmiss.personnel.report.domain.Dimension;
import org.unmiss.personnel.report.domain.GenderParity;
import org.unmiss.personnel.report.domain.RotationsDue;
import org.unmiss.personnel.report.domain.StrengthFilter;
import org.unmiss.personnel.report.domain.StrengthReport;
import org.unmiss.personnel.report.domain.UnpolStrength;
import org.unmiss.personnel.report.domain.Stint;
import org.unmiss.personnel.report.domain.Strength;
import org.unmiss.personnel.report.persistence.StrengthSnapshot;
import org.unmiss.vocabulary.ParityTargets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregate figures only (no names, no index numbers), so reporting tools and partners may read them
 * mission-wide; the gender parity view is also open to gender officers. Each report is JSON, or CSV
 * when asked with {@code Accept: text/csv}; {@code hxl=true} adds a row of HXL hashtags under the header
 * (https://hxlstandard.org) so humanitarian tools read the columns without a mapping.
 */
@RestController
@RequestMapping("/api/v1/personnel-reports")
@Tag(name = "Personnel reports", description = "Strength, UNPOL strength, gender parity and rotations due (JSON or CSV)")
@PreAuthorize("hasAnyRole('PERSONNEL_READ', 'PERSONNEL_WRITE', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class ReportController {

    private static final int MAX_DAYS = 366;

    private final StrengthSnapshot snapshot;
    private final ParityTargets targets;
    private final Clock clock;

    @GetMapping(value = "/strength", produces = Exports.JSON)
    // Gender officers read strength by sex for the parity view (gender-service relays their token).
    @PreAuthorize("hasAnyRole('PERSONNEL_READ', 'PERSONNEL_WRITE', 'REPORTING', 'PARTNER', 'MISSION_ADMIN', 'GENDER_READ')")
    @Operation(operationId = "strength", summary = "Strength on a date, broken down by any combination of category, subCategory, country, fieldOffice and sex",
            description = "Counts people on strength (active deployment begun by asOf, or a completed one spanning it); "
                    + "rows and per-dimension totals add up to total; ceilings are mission-wide, those in force on asOf (each with its resolution and source).")
    public StrengthReport strength(
            @Parameter(description = "Day to count (YYYY-MM-DD); default today")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "Comma-separated: category, subCategory, country, fieldOffice, sex")
            @RequestParam(defaultValue = "category") String groupBy,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) SubCategory subCategory,
            @Parameter(description = "ISO 3166-1 alpha-3 nationality") @RequestParam(required = false) String country,
            @RequestParam(required = false) String fieldOffice,
            @RequestParam(required = false) Sex sex) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<Dimension> dimensions = dimensions(groupBy);
        StrengthFilter filter = filter(category, subCategory, country, fieldOffice, sex);
        List<Stint> stints = snapshot.stints();
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Strength.count(stints, day, StrengthFilter.ALL, List.of(Dimension.CATEGORY))
                .forEach(c -> byCategory.put(Category.valueOf(c.get(Dimension.CATEGORY)), c.count()));
        List<Count> counts = Strength.count(stints, day, filter, dimensions);
        return StrengthReport.of(day, dimensions, counts, byCategory);
    }

    @GetMapping(value = "/strength", produces = Exports.CSV)
    // Gender officers read strength by sex for the parity view (gender-service relays their token).
    @PreAuthorize("hasAnyRole('PERSONNEL_READ', 'PERSONNEL_WRITE', 'REPORTING', 'PARTNER', 'MISSION_ADMIN', 'GENDER_READ')")
    @Operation(operationId = "strength", summary = "Strength as CSV: one column per grouped dimension, then count; a last TOTAL row")
    public String strengthCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                              @RequestParam(defaultValue = "category") String groupBy,
                              @RequestParam(required = false) Category category,
                              @RequestParam(required = false) SubCategory subCategory,
                              @RequestParam(required = false) String country,
                              @RequestParam(required = false) String fieldOffice,
                              @RequestParam(required = false) Sex sex,
                              @Parameter(description = "true: a row of HXL hashtags under the header") @RequestParam(defaultValue = "false") boolean hxl) {
        StrengthReport report = strength(asOf, groupBy, category, subCategory, country, fieldOffice, sex);
        List<Dimension> dimensions = dimensions(groupBy);
        List<CsvTable.Column> columns = new ArrayList<>();
        dimensions.forEach(d -> columns.add(new CsvTable.Column(d.apiName(), hxlTag(d))));
        columns.add(new CsvTable.Column("count", "#indicator+num+strength"));
        List<List<Object>> rows = new ArrayList<>();
        for (StrengthReport.Row row : report.rows()) {
            List<Object> cells = new ArrayList<>();
            dimensions.forEach(d -> cells.add(row.value(d)));
            cells.add(row.count());
            rows.add(cells);
        }
        List<Object> total = new ArrayList<>();
        dimensions.forEach(d -> total.add(total.isEmpty() ? "TOTAL" : ""));
        total.add(report.total());
        rows.add(total);
        return CsvTable.render(columns, hxl, rows);
    }

    @GetMapping(value = "/unpol-strength", produces = Exports.JSON)
    @Operation(operationId = "unpolStrength", summary = "UN Police strength: formed police units, individual police officers, corrections, per field office")
    public UnpolStrength unpol(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        StrengthFilter police = new StrengthFilter(Set.of(Category.POLICE, Category.CORRECTIONS), null, null, null, null);
        return UnpolStrength.of(day, Strength.count(snapshot.stints(), day, police, List.of(Dimension.SUB_CATEGORY, Dimension.FIELD_OFFICE)));
    }

    @GetMapping(value = "/unpol-strength", produces = Exports.CSV)
    @Operation(operationId = "unpolStrength", summary = "UN Police strength as CSV, one row per field office and a TOTAL row")
    public String unpolCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                           @Parameter(description = "true: a row of HXL hashtags under the header") @RequestParam(defaultValue = "false") boolean hxl) {
        UnpolStrength report = unpol(asOf);
        List<List<Object>> rows = new ArrayList<>();
        report.byFieldOffice().forEach(o -> rows.add(List.of(o.fieldOffice(), o.formedPoliceUnits(),
                o.individualPoliceOfficers(), o.corrections(), o.total())));
        rows.add(List.of("TOTAL", report.formedPoliceUnits(), report.individualPoliceOfficers(), report.corrections(), report.total()));
        return CsvTable.render(List.of(new CsvTable.Column("fieldOffice", "#loc+office"),
                new CsvTable.Column("formedPoliceUnits", "#indicator+num+fpu"),
                new CsvTable.Column("individualPoliceOfficers", "#indicator+num+ipo"),
                new CsvTable.Column("corrections", "#indicator+num+corrections"),
                new CsvTable.Column("total", "#indicator+num+total")), hxl, rows);
    }

    @GetMapping(value = "/gender-parity", produces = Exports.JSON)
    @PreAuthorize("hasAnyRole('PERSONNEL_READ', 'PERSONNEL_WRITE', 'REPORTING', 'PARTNER', 'MISSION_ADMIN', 'GENDER_READ')")
    @Operation(operationId = "genderParity", summary = "Women's share per category, sub-category or contributing country, against the parity targets of asOf's year",
            description = "by=country counts uniformed personnel only (the contributing countries' part).")
    public GenderParity parity(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               @Parameter(description = "category, subCategory or country")
                               @RequestParam(defaultValue = "subCategory") String by) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        Dimension dimension = Dimension.byApiName(by)
                .filter(d -> d == Dimension.CATEGORY || d == Dimension.SUB_CATEGORY || d == Dimension.COUNTRY)
                .orElseThrow(() -> new InvalidRequestException("by", "must be one of [category, subCategory, country]"));
        StrengthFilter filter = dimension == Dimension.COUNTRY
                ? new StrengthFilter(Set.of(Category.MILITARY, Category.POLICE, Category.CORRECTIONS), null, null, null, null)
                : StrengthFilter.ALL;
        List<Dimension> groupBy = new ArrayList<>(new LinkedHashSet<>(List.of(dimension, Dimension.SUB_CATEGORY, Dimension.SEX)));
        return GenderParity.of(day, dimension, Strength.count(snapshot.stints(), day, filter, groupBy), targets);
    }

    @GetMapping(value = "/gender-parity", produces = Exports.CSV)
    @PreAuthorize("hasAnyRole('PERSONNEL_READ', 'PERSONNEL_WRITE', 'REPORTING', 'PARTNER', 'MISSION_ADMIN', 'GENDER_READ')")
    @Operation(operationId = "genderParity", summary = "Gender parity as CSV")
    public String parityCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                            @RequestParam(defaultValue = "subCategory") String by,
                            @Parameter(description = "true: a row of HXL hashtags under the header") @RequestParam(defaultValue = "false") boolean hxl) {
        GenderParity report = parity(asOf, by);
        List<List<Object>> rows = new ArrayList<>();
        report.rows().forEach(r -> rows.add(java.util.Arrays.asList(r.key(), r.women(), r.men(), r.total(), r.womenPercent(),
                r.targetPercent(), r.meetsTarget())));
        Dimension grouped = Dimension.byApiName(report.by()).orElseThrow();
        return CsvTable.render(List.of(new CsvTable.Column(report.by(), hxlTag(grouped)),
                new CsvTable.Column("women", "#indicator+num+f"), new CsvTable.Column("men", "#indicator+num+m"),
                new CsvTable.Column("total", "#indicator+num+total"), new CsvTable.Column("womenPercent", "#indicator+pct+f"),
                new CsvTable.Column("targetPercent", "#indicator+pct+f+target"),
                new CsvTable.Column("meetsTarget", "#status+target")), hxl, rows);
    }

    @GetMapping(value = "/rotations-due", produces = Exports.JSON)
    @Operation(operationId = "rotationsDue", summary = "Active deployments due to end within the next N days (overdue ones included), per unit, office and date")
    public RotationsDue rotationsDue(@Parameter(description = "Window in days, 0 to 366") @RequestParam(defaultValue = "30") int days,
                                     @RequestParam(required = false) String fieldOffice) {
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidRequestException("days", "must be between 0 and " + MAX_DAYS);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(days);
        List<RotationsDue.Row> rows = Strength.rotationsDue(snapshot.stints(), today, until, fieldOffice);
        return new RotationsDue(today, days, until, rows.stream().mapToLong(RotationsDue.Row::persons).sum(), rows);
    }

    @GetMapping(value = "/rotations-due", produces = Exports.CSV)
    @Operation(operationId = "rotationsDue", summary = "Rotations due as CSV")
    public String rotationsDueCsv(@RequestParam(defaultValue = "30") int days, @RequestParam(required = false) String fieldOffice,
                                  @Parameter(description = "true: a row of HXL hashtags under the header") @RequestParam(defaultValue = "false") boolean hxl) {
        List<List<Object>> rows = new ArrayList<>();
        rotationsDue(days, fieldOffice).rows().forEach(r -> rows.add(java.util.Arrays.asList(r.unitCode(), r.fieldOffice(),
                r.endDate(), r.persons(), r.overdue())));
        return CsvTable.render(List.of(new CsvTable.Column("unitCode", "#org+code"), new CsvTable.Column("fieldOffice", "#loc+office"),
                new CsvTable.Column("endDate", "#date+end"), new CsvTable.Column("persons", "#indicator+num+persons"),
                new CsvTable.Column("overdue", "#status+overdue")), hxl, rows);
    }

    /** The HXL hashtag of a breakdown's dimension column. */
    private static String hxlTag(Dimension dimension) {
        return switch (dimension) {
            case CATEGORY -> "#group+category";
            case SUB_CATEGORY -> "#group+subcategory";
            case COUNTRY -> "#country+code";
            case FIELD_OFFICE -> "#loc+office";
            case SEX -> "#group+sex";
        };
    }

    private static List<Dimension> dimensions(String groupBy) {
        List<Dimension> dimensions = new ArrayList<>();
        for (String name : groupBy.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Dimension dimension = Dimension.byApiName(name.trim()).orElseThrow(() -> new InvalidRequestException("groupBy",
                    "must list some of [category, subCategory, country, fieldOffice, sex], comma-separated"));
            if (!dimensions.contains(dimension)) {
                dimensions.add(dimension);
            }
        }
        return dimensions;
    }

    private static StrengthFilter filter(Category category, SubCategory subCategory, String country, String fieldOffice, Sex sex) {
        FieldErrors errors = new FieldErrors();
        if (category != null && subCategory != null && subCategory.category() != category) {
            String reason = "sub-category " + subCategory + " belongs to category " + subCategory.category() + ", not " + category;
            errors.add("category", reason);
            errors.add("subCategory", reason);
        }
        if (country != null && !IsoCountries.isValid(country)) {
            errors.add("country", "must be an ISO 3166-1 alpha-3 country code, e.g. KEN");
        }
        errors.throwIfAny();
        return new StrengthFilter(category == null ? Set.of() : Set.of(category), subCategory, country, fieldOffice, sex);
    }
}
