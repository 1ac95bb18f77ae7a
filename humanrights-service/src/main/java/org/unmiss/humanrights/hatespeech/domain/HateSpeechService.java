package org.unmiss.humanrights.hatespeech.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.evidence.domain.Evidence;
import org.unmiss.humanrights.evidence.domain.EvidenceService;
import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.CaseStore;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.Violation;
import org.unmiss.humanrights.hrcase.domain.ViolationType;
import org.unmiss.humanrights.protection.domain.IdentityVault;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Hate speech as evidence (ADR 0095): the medium, platform, link, language, reach and captured copy of a
 * HATE_SPEECH_OR_INCITEMENT act, and the report of such acts over time by medium and language.
 */
@Service
@RequiredArgsConstructor
public class HateSpeechService {

    private final CaseStore cases;
    private final HateSpeechStore store;
    private final EvidenceService evidence;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    /** The details with the link opened for HR_SENSITIVE holders (else null). */
    public record Recorded(HateSpeech hateSpeech, String link) {
    }

    public Recorded record(String reference, String violationCode, HateSpeechDetails details) {
        HrCase hrCase = visible(reference);
        if (hrCase.status() == CaseStatus.CLOSED) {
            throw new ConflictException("Case " + reference + " is CLOSED; reopen it to change its acts' details");
        }
        Violation act = act(hrCase, violationCode);
        if (act.type() != ViolationType.HATE_SPEECH_OR_INCITEMENT) {
            throw new ConflictException("Act " + violationCode + " of " + reference + " is " + act.type()
                    + ", not HATE_SPEECH_OR_INCITEMENT");
        }
        if (details.publishedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("publishedOn", "must not be in the future");
        }
        Evidence copy;
        try {
            copy = evidence.stored(reference, details.capturedCopy());
        } catch (NotFoundException e) {
            throw new InvalidRequestException("capturedCopy", "is no attachment of case " + reference);
        }
        HateSpeech saved = store.save(new HateSpeech(HateSpeech.idOf(reference, violationCode), reference, violationCode,
                hrCase.fieldOffice(), details.medium(), details.platform(),
                vault.seal(details.link(), reference, HateSpeech.linkField(violationCode)), details.language(),
                details.reach(), details.publishedOn(), YearMonth.from(details.publishedOn()).toString(), copy.code(),
                copy.sha256(), currentUser.username().orElse("system"), clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        audit.record(AuditAction.HATE_SPEECH_RECORDED, reference, violationCode + " " + details.medium() + " language="
                + details.language() + " reach=" + details.reach() + " copy=" + copy.code() + " sha256=" + copy.sha256());
        return opened(saved);
    }

    /** The details recorded for the case's acts, by act code. */
    public List<Recorded> list(String reference) {
        visible(reference);
        return store.ofCase(reference).stream().map(this::opened).toList();
    }

    /** Acts per month, medium and language within the caller's scope (another office asked for: nothing). */
    public List<HateSpeechCount> report(String fieldOffice, YearMonth from, YearMonth to) {
        return store.count(currentUser.fieldOffice(), fieldOffice, Optional.ofNullable(from).map(YearMonth::toString).orElse(null),
                Optional.ofNullable(to).map(YearMonth::toString).orElse(null));
    }

    private Recorded opened(HateSpeech hateSpeech) {
        String link = currentUser.hasRole("HR_SENSITIVE")
                ? vault.open(hateSpeech.sealedLink(), hateSpeech.caseReference(), HateSpeech.linkField(hateSpeech.violationCode()))
                : null;
        return new Recorded(hateSpeech, link);
    }

    private static Violation act(HrCase hrCase, String violationCode) {
        return hrCase.violations().stream().filter(v -> v.code().equals(violationCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("Act", hrCase.reference() + "/" + violationCode));
    }

    private HrCase visible(String reference) {
        return cases.findVisible(currentUser.fieldOffice(), reference)
                .orElseThrow(() -> new NotFoundException("Case", reference));
    }
}
