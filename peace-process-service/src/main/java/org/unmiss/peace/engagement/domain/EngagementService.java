package org.unmiss.peace.engagement.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.unmiss.kit.feign.CheckedReference;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.security.FieldOffices;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.peace.agreement.domain.AgreementStore;
import org.unmiss.kit.personnel.PersonnelPerson;
import org.unmiss.kit.personnel.PersonnelReferences;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules around engagement reports: who sees which (field office; published only for reporting
 * tools and partners), what a valid report is, and who may move it on (four eyes on approval).
 * Everything is checked before the one write, so a refused request changes nothing.
 */
@Service
@RequiredArgsConstructor
public class EngagementService {

    public static final String PREFIX = "ENG";
    private static final Set<EngagementStatus> PUBLISHED_ONLY = EnumSet.of(EngagementStatus.PUBLISHED);

    private final EngagementStore engagements;
    private final AgreementStore agreement;
    private final InterlocutorDirectory directory;
    private final PersonnelReferences verifier;
    private final ReferenceNumbers numbers;
    private final CurrentUser user;
    private final Clock clock;

    /** Mission staff see every state of the workflow; reporting tools and partners only what was published. */
    public Set<EngagementStatus> visibleStatuses() {
        return user.hasRole("PEACE_READ") ? EnumSet.allOf(EngagementStatus.class) : PUBLISHED_ONLY;
    }

    public FieldOfficeScope scope() {
        return user.fieldOffice();
    }

    public Page<Engagement> list(EngagementFilter filter, Pageable pageable) {
        return engagements.find(filter, scope(), visibleStatuses(), pageable);
    }

    public Engagement get(String id) {
        return engagements.byId(id)
                .filter(e -> user.covers(e.fieldOffice()) && visibleStatuses().contains(e.status()))
                .orElseThrow(() -> new NotFoundException("Engagement", id));
    }

    public Engagement create(EngagementContent content) {
        requireOfficeInScope(content.fieldOffice());
        EngagementContent checked = validated(content, "");
        Engagement engagement = Engagement.draft(numbers.next(PREFIX, content.date().getYear()), checked, username(), now());
        return engagements.insert(engagement);
    }

    public Engagement revise(String id, long version, EngagementContent content) {
        Engagement engagement = writable(id, version);
        requireOfficeInScope(content.fieldOffice());
        engagement.revise(validated(content, ""));
        return engagements.save(engagement);
    }

    public Engagement submit(String id, long version) {
        Engagement engagement = writable(id, version);
        FieldErrors missing = new FieldErrors();
        EngagementContent content = engagement.content();
        if (content.atmosphere() == null) {
            missing.add("atmosphere", "is required before the report is submitted");
        }
        if (content.keyOutcomes() == null || content.keyOutcomes().isBlank()) {
            missing.add("keyOutcomes", "is required before the report is submitted");
        }
        missing.throwIfAnyWith("The report is not complete enough to submit");
        engagement.moveTo(EngagementStatus.PENDING_APPROVAL, username(), now(), null);
        return engagements.save(engagement);
    }

    public Engagement approve(String id, long version, String comment) {
        Engagement engagement = decidable(id, version);
        engagement.moveTo(EngagementStatus.APPROVED, username(), now(), blankToNull(comment));
        return engagements.save(engagement);
    }

    public Engagement reject(String id, long version, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidRequestException("comment", "is required when rejecting: tell the author what to change");
        }
        Engagement engagement = decidable(id, version);
        engagement.moveTo(EngagementStatus.REJECTED, username(), now(), comment.trim());
        return engagements.save(engagement);
    }

    public Engagement publish(String id, long version) {
        Engagement engagement = writable(id, version);
        engagement.moveTo(EngagementStatus.PUBLISHED, username(), now(), null);
        return engagements.save(engagement);
    }

    public Engagement cancel(String id, long version, CancellationReason reason, String comment) {
        if (reason == null) {
            throw new InvalidRequestException("reason", "is required when cancelling; one of "
                    + Arrays.toString(CancellationReason.values()));
        }
        Engagement engagement = writable(id, version);
        engagement.cancel(reason, username(), now(), blankToNull(comment));
        return engagements.save(engagement);
    }

    public Engagement completeNextStep(String id, long version, int index) {
        Engagement engagement = writable(id, version);
        engagement.completeNextStep(index);
        return engagements.save(engagement);
    }

    /** Asks personnel-service again about participants saved as unverified (e.g. while it was down). */
    public Engagement reverifyParticipants(String id, long version) {
        Engagement engagement = writable(id, version);
        List<MissionParticipant> participants = engagement.content().missionParticipants();
        FieldErrors unknown = new FieldErrors();
        List<MissionParticipant> checked = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            MissionParticipant participant = participants.get(i);
            if (participant.verified()) {
                checked.add(participant);
                continue;
            }
            CheckedReference<PersonnelPerson> check = verifier.check(participant.indexNumber());
            if (check.isUnknown()) {
                unknown.add("missionParticipants[" + i + "].indexNumber", "is not known to personnel-service");
            }
            checked.add(new MissionParticipant(participant.indexNumber(), check.isVerified()));
        }
        unknown.throwIfAnyWith("Some mission participants are not known; correct the report");
        engagement.reverify(checked);
        return engagements.save(engagement);
    }

    private Engagement decidable(String id, long version) {
        Engagement engagement = writable(id, version);
        if (username().equals(engagement.author())) {
            throw new FourEyesException(id);
        }
        return engagement;
    }

    private Engagement writable(String id, long version) {
        Engagement engagement = engagements.byId(id).filter(e -> user.covers(e.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Engagement", id));
        engagement.expectVersion(version);
        return engagement;
    }

    private void requireOfficeInScope(String office) {
        // An unknown office is refused as bad input by the content rules; only a real one can be outside the scope.
        if (office != null && FieldOffices.exists(office)) {
            user.requireCovers(office, "Engagements");
        }
    }

    /** Checks what bean validation cannot (other records, other services, dates) and verifies participants. */
    private EngagementContent validated(EngagementContent content, String prefix) {
        FieldErrors errors = new FieldErrors();
        LocalDate today = LocalDate.now(clock);
        if (content.date().isAfter(today)) {
            errors.add(prefix + "date", "must not be in the future: report engagements that took place");
        }
        FieldOffices.problemWith(content.fieldOffice(), content.date())
                .ifPresent(reason -> errors.add(prefix + "fieldOffice", reason));
        for (int i = 0; i < content.agreementChapters().size(); i++) {
            if (!agreement.chapterExists(content.agreementChapters().get(i))) {
                errors.add(prefix + "agreementChapters[" + i + "]", "is not a chapter of the agreement (I to VIII)");
            }
        }
        for (int i = 0; i < content.interlocutors().size(); i++) {
            String entry = content.interlocutors().get(i).interlocutorId();
            if (entry != null && !directory.isListed(entry)) {
                errors.add(prefix + "interlocutors[" + i + "].interlocutorId", "is not in the interlocutor directory");
            }
        }
        // The people present include the leaders met, so each sex counts at least its interlocutors.
        long women = content.interlocutors().stream().filter(i -> i.sex() == Sex.FEMALE).count();
        long men = content.interlocutors().size() - women;
        if (content.participantsBySex().female() < women) {
            errors.add(prefix + "participantsBySex.female", "must count at least the " + women + " women interlocutors");
        }
        if (content.participantsBySex().male() < men) {
            errors.add(prefix + "participantsBySex.male", "must count at least the " + men + " men interlocutors");
        }
        for (int i = 0; i < content.nextSteps().size(); i++) {
            NextStep step = content.nextSteps().get(i);
            if (step.dueDate().isBefore(content.date())) {
                errors.add(prefix + "nextSteps[" + i + "].dueDate", "must not be before the engagement's date");
            }
        }
        List<String> indexNumbers = content.missionParticipants().stream().map(MissionParticipant::indexNumber).toList();
        for (int i = 0; i < indexNumbers.size(); i++) {
            if (indexNumbers.indexOf(indexNumbers.get(i)) != i) {
                errors.add(prefix + "missionParticipants[" + i + "].indexNumber", "is listed twice");
            }
        }
        errors.throwIfAny("The engagement report is not valid");
        List<MissionParticipant> participants = new ArrayList<>();
        for (int i = 0; i < indexNumbers.size(); i++) {
            CheckedReference<PersonnelPerson> check = verifier.check(indexNumbers.get(i));
            if (check.isUnknown()) {
                errors.add(prefix + "missionParticipants[" + i + "].indexNumber", "is not known to personnel-service");
            }
            participants.add(new MissionParticipant(indexNumbers.get(i), check.isVerified()));
        }
        errors.throwIfAnyWith("Some mission participants are not known");
        return new EngagementContent(content.date(), content.durationMinutes(), content.place(), content.state(),
                content.level(), content.fieldOffice(), content.purpose(), content.interlocutors(), participants,
                content.topics(), content.agreementChapters(), content.atmosphere(), content.keyOutcomes(),
                content.nextSteps(), content.participantsBySex());
    }

    private String username() {
        return user.username().orElseThrow();
    }

    private Instant now() {
        return clock.instant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
