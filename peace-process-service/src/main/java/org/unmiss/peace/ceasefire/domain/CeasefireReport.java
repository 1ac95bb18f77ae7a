package org.unmiss.peace.ceasefire.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An alleged ceasefire violation followed through the CTSAMVM process, from allegation to Board,
 * or closed on the way (access denied among the outcomes). One document holds its stages and
 * access denials, so each step is one atomic, version-checked write.
 */
@Document("ceasefire_reports")
public class CeasefireReport {

    @Id
    private String id;
    private AllegationSource source;
    private String reportedBy;
    @Indexed
    private ViolationType type;
    private List<String> allegedParties;
    private SouthSudanState state;
    private String county;
    private String place;
    @Indexed
    private String fieldOffice;
    private LocalDate incidentDate;
    private LocalDate reportedDate;
    private String description;
    @Indexed
    private CeasefireStage stage;
    private ClosureOutcome outcome;
    /** Denormalised "still in process" flag so lists and reports can filter on it in the store. */
    private boolean open;
    private List<AccessDenial> accessDenials;
    private List<StageChange> history;
    @Version
    private Long version;

    private CeasefireReport() {
    }

    public CeasefireReport(String id, AllegationSource source, String reportedBy, ViolationType type,
                           List<String> allegedParties, SouthSudanState state, String county, String place,
                           String fieldOffice, LocalDate incidentDate, LocalDate reportedDate, String description,
                           String by, Instant at) {
        this.id = id;
        this.source = source;
        this.reportedBy = reportedBy;
        this.type = type;
        this.allegedParties = List.copyOf(allegedParties);
        this.state = state;
        this.county = county;
        this.place = place;
        this.fieldOffice = fieldOffice;
        this.incidentDate = incidentDate;
        this.reportedDate = reportedDate;
        this.description = description;
        this.stage = CeasefireStage.ALLEGATION;
        this.open = true;
        this.accessDenials = new ArrayList<>();
        this.history = new ArrayList<>(List.of(new StageChange(null, CeasefireStage.ALLEGATION, reportedDate, null, by, at)));
    }

    /** Moves to {@code target}, which must be the stage right after the current one. */
    public void advance(CeasefireStage target, LocalDate date, String note, String by, Instant at) {
        requireOpen();
        CeasefireStage next = stage.next().orElseThrow(() ->
                new ConflictException("Ceasefire report " + id + " is at the Board: the process is complete"));
        if (target != next) {
            throw new ConflictException("Ceasefire report " + id + " is at " + stage + "; the next stage is " + next
                    + ", not " + target);
        }
        requireDateInOrder(date);
        history.add(new StageChange(stage, target, date, note, by, at));
        stage = target;
        open = stage.next().isPresent();
    }

    public void recordAccessDenial(LocalDate date, String place, String deniedBy, String note, String by, Instant at) {
        requireOpen();
        if (!stage.isInvestigating()) {
            throw new ConflictException("Ceasefire report " + id + " is at " + stage
                    + "; access denials are recorded during PRELIMINARY_INVESTIGATION or TEAM_INVESTIGATION");
        }
        requireDateInOrder(date);
        accessDenials.add(new AccessDenial(date, place, deniedBy, note, stage, by, at));
    }

    public void close(ClosureOutcome closure, LocalDate date, String note, String by, Instant at) {
        requireOpen();
        if (!stage.canClose()) {
            throw new ConflictException("Ceasefire report " + id + " is at " + stage
                    + "; once a violation report exists it goes to the Technical Committee and the Board");
        }
        if (closure == ClosureOutcome.ACCESS_DENIED && accessDenials.isEmpty()) {
            throw new InvalidRequestException("outcome", "ACCESS_DENIED needs at least one recorded access denial");
        }
        requireDateInOrder(date);
        history.add(new StageChange(stage, stage, date, note, by, at));
        outcome = closure;
        open = false;
    }

    private void requireOpen() {
        if (outcome != null) {
            throw new ConflictException("Ceasefire report " + id + " was closed (" + outcome + ")");
        }
    }

    private void requireDateInOrder(LocalDate date) {
        LocalDate last = history.get(history.size() - 1).date();
        if (date.isBefore(last)) {
            throw new InvalidRequestException("date", "must not be before the report's last step (" + last + ")");
        }
    }

    public String id() {
        return id;
    }

    public AllegationSource source() {
        return source;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public ViolationType type() {
        return type;
    }

    public List<String> allegedParties() {
        return allegedParties;
    }

    public SouthSudanState state() {
        return state;
    }

    public String county() {
        return county;
    }

    public String place() {
        return place;
    }

    public String fieldOffice() {
        return fieldOffice;
    }

    public LocalDate incidentDate() {
        return incidentDate;
    }

    public LocalDate reportedDate() {
        return reportedDate;
    }

    public String description() {
        return description;
    }

    public CeasefireStage stage() {
        return stage;
    }

    public ClosureOutcome outcome() {
        return outcome;
    }

    public boolean open() {
        return open;
    }

    public List<AccessDenial> accessDenials() {
        return List.copyOf(accessDenials);
    }

    public List<StageChange> history() {
        return List.copyOf(history);
    }

    public Long version() {
        return version;
    }

    public void expectVersion(long clientVersion) {
        this.version = clientVersion;
    }
}
