package org.unmiss.peace.dialogue.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.security.FieldOffices;
import org.unmiss.kit.store.ReferenceNumbers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Dialogue and reconciliation initiatives within the caller's field office. */
@Service
@RequiredArgsConstructor
public class DialogueService {

    private final DialogueStore dialogues;
    private final ReferenceNumbers numbers;
    private final CurrentUser user;
    private final Clock clock;

    public Page<DialogueInitiative> list(DialogueFilter filter, Pageable pageable) {
        return dialogues.find(filter, user.fieldOffice(), pageable);
    }

    public List<DialogueSummaryRow> summary(String groupBy, DialogueFilter filter) {
        return dialogues.summary(groupBy, filter, user.fieldOffice());
    }

    public DialogueInitiative get(String id) {
        return dialogues.byId(id).filter(d -> user.covers(d.content().fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Dialogue initiative", id));
    }

    public DialogueInitiative create(DialogueContent content) {
        validate(content);
        return dialogues.insert(new DialogueInitiative(numbers.next("DLG", content.startDate().getYear()), content,
                user.username().orElseThrow()));
    }

    public DialogueInitiative revise(String id, long version, DialogueContent content) {
        DialogueInitiative initiative = get(id);
        validate(content);
        initiative.expectVersion(version);
        initiative.revise(content);
        return dialogues.save(initiative);
    }

    /** An initiative held must have happened and say who took part; a planned one may lie ahead. */
    private void validate(DialogueContent content) {
        FieldErrors errors = new FieldErrors();
        FieldOffices.problemWith(content.fieldOffice(), content.startDate())
                .ifPresent(reason -> errors.add("fieldOffice", reason));
        if (content.endDate() != null && content.endDate().isBefore(content.startDate())) {
            errors.add("endDate", "must not be before startDate");
        }
        if (content.status() == DialogueStatus.HELD) {
            LocalDate ended = content.endDate() == null ? content.startDate() : content.endDate();
            if (ended.isAfter(LocalDate.now(clock))) {
                errors.add("status", "cannot be HELD before the initiative has ended");
            }
            if (content.participantsBySex() == null) {
                errors.add("participantsBySex", "is required once the initiative was held");
            }
        }
        for (int i = 0; i < content.followUps().size(); i++) {
            if (content.followUps().get(i).dueDate().isBefore(content.startDate())) {
                errors.add("followUps[" + i + "].dueDate", "must not be before startDate");
            }
        }
        errors.throwIfAny();
        user.requireCovers(content.fieldOffice(), "Dialogue initiatives");
    }
}
