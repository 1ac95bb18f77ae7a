package org.unmiss.personnel.importing.domain;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.personnel.person.domain.Category;
import org.unmiss.personnel.person.domain.Contacts;
import org.unmiss.personnel.person.domain.PersonDetails;
import org.unmiss.personnel.person.domain.PersonReferences;
import org.unmiss.personnel.person.domain.PersonRules;
import org.unmiss.personnel.person.domain.PersonStatus;
import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a personnel CSV as contingents deliver it on rotation and checks every row with the same rules as
 * the API, collecting every problem with its line rather than stopping at the first. The header names
 * the columns (any order); {@code languages} are separated by {@code ;}; a row with
 * {@code deploymentStart}/{@code deploymentEnd} also requests a deployment to its {@code fieldOffice}.
 */
public final class RotationCsv {

    public static final List<String> COLUMNS = List.of("familyName", "givenName", "sex", "dateOfBirth", "nationality",
            "category", "subCategory", "rank", "unitCode", "languages", "section", "fieldOffice", "email", "phone",
            "deploymentStart", "deploymentEnd", "position");
    static final List<String> REQUIRED_COLUMNS = List.of("familyName", "givenName", "sex", "nationality", "category",
            "subCategory", "fieldOffice");

    /** How much of a file is read and reported: a file is a request body, so both are bounded. */
    public record Limits(int maxRows, int maxListedErrors, long maxChars) {

        /** 10 MiB: the gateway's body limit, so a file the edge lets through is read whole here. */
        public static final Limits DEFAULT = new Limits(50_000, 100, 10L * 1024 * 1024);
    }

    /**
     * The rows that passed, and the first problems found (line-prefixed field names).
     *
     * @param errors         at most {@link Limits#maxListedErrors()} problems, in file order
     * @param unlistedErrors problems found beyond those listed ("and N more")
     * @param badRows        rows with at least one problem, listed or not
     * @param tooManyRows    the file has more than {@link Limits#maxRows()} rows: reading stopped there
     */
    public record Result(List<ImportRow> rows, List<FieldError> errors, long unlistedErrors, long badRows, long rowsRead,
                         boolean tooManyRows) {

        static Result unusable(List<FieldError> errors) {
            return new Result(List.of(), errors, 0, 0, 0, false);
        }
    }

    private RotationCsv() {
    }

    /**
     * @return the header's problems alone if the header is unusable (then no row is read), else every row's
     */
    public static Result read(String csv, PersonReferences references, FieldOfficeScope scope, LocalDate today) {
        return read(new StringReader(csv), references, scope, today, Limits.DEFAULT);
    }

    /**
     * Reads the file as it streams in: rows are counted as they arrive and reading stops at the row
     * after {@link Limits#maxRows()}, so a huge body costs no more than a full one; problems past
     * {@link Limits#maxListedErrors()} are only counted, so a file of bad rows cannot fill the heap.
     */
    public static Result read(Reader csv, PersonReferences references, FieldOfficeScope scope, LocalDate today, Limits limits) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new BoundedReader(csv, limits.maxChars()), format)) {
            List<FieldError> headerErrors = checkHeader(parser.getHeaderNames());
            if (!headerErrors.isEmpty()) {
                return Result.unusable(headerErrors);
            }
            List<ImportRow> rows = new ArrayList<>();
            Problems problems = new Problems(limits.maxListedErrors());
            Map<String, Long> seen = new HashMap<>();
            long read = 0;
            for (CSVRecord record : parser) {
                if (read == limits.maxRows()) {
                    return new Result(List.of(), problems.listed, problems.unlisted, problems.badRows, read + 1, true);
                }
                read++;
                long line = parser.getCurrentLineNumber();
                String prefix = "line " + line + ": ";
                if (!record.isConsistent()) {
                    problems.addRow(List.of(new FieldError("line " + line, "has " + record.size() + " values but the header has "
                            + parser.getHeaderNames().size() + " columns")));
                    continue;
                }
                List<FieldError> rowErrors = new ArrayList<>();
                ImportRow row = row(record, line, prefix, rowErrors);
                addUnreported(rowErrors, PersonRules.check(row.person(), references, today, prefix));
                if (row.person().fieldOffice() != null && references.knowsOffice(row.person().fieldOffice())
                        && !scope.covers(row.person().fieldOffice())) {
                    rowErrors.add(new FieldError(prefix + "fieldOffice", "is outside your field office"));
                }
                if (has(record, "deploymentStart") || has(record, "deploymentEnd")) {
                    List<FieldError> deployment = PersonRules.checkDeployment(row.person().fieldOffice(), row.person().unitCode(),
                            row.deploymentStart(), row.deploymentEnd(), references, prefix).stream()
                            .map(e -> new FieldError(e.field().replace(prefix + "startDate", prefix + "deploymentStart")
                                    .replace(prefix + "endDate", prefix + "deploymentEnd"), e.reason()))
                            .toList();
                    addUnreported(rowErrors, deployment);
                }
                if (rowErrors.isEmpty()) {
                    String identity = (row.person().familyName() + "|" + row.person().givenName() + "|"
                            + row.person().dateOfBirth() + "|" + row.person().nationality()).toLowerCase(Locale.ROOT);
                    Long first = seen.putIfAbsent(identity, line);
                    if (first != null) {
                        rowErrors.add(new FieldError("line " + line, "repeats the person on line " + first
                                + " (same names, date of birth and nationality)"));
                    }
                }
                if (rowErrors.isEmpty()) {
                    rows.add(row);
                } else {
                    problems.addRow(rowErrors);
                }
            }
            return new Result(rows, problems.listed, problems.unlisted, problems.badRows, read, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // commons-csv reports malformed quoting and duplicate headers this way.
            return Result.unusable(List.of(new FieldError("body", "is not readable CSV: " + e.getMessage())));
        }
    }

    /** The body is longer than {@link Limits#maxChars()}: one enormous field would otherwise be held whole. */
    public static class BodyLimitExceeded extends RuntimeException {

        BodyLimitExceeded(long maxChars) {
            super("is longer than " + maxChars + " characters");
        }
    }

    /** Fails the read once more than {@code max} characters have arrived (never truncates silently). */
    private static final class BoundedReader extends FilterReader {

        private final long max;
        private long read;

        BoundedReader(Reader in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new BodyLimitExceeded(max);
            }
        }
    }

    /** The first problems of a file in order, and a count of the rest. */
    private static final class Problems {

        private final int max;
        private final List<FieldError> listed = new ArrayList<>();
        private long unlisted;
        private long badRows;

        Problems(int max) {
            this.max = max;
        }

        void addRow(List<FieldError> rowErrors) {
            badRows++;
            for (FieldError error : rowErrors) {
                if (listed.size() < max) {
                    listed.add(error);
                } else {
                    unlisted++;
                }
            }
        }
    }

    /** Adds the problems of fields not yet reported (a value that did not parse is not also "required"). */
    private static void addUnreported(List<FieldError> errors, List<FieldError> more) {
        Set<String> reported = new java.util.HashSet<>();
        errors.forEach(e -> reported.add(e.field()));
        more.stream().filter(e -> !reported.contains(e.field())).forEach(errors::add);
    }

    private static List<FieldError> checkHeader(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> present = new LinkedHashSet<>(header);
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                errors.add(new FieldError("header", "column '" + column + "' is not known; known columns: " + COLUMNS));
            }
        }
        for (String column : REQUIRED_COLUMNS) {
            if (!present.contains(column)) {
                errors.add(new FieldError("header", "column '" + column + "' is required"));
            }
        }
        return errors;
    }

    private static ImportRow row(CSVRecord r, long line, String prefix, List<FieldError> errors) {
        List<String> languages = value(r, "languages") == null ? List.of()
                : Arrays.stream(value(r, "languages").split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        String email = value(r, "email");
        String phone = value(r, "phone");
        PersonDetails details = new PersonDetails(value(r, "familyName"), value(r, "givenName"),
                parse(r, "sex", prefix, errors, Sex.class), date(r, "dateOfBirth", prefix, errors), value(r, "nationality"),
                parse(r, "category", prefix, errors, Category.class), parse(r, "subCategory", prefix, errors, SubCategory.class),
                value(r, "rank"), value(r, "unitCode"), languages, PersonStatus.ACTIVE, value(r, "section"),
                value(r, "fieldOffice"), email == null && phone == null ? null : new Contacts(email, phone));
        return new ImportRow(line, details, date(r, "deploymentStart", prefix, errors), date(r, "deploymentEnd", prefix, errors),
                value(r, "position"));
    }

    private static boolean has(CSVRecord r, String column) {
        return value(r, column) != null;
    }

    private static String value(CSVRecord r, String column) {
        if (!r.isMapped(column)) {
            return null;
        }
        String value = r.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    private static <E extends Enum<E>> E parse(CSVRecord r, String column, String prefix, List<FieldError> errors, Class<E> type) {
        return convert(r, column, prefix, errors, v -> Enum.valueOf(type, v),
                "must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    private static LocalDate date(CSVRecord r, String column, String prefix, List<FieldError> errors) {
        return convert(r, column, prefix, errors, LocalDate::parse, "must be an ISO-8601 date (YYYY-MM-DD)");
    }

    private static <T> T convert(CSVRecord r, String column, String prefix, List<FieldError> errors,
                                 Function<String, T> parser, String reason) {
        String value = value(r, column);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new FieldError(prefix + column, reason));
            return null;
        }
    }
}
