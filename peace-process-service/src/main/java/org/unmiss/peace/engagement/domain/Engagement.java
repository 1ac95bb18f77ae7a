package org.unmiss.peace.engagement.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.kit.feed.PolledForChanges;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A report of one good-offices engagement and its workflow. Everything about it, its history
 * included, is one document, so every change is one atomic write checked against the version the
 * client read.
 */
@Document("engagements")
@PolledForChanges
public class Engagement {

    @Id
    private String id;
    @Indexed
    private LocalDate date;
    private Integer durationMinutes;
    private String place;
    @Indexed
    private SouthSudanState state;
    private Level level;
    @Indexed
    private String fieldOffice;
    private String purpose;
    private List<Interlocutor> interlocutors;
    private List<MissionParticipant> missionParticipants;
    private boolean participantsVerified;
    private Set<Topic> topics;
    private List<String> agreementChapters;
    private Atmosphere atmosphere;
    private String keyOutcomes;
    private List<NextStep> nextSteps;
    private ParticipantsBySex participantsBySex;
    /** {@code yyyy-MM} of the date, kept so the store can group by month. */
    private String month;
    @Indexed
    private EngagementStatus status;
    private String author;
    private Instant createdAt;
    private String rejectionComment;
    private CancellationReason cancellationReason;
    private List<StatusChange> history;
    @Version
    private Long version;

    private Engagement() {
    }

    public static Engagement draft(String id, EngagementContent content, String author, Instant now) {
        Engagement engagement = new Engagement();
        engagement.id = id;
        engagement.author = author;
        engagement.createdAt = now;
        engagement.status = EngagementStatus.DRAFT;
        engagement.history = new ArrayList<>(List.of(new StatusChange(null, EngagementStatus.DRAFT, author, now, null)));
        engagement.apply(content);
        return engagement;
    }

    /** Replaces the content; only while the author still holds the report (draft or rejected). */
    public void revise(EngagementContent content) {
        if (!status.isEditable()) {
            throw new ConflictException("Engagement " + id + " is " + status + "; only DRAFT or REJECTED reports can be edited");
        }
        apply(content);
    }

    /** Moves the report on; rules about who may do it are the caller's (see {@code EngagementService}). */
    public void moveTo(EngagementStatus target, String by, Instant at, String comment) {
        if (!status.canMoveTo(target)) {
            throw new ConflictException("Engagement " + id + " cannot go from " + status + " to " + target
                    + "; from " + status + " it can go to " + status.next());
        }
        history.add(new StatusChange(status, target, by, at, comment));
        status = target;
        if (target == EngagementStatus.REJECTED) {
            rejectionComment = comment;
        } else if (target == EngagementStatus.PENDING_APPROVAL) {
            rejectionComment = null;
        }
    }

    public void cancel(CancellationReason reason, String by, Instant at, String comment) {
        moveTo(EngagementStatus.CANCELLED, by, at, comment);
        cancellationReason = reason;
    }

    /**
     * Marks one next step done. Follow-up goes on after a report is published, so this is the one
     * change allowed outside the author's states; a cancelled report has no follow-up.
     */
    public void completeNextStep(int index) {
        if (status == EngagementStatus.CANCELLED) {
            throw new ConflictException("Engagement " + id + " was cancelled; its next steps are no longer followed up");
        }
        if (index < 0 || index >= nextSteps.size()) {
            throw new NotFoundException("Next step " + index + " of engagement", id);
        }
        NextStep step = nextSteps.get(index);
        if (step.completed()) {
            throw new ConflictException("Next step " + index + " of engagement " + id + " is already completed");
        }
        List<NextStep> updated = new ArrayList<>(nextSteps);
        updated.set(index, new NextStep(step.action(), step.owner(), step.dueDate(), true));
        nextSteps = List.copyOf(updated);
    }

    /** The participants as personnel-service now confirms them. */
    public void reverify(List<MissionParticipant> participants) {
        missionParticipants = List.copyOf(participants);
        participantsVerified = participants.stream().allMatch(MissionParticipant::verified);
    }

    /** Loads a demo record's workflow position directly (demo data is generated, not clicked through). */
    public static Engagement restored(String id, EngagementContent content, String author, Instant createdAt,
                                      List<StatusChange> history, CancellationReason cancellationReason,
                                      String rejectionComment) {
        Engagement engagement = draft(id, content, author, createdAt);
        engagement.history = new ArrayList<>(history);
        engagement.status = history.get(history.size() - 1).to();
        engagement.cancellationReason = cancellationReason;
        engagement.rejectionComment = rejectionComment;
        return engagement;
    }

    private void apply(EngagementContent content) {
        date = content.date();
        durationMinutes = content.durationMinutes();
        place = content.place();
        state = content.state();
        level = content.level();
        fieldOffice = content.fieldOffice();
        purpose = content.purpose();
        interlocutors = List.copyOf(content.interlocutors());
        missionParticipants = List.copyOf(content.missionParticipants());
        participantsVerified = missionParticipants.stream().allMatch(MissionParticipant::verified);
        topics = Set.copyOf(content.topics());
        agreementChapters = List.copyOf(content.agreementChapters());
        atmosphere = content.atmosphere();
        keyOutcomes = content.keyOutcomes();
        nextSteps = List.copyOf(content.nextSteps());
        participantsBySex = content.participantsBySex();
        month = date.toString().substring(0, 7);
    }

    public EngagementContent content() {
        return new EngagementContent(date, durationMinutes, place, state, level, fieldOffice, purpose, interlocutors,
                missionParticipants, topics, agreementChapters, atmosphere, keyOutcomes, nextSteps, participantsBySex);
    }

    public String id() {
        return id;
    }

    public String fieldOffice() {
        return fieldOffice;
    }

    public EngagementStatus status() {
        return status;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean participantsVerified() {
        return participantsVerified;
    }

    public String rejectionComment() {
        return rejectionComment;
    }

    public CancellationReason cancellationReason() {
        return cancellationReason;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public Long version() {
        return version;
    }

    /** Sets the version the client read, so the store refuses the save if someone changed it since. */
    public void expectVersion(long clientVersion) {
        this.version = clientVersion;
    }
}
