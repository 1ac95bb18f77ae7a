package org.unmiss.humanrights.hrcase.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.hrcase.domain.CaseCommands;
import org.unmiss.humanrights.hrcase.domain.CaseDraft;
import org.unmiss.humanrights.hrcase.domain.CaseService;
import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.CaseTexts;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.OfficeStates;
import org.unmiss.humanrights.hrcase.domain.SouthSudanState;
import org.unmiss.humanrights.hrcase.domain.ViolationType;
import org.unmiss.humanrights.hrcase.persistence.CaseQueries;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.feed.FeedLinks;
import org.unmiss.kit.feed.FeedParams;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;

import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Human rights cases. Field-office-bound officers see and change only their office's cases
 * (another office's case answers 404); responses are never stored by caches.
 */
@RestController
@RequestMapping("/api/v1/hr-cases")
@Tag(name = "Human rights cases", description = "Incidents with their violations, victims, sources, verification and disclosures")
public class CaseController {

    private static final Pattern TAG = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Set<String> SORTABLE = Set.of("reference", "incidentDate", "status", "createdAt");

    private final CaseService service;
    private final CaseQueries queries;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final CaseTexts texts;

    public CaseController(CaseService service, CaseQueries queries, AuditLog audit, CurrentUser currentUser, CaseTexts texts) {
        this.texts = texts;
        this.service = service;
        this.queries = queries;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @PostMapping
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Record a case with its violations, victims and sources; identities are sealed before storage")
    public ResponseEntity<CaseResponse> create(@Valid @RequestBody CaseDraft draft) {
        HrCase created = service.create(draft);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{reference}").buildAndExpand(created.reference()).toUri();
        return ResponseEntity.created(location).eTag(ETags.of(created.version())).cacheControl(CacheControl.noStore())
                .body(view(created, null));
    }

    @GetMapping
    @PreAuthorize("hasRole('HR_READ')")
    @Operation(summary = "List cases within your field office (HQ: all), filtered; incident dates from/to inclusive")
    public ResponseEntity<PageOf<CaseSummary>> list(@RequestParam(required = false) String fieldOffice,
                                                    @RequestParam(required = false) CaseStatus status,
                                                    @RequestParam(required = false) ViolationType violationType,
                                                    @RequestParam(required = false) SouthSudanState state,
                                                    @RequestParam(required = false) String tag,
                                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredFrom,
                                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredTo,
                                                    ListParams list, FeedParams feed) {
        // only validated values reach the query and the audit entry that records it
        if (fieldOffice != null && !OfficeStates.exists(fieldOffice)) {
            throw new InvalidRequestException("fieldOffice", "must be a field office code (JUBA, MALAKAL, ...)");
        }
        if (tag != null && !TAG.matcher(tag).matches()) {
            throw new InvalidRequestException("tag", "must be UPPER_SNAKE, 2 to 40 characters");
        }
        var pageable = feed.pageable(list, SORTABLE, Sort.by(Sort.Direction.DESC, "incidentDate"));
        var filter = new CaseQueries.Filter(fieldOffice, status, violationType, state, tag, occurredFrom, occurredTo);
        var cases = queries.find(currentUser.fieldOffice(), filter, pageable);
        audit.record(AuditAction.CASE_LISTED, null, "fieldOffice=" + orAny(fieldOffice) + " status=" + orAny(status)
                + " violationType=" + orAny(violationType) + " state=" + orAny(state) + " tag=" + orAny(tag)
                + " occurred=" + orAny(occurredFrom) + ".." + orAny(occurredTo) + " page " + pageable.getPageNumber()
                + " size " + pageable.getPageSize() + ": " + cases.getNumberOfElements() + " cases");
        boolean sensitive = currentUser.hasRole("HR_SENSITIVE");
        return FeedLinks.ok(cases).cacheControl(CacheControl.noStore())
                .body(PageOf.of(cases, c -> CaseSummary.from(c, sensitive ? texts.title(c) : null)));
    }

    @GetMapping("/{reference}")
    @PreAuthorize("hasRole('HR_READ')")
    @Operation(summary = "One case; identities=true (HR_SENSITIVE only, audited) adds the narrative and identities")
    public ResponseEntity<CaseResponse> get(@PathVariable String reference,
                                            @RequestParam(defaultValue = "false") boolean identities) {
        HrCase hrCase = service.read(reference);
        return ok(view(hrCase, identities ? service.reveal(hrCase) : null), hrCase);
    }

    @PostMapping("/{reference}/violations")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Add an act to a case that is still RECEIVED or UNDER_INVESTIGATION")
    public ResponseEntity<CaseResponse> addViolation(@PathVariable String reference,
                                                     @Valid @RequestBody CaseDraft.ViolationDraft violation) {
        HrCase updated = service.addViolation(reference, violation);
        return created(updated);
    }

    @PostMapping("/{reference}/transitions")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Move a case along the workflow; outcomes, REPORTED and CLOSED need HR_VERIFY, and nobody verifies their own case")
    public ResponseEntity<CaseResponse> transition(@PathVariable String reference,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody CaseCommands.Transition transition) {
        long version = ETags.requireVersion(ifMatch);
        HrCase updated = service.transition(reference, version, transition);
        return ok(view(updated, null), updated);
    }

    @PostMapping("/{reference}/poc-incidents")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Cite a PoC-site incident; 400 if poc-site-service has no such incident, saved unverified when it cannot answer")
    public ResponseEntity<CaseResponse> citePocIncident(@PathVariable String reference,
                                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                        @Valid @RequestBody CaseCommands.PocIncidentCitationDraft citation) {
        long version = ETags.requireVersion(ifMatch);
        HrCase updated = service.citePocIncident(reference, version, citation.reference());
        return ok(view(updated, null), updated);
    }

    @PutMapping("/{reference}/victims/{victimCode}/consent")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Record what a victim consents to (replaces the previous record)")
    public ResponseEntity<CaseResponse> consent(@PathVariable String reference, @PathVariable String victimCode,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                @Valid @RequestBody CaseDraft.ConsentDraft consent) {
        long version = ETags.requireVersion(ifMatch);
        HrCase updated = service.recordConsent(reference, victimCode, version, consent);
        return ok(view(updated, null), updated);
    }

    @PostMapping("/{reference}/referrals")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Refer a victim to a service provider; 409 without consent unless overridden with a reason (HR_CONSENT_OVERRIDE)")
    public ResponseEntity<CaseResponse> refer(@PathVariable String reference,
                                              @Valid @RequestBody CaseCommands.Referral referral) {
        return created(service.refer(reference, referral));
    }

    @PostMapping("/{reference}/identified-sharing")
    @PreAuthorize("hasRole('HR_WRITE') and hasRole('HR_SENSITIVE')")
    @Operation(summary = "Record sharing a victim's identity with a named partner; 409 unless they consented to that partner, or overridden")
    public ResponseEntity<CaseResponse> share(@PathVariable String reference,
                                              @Valid @RequestBody CaseCommands.IdentifiedSharing sharing) {
        return created(service.shareIdentity(reference, sharing));
    }

    @PostMapping("/referrals")
    @PreAuthorize("hasRole('HR_REFERRAL')")
    @Operation(summary = "Accept an SGBV referral from poc-site-service's own service account, checked with poc-site-service: "
            + "201 with the new case, 200 with the same case on a retry, 409 for other details under the same incident")
    public ResponseEntity<IntakeResponse> intake(@Valid @RequestBody CaseCommands.Intake intake) {
        CaseService.IntakeResult result = service.intake(intake);
        String reference = result.hrCase().reference();
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/hr-cases/{reference}")
                .buildAndExpand(reference).toUri();
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).location(location)
                .cacheControl(CacheControl.noStore()).body(new IntakeResponse(reference));
    }

    private static String orAny(Object value) {
        return value == null ? "any" : value.toString();
    }

    /** The case as this caller may see it: free text and the exact point only for HR_SENSITIVE. */
    private CaseResponse view(HrCase hrCase, org.unmiss.humanrights.hrcase.domain.Revealed revealed) {
        return CaseResponse.from(hrCase, revealed, currentUser.hasRole("HR_SENSITIVE") ? texts.open(hrCase) : null);
    }

    private static ResponseEntity<CaseResponse> ok(CaseResponse body, HrCase hrCase) {
        return ResponseEntity.ok().eTag(ETags.of(hrCase.version())).cacheControl(CacheControl.noStore()).body(body);
    }

    private ResponseEntity<CaseResponse> created(HrCase hrCase) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/hr-cases/{reference}")
                .buildAndExpand(hrCase.reference()).toUri();
        return ResponseEntity.created(location).eTag(ETags.of(hrCase.version())).cacheControl(CacheControl.noStore())
                .body(view(hrCase, null));
    }
}
