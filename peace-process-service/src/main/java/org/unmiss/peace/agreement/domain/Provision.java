package org.unmiss.peace.agreement.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A provision of the agreement and its implementation history. The history lives in the document,
 * in order of effective date, so the status as of any past day is read from one record and a new
 * status is one atomic, version-checked write.
 *
 * @param code e.g. {@code I.4.4}: chapter, article, clause
 */
@Document("agreement_provisions")
public class Provision {

    @Id
    private String code;
    @Indexed
    private String chapter;
    private String title;
    private LocalDate deadline;
    private String responsibleBody;
    private Benchmark benchmark;
    @Indexed
    private ImplementationStatus currentStatus;
    private Double currentValue;
    private List<StatusEntry> history;
    @Version
    private Long version;

    private Provision() {
    }

    public Provision(String code, String chapter, String title, LocalDate deadline, String responsibleBody,
                     Benchmark benchmark, StatusEntry first) {
        this.code = code;
        this.chapter = chapter;
        this.title = title;
        this.deadline = deadline;
        this.responsibleBody = responsibleBody;
        this.benchmark = benchmark;
        this.history = new ArrayList<>();
        record(first);
    }

    /**
     * Adds a status from its effective day on. Entries are kept in order: a status may be recorded for
     * the same day as the latest or later, never before it (correcting the past is a new entry).
     */
    public void record(StatusEntry entry) {
        FieldErrors errors = new FieldErrors();
        latest().filter(last -> entry.effectiveDate().isBefore(last.effectiveDate())).ifPresent(last ->
                errors.add("effectiveDate",
                        "must not be before the latest recorded status (" + last.effectiveDate() + ")"));
        if (benchmark != null && entry.measuredValue() == null) {
            errors.add("measuredValue",
                    "is required: this provision is tracked against a benchmark (" + benchmark.description() + ")");
        }
        if (benchmark != null && entry.status() == ImplementationStatus.IMPLEMENTED && entry.measuredValue() != null
                && entry.measuredValue() < benchmark.target()) {
            // A benchmark provision is implemented when the benchmark is met, not when someone says so (issue 14).
            errors.add(new FieldError("status", "IMPLEMENTED needs the measured value to meet the benchmark ("
                    + entry.measuredValue() + " is below " + benchmark.target() + " " + benchmark.unit() + ")"));
        }
        if (benchmark == null && entry.measuredValue() != null) {
            errors.add("measuredValue", "only applies to provisions with a benchmark");
        }
        errors.throwIfAny();
        history.add(entry);
        currentStatus = entry.status();
        currentValue = entry.measuredValue();
    }

    /** The status in force on {@code day}: the last entry effective on or before it (history is in order), if any. */
    public Optional<StatusEntry> asOf(LocalDate day) {
        StatusEntry inForce = null;
        for (StatusEntry entry : history) {
            if (!entry.effectiveDate().isAfter(day)) {
                inForce = entry;
            }
        }
        return Optional.ofNullable(inForce);
    }

    private Optional<StatusEntry> latest() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    public String code() {
        return code;
    }

    public String chapter() {
        return chapter;
    }

    public String title() {
        return title;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public String responsibleBody() {
        return responsibleBody;
    }

    public Benchmark benchmark() {
        return benchmark;
    }

    public ImplementationStatus currentStatus() {
        return currentStatus;
    }

    public Double currentValue() {
        return currentValue;
    }

    public List<StatusEntry> history() {
        return List.copyOf(history);
    }

    public Long version() {
        return version;
    }

    public void expectVersion(long clientVersion) {
        this.version = clientVersion;
    }
}
