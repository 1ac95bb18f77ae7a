package org.unmiss.humanrights.referral.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unmiss.humanrights.referral.domain.Referral;
import org.unmiss.humanrights.referral.domain.ReferralCommands;
import org.unmiss.humanrights.referral.domain.ReferralService;
import org.unmiss.humanrights.referral.domain.ReferralStatus;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.PageOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Referrals of victims to service providers (ADR 0099): made by human rights officers, answered by the provider's own
 * staff (REFERRAL_PROVIDER, bound to their provider by the token's {@code service_provider} claim).
 */
@RestController
@RequestMapping("/api/v1/hr-referrals")
@Tag(name = "Human rights referrals", description = "Victims referred to service providers, and the providers' answers")
@RequiredArgsConstructor
public class ReferralController {

    private static final Pattern CASE_REFERENCE = Pattern.compile("HR-\\d{4}-\\d{6}");
    private static final Set<String> SORTABLE = Set.of("createdAt", "status");

    private final ReferralService service;

    @PostMapping
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Refer a victim of a case in your office to a provider offering the service there; 409 naming the "
            + "missing consent (servicesReferral; for a child also caregiverConsent and childAssent)")
    public ResponseEntity<ReferralView> refer(@Valid @RequestBody ReferralCommands.NewReferral referral) {
        Referral made = service.refer(referral);
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{code}").buildAndExpand(made.code()).toUri();
        return ResponseEntity.created(location).eTag(ETags.of(made.version())).cacheControl(CacheControl.noStore()).body(view(made));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('HR_READ', 'REFERRAL_PROVIDER')")
    @Operation(summary = "Referrals: a provider's staff see those addressed to their provider; human rights staff those of "
            + "cases in their office (caseReference narrows to one case)")
    public ResponseEntity<PageOf<ReferralView>> list(@RequestParam(required = false) String caseReference,
                                                     @RequestParam(required = false) ReferralStatus status, ListParams list) {
        if (caseReference != null && !CASE_REFERENCE.matcher(caseReference).matches()) {
            throw new InvalidRequestException("caseReference", "must be a case reference HR-<year>-<6 digits>");
        }
        var page = service.list(caseReference, status, list.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt")));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(PageOf.of(page, this::view));
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasAnyRole('HR_READ', 'REFERRAL_PROVIDER')")
    @Operation(summary = "One referral (404 for a provider it is not addressed to, or outside your office)")
    public ResponseEntity<ReferralView> get(@PathVariable String code) {
        Referral referral = service.read(code);
        return ResponseEntity.ok().eTag(ETags.of(referral.version())).cacheControl(CacheControl.noStore()).body(view(referral));
    }

    @PostMapping("/{code}/answers")
    @PreAuthorize("hasRole('REFERRAL_PROVIDER')")
    @Operation(summary = "The provider's answer: ACCEPTED, DECLINED (with a reason) or COMPLETED; If-Match; 409 for a move "
            + "the referral cannot make (DECLINED and COMPLETED are final)")
    public ResponseEntity<ReferralView> answer(@PathVariable String code,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody ReferralCommands.ReferralAnswer answer) {
        long version = ETags.requireVersion(ifMatch);
        Referral answered = service.answer(code, version, answer);
        return ResponseEntity.ok().eTag(ETags.of(answered.version())).cacheControl(CacheControl.noStore()).body(view(answered));
    }

    private ReferralView view(Referral r) {
        boolean provider = service.providerOfCaller().isPresent();
        List<ReferralView.Step> steps = new ArrayList<>();
        for (int i = 0; i < r.steps().size(); i++) {
            var step = r.steps().get(i);
            steps.add(new ReferralView.Step(step.from(), step.to(), step.at(), step.by(),
                    service.open(r, step.sealedReason(), Referral.reasonField(i))));
        }
        return new ReferralView(r.code(), provider ? null : r.caseReference(), r.fieldOffice(), r.victimCode(), r.child(),
                r.providerCode(), r.service(), r.status(), service.open(r, r.sealedNote(), Referral.noteField()), steps,
                r.createdAt(), r.createdBy());
    }
}
