package org.unmiss.peace.dialogue.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.LocalDate;

/** An intercommunal dialogue, peace conference or sports and cultural event the mission supported. */
@Document("dialogue_initiatives")
public class DialogueInitiative {

    @Id
    private String id;
    private DialogueContent content;
    /** Denormalised for filtering and grouping in the store. */
    private String fieldOffice;
    private DialogueStatus status;
    private DialogueType type;
    private SouthSudanState state;
    private LocalDate startDate;
    private String createdBy;
    @Version
    private Long version;

    private DialogueInitiative() {
    }

    public DialogueInitiative(String id, DialogueContent content, String createdBy) {
        this.id = id;
        this.createdBy = createdBy;
        apply(content);
    }

    /** A cancelled initiative stays as it was recorded. */
    public void revise(DialogueContent revised) {
        if (status == DialogueStatus.CANCELLED) {
            throw new ConflictException("Initiative " + id + " was cancelled and can no longer be changed");
        }
        apply(revised);
    }

    private void apply(DialogueContent revised) {
        content = revised;
        fieldOffice = revised.fieldOffice();
        status = revised.status();
        type = revised.type();
        state = revised.state();
        startDate = revised.startDate();
    }

    public String id() {
        return id;
    }

    public DialogueContent content() {
        return content;
    }

    public String createdBy() {
        return createdBy;
    }

    public Long version() {
        return version;
    }

    public void expectVersion(long clientVersion) {
        this.version = clientVersion;
    }
}
