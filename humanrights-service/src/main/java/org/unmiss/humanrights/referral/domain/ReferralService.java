package org.unmiss.humanrights.referral.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditDetail;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.CaseStore;
import org.unmiss.humanrights.hrcase.domain.ForbiddenException;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.OfficeStates;
import org.unmiss.humanrights.hrcase.domain.Victim;
import org.unmiss.humanrights.hrcase.domain.Violation;
import org.unmiss.humanrights.protection.domain.IdentityVault;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.problem.StaleVersionException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.store.ReferenceNumbers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Referrals as a pathway (ADR 0099): an officer refers a victim who consented (a child: with the caregiver's consent
 * and the child's own assent recorded) to a provider that offers the service in the case's area; the provider's staff,
 * bound to it by the token's {@code service_provider} claim, accept, decline with a reason, or complete it. Each
 * step is one atomic write of the referral, then audited against the case.
 */
@Service
@RequiredArgsConstructor
public class ReferralService {

    /** Referral codes are {@code RF-<year>-<six digits>}. */
    public static final String PREFIX = "RF";
    /** The token claim that binds a provider's staff to their provider (a realm user attribute). */
    public static final String PROVIDER_CLAIM = "service_provider";

    private final ReferralStore referrals;
    private final ServiceProviderStore providers;
    private final CaseStore cases;
    private final ReferenceNumbers referenceNumbers;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public Referral refer(ReferralCommands.NewReferral request) {
        HrCase hrCase = cases.findVisible(currentUser.fieldOffice(), request.caseReference())
                .orElseThrow(() -> new NotFoundException("Case", request.caseReference()));
        if (hrCase.status() == CaseStatus.CLOSED) {
            throw new ConflictException("A CLOSED case refers nobody; reopen it first");
        }
        Victim victim = victimOf(hrCase, request.victimCode());
        ServiceProvider provider = providers.byId(request.providerCode())
                .orElseThrow(() -> new InvalidRequestException("providerCode", "names no service provider (GET /api/v1/service-providers)"));
        FieldErrors unfit = new FieldErrors();
        unfit.when(!provider.offers(request.service()), "service", provider.code() + " does not offer " + request.service());
        unfit.when(!provider.serves(hrCase.fieldOffice()), "providerCode", "does not serve " + hrCase.fieldOffice());
        unfit.throwIfAnyWith("The provider cannot take this referral");
        requireConsent(victim);
        Instant now = now();
        String code = referenceNumbers.next(PREFIX, now.atZone(ZoneOffset.UTC).getYear());
        Referral referral = new Referral(code, hrCase.reference(), hrCase.fieldOffice(), victim.code(), provider.code(),
                request.service(), ReferralStatus.PENDING, seal(request.note(), code, Referral.noteField()), victim.isChild(),
                victim.consent().caregiverConsent(), victim.consent().childAssent(), List.of(), now, username(), null);
        Referral saved = referrals.insert(referral);
        // codes, enumerated values and lengths only: the note is free text about the victim
        audit.record(AuditAction.REFERRAL_MADE, hrCase.reference(), code + " " + victim.code() + " to "
                + provider.code() + " for " + request.service() + (victim.isChild() ? " (child: caregiver consent and assent recorded)" : "")
                + ", " + AuditDetail.length("note", request.note()));
        return saved;
    }

    /** No referral without the victim's recorded consent; a child's also needs the caregiver's consent and their assent. */
    private static void requireConsent(Victim victim) {
        FieldErrors missing = new FieldErrors();
        var consent = victim.consent();
        missing.when(consent == null || !consent.servicesReferral(), "servicesReferral",
                "victim " + victim.code() + " has not consented to referral to services");
        if (victim.isChild()) {
            missing.when(consent == null || !consent.caregiverConsent(), "caregiverConsent",
                    "a child's referral needs their caregiver's consent recorded");
            missing.when(consent == null || !consent.childAssent(), "childAssent", "a child's referral needs the child's own assent recorded");
        }
        if (!missing.isEmpty()) {
            throw new ReferralConsentMissingException("Victim " + victim.code() + " cannot be referred before consent is recorded"
                    + " (PUT /api/v1/hr-cases/{reference}/victims/" + victim.code() + "/consent)", missing.list());
        }
    }

    /** The provider's answer: only its own staff, on a referral addressed to it (any other is not found for them). */
    public Referral answer(String code, long version, ReferralCommands.ReferralAnswer answer) {
        String provider = providerOfCaller().orElseThrow(() -> new ForbiddenException(
                "Answering a referral needs REFERRAL_PROVIDER and a token bound to a provider (" + PROVIDER_CLAIM + ")"));
        Referral referral = referrals.byId(code).filter(r -> r.providerCode().equals(provider))
                .orElseThrow(() -> new NotFoundException("Referral", code));
        if (!Long.valueOf(version).equals(referral.version())) {
            throw new StaleVersionException("The referral is at version " + referral.version() + ", not " + version
                    + "; read it again and retry");
        }
        if (answer.decision() == ReferralStatus.DECLINED && (answer.reason() == null || answer.reason().isBlank())) {
            throw new InvalidRequestException("reason", "is required to decline a referral");
        }
        if (answer.decision() == ReferralStatus.PENDING) {
            throw new InvalidRequestException("decision", "must be ACCEPTED, DECLINED or COMPLETED");
        }
        Referral answered = referral.atVersion(version).answered(answer.decision(), now(), username(),
                seal(answer.reason(), code, Referral.reasonField(referral.steps().size())));
        if (answered.steps().size() > Referral.MAX_STEPS) {
            throw new ConflictException("Referral " + code + " has no room for more answers");
        }
        Referral saved = referrals.save(answered);
        audit.record(AuditAction.REFERRAL_ANSWERED, referral.caseReference(), code + " " + referral.status() + " -> "
                + answer.decision() + " by " + provider + ", " + AuditDetail.length("reason", answer.reason()));
        return saved;
    }

    /** One referral as the caller may see it: a provider its own, human rights staff those of cases in their office. */
    public Referral read(String code) {
        Optional<String> provider = providerOfCaller();
        return referrals.byId(code)
                .filter(r -> provider.map(p -> r.providerCode().equals(p)).orElseGet(() -> staffMaySee(r)))
                .orElseThrow(() -> new NotFoundException("Referral", code));
    }

    public Page<Referral> list(String caseReference, ReferralStatus status, Pageable page) {
        Optional<String> provider = providerOfCaller();
        if (provider.isPresent()) {
            return referrals.toProvider(provider.get(), status, page);
        }
        if (!currentUser.hasRole("HR_READ")) {
            throw new ForbiddenException("Referrals are listed for human rights staff and for the provider they are addressed to");
        }
        return referrals.withinScope(currentUser.fieldOffice(), caseReference, status, page);
    }

    private boolean staffMaySee(Referral referral) {
        return currentUser.hasRole("HR_READ") && currentUser.covers(referral.fieldOffice());
    }

    /** The provider the caller answers for: REFERRAL_PROVIDER and the token's {@code service_provider} claim. */
    public Optional<String> providerOfCaller() {
        if (!currentUser.hasRole("REFERRAL_PROVIDER")) {
            return Optional.empty();
        }
        return currentUser.jwt().map(jwt -> jwt.getClaimAsString(PROVIDER_CLAIM)).filter(p -> !p.isBlank());
    }

    /** Opens the note or a reason for the provider it is addressed to or a holder of HR_SENSITIVE; null for anyone else. */
    public String open(Referral referral, String sealed, String field) {
        boolean provider = providerOfCaller().map(referral.providerCode()::equals).orElse(false);
        if (sealed == null || !(provider || currentUser.hasRole("HR_SENSITIVE"))) {
            return null;
        }
        return vault.open(sealed, referral.code(), field);
    }

    public ServiceProvider addProvider(ReferralCommands.NewServiceProvider request) {
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < request.fieldOffices().size(); i++) {
            errors.when(!OfficeStates.exists(request.fieldOffices().get(i)), "fieldOffices[" + i + "]",
                    "must be a field office code (JUBA, MALAKAL, ...)");
        }
        errors.throwIfAnyWith("The provider breaks " + errors.size() + " rules");
        ServiceProvider provider = new ServiceProvider(request.code(), request.name(), List.copyOf(request.services()),
                List.copyOf(request.fieldOffices()), request.area(), request.contact(), false, now(), username());
        try {
            ServiceProvider saved = providers.insert(provider);
            audit.record(AuditAction.SERVICE_PROVIDER_ADDED, null, saved.code() + " " + saved.services() + " in " + saved.fieldOffices());
            return saved;
        } catch (DuplicateKeyException exists) {
            throw new ConflictException("A service provider " + request.code() + " exists already");
        }
    }

    public List<ServiceProvider> providers() {
        return providers.all();
    }

    private static Victim victimOf(HrCase hrCase, String victimCode) {
        for (Violation violation : hrCase.violations()) {
            for (Victim victim : violation.victims()) {
                if (victim.code().equals(victimCode)) {
                    return victim;
                }
            }
        }
        throw new InvalidRequestException("victimCode", "names no victim of case " + hrCase.reference());
    }

    private String seal(String plaintext, String code, String field) {
        return plaintext == null || plaintext.isBlank() ? null : vault.seal(plaintext, code, field);
    }

    private String username() {
        return currentUser.username().orElse("system");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
