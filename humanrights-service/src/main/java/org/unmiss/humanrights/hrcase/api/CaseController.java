package org.unmiss.humanrights.hrcase.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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
import java.util.List;
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
    private static final String ACT_CODE = "The act's code within the case (ACT-1, ACT-2, ...)";
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
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
                                                    @RequestParam(required = false) String assignedTo,
                                                    ListParams list, FeedParams feed) {
        // only validated values reach the query and the audit entry that records it
        if (fieldOffice != null && !OfficeStates.exists(fieldOffice)) {
            throw new InvalidRequestException("fieldOffice", "must be a field office code (JUBA, MALAKAL, ...)");
        }
        if (tag != null && !TAG.matcher(tag).matches()) {
            throw new InvalidRequestException("tag", "must be UPPER_SNAKE, 2 to 40 characters");
        }
        String assignee = assignee(assignedTo);
        var pageable = feed.pageable(list, SORTABLE, Sort.by(Sort.Direction.DESC, "incidentDate"));
        var filter = new CaseQueries.Filter(fieldOffice, status, violationType, state, tag, occurredFrom, occurredTo, assignee);
        var cases = queries.find(currentUser.fieldOffice(), filter, pageable);
        audit.record(AuditAction.CASE_LISTED, null, "fieldOffice=" + orAny(fieldOffice) + " status=" + orAny(status)
                + " violationType=" + orAny(violationType) + " state=" + orAny(state) + " tag=" + orAny(tag)
                + " occurred=" + orAny(occurredFrom) + ".." + orAny(occurredTo)
                + (assignee == null ? "" : " assignedTo=" + assignee) + " page " + pageable.getPageNumber()
                + " size " + pageable.getPageSize() + ": " + cases.getNumberOfElements() + " cases");
        boolean sensitive = currentUser.hasRole("HR_SENSITIVE");
        return FeedLinks.ok(cases).cacheControl(CacheControl.noStore())
                .body(PageOf.of(cases, c -> CaseSummary.from(c, sensitive ? texts.title(c) : null)));
    }

    @GetMapping("/queues/verification")
    @PreAuthorize("hasRole('HR_VERIFY')")
    @Operation(summary = "Cases waiting for your verification: UNDER_INVESTIGATION within your field office, recorded by "
            + "someone else (nobody verifies their own), oldest incident first")
    public ResponseEntity<PageOf<CaseSummary>> verificationQueue(ListParams list) {
        var pageable = list.pageable(SORTABLE, Sort.by(Sort.Direction.ASC, "incidentDate"));
        String me = currentUser.username().orElse("system");
        var cases = queries.awaitingVerification(currentUser.fieldOffice(), me, pageable);
        audit.record(AuditAction.CASE_LISTED, null, "verification queue page " + pageable.getPageNumber() + " size "
                + pageable.getPageSize() + ": " + cases.getNumberOfElements() + " cases");
        boolean sensitive = currentUser.hasRole("HR_SENSITIVE");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
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

    @PatchMapping("/{reference}")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Correct the case header (title, dates and precision, place, narrative) while RECEIVED or "
            + "UNDER_INVESTIGATION; omitted fields stay, a reason is required, the change is kept in corrections and audited")
    public ResponseEntity<CaseResponse> correct(@PathVariable String reference,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                @Valid @RequestBody CaseCommands.HeaderCorrection correction) {
        long version = ETags.requireVersion(ifMatch);
        HrCase updated = service.correct(reference, version, correction);
        return ok(view(updated, null), updated);
    }

    @PatchMapping("/{reference}/violations/{violationCode}")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Correct an act (type, alleged perpetrators) of a case that is RECEIVED or UNDER_INVESTIGATION, with a reason")
    public ResponseEntity<CaseResponse> correctViolation(@PathVariable String reference, @Parameter(description = ACT_CODE) @PathVariable String violationCode,
                                                         @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                         @Valid @RequestBody CaseCommands.ViolationCorrection correction) {
        long version = ETags.requireVersion(ifMatch);
        HrCase updated = service.correctViolation(reference, violationCode, version, correction);
        return ok(view(updated, null), updated);
    }

    @PatchMapping("/{reference}/victims/{victimCode}")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Correct a victim (count, sex, age, civilian status, identity parts) of an open case, with a reason; "
            + "identity parts are kept in the history by name only")
    public ResponseEntity<CaseResponse> correctVictim(@PathVariable String reference, @PathVariable String victimCode,
                                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody CaseCommands.VictimCorrection correction) {
        long version = ETags.requireVersion(ifMatch);
        HrCase updated = service.correctVictim(reference, victimCode, version, correction);
        return ok(view(updated, null), updated);
    }

    @PatchMapping("/{reference}/sources/{sourceCode}")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Correct a source (connection, reliability, identity parts) of an open case, with a reason")
    public ResponseEntity<CaseResponse> correctSource(@PathVariable String reference, @Parameter(description = "The source's code within the case (S-...)") @PathVariable String sourceCode,
                                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody CaseCommands.SourceCorrection correction) {
        long version = ETags.requireVersion(ifMatch);
        HrCase updated = service.correctSource(reference, sourceCode, version, correction);
        return ok(view(updated, null), updated);
    }

    @PutMapping("/{reference}/violations/{violationCode}/verification")
    @PreAuthorize("hasRole('HR_VERIFY')")
    @Operation(summary = "Decide one act's verification (outcome, standard of proof) while the case is UNDER_INVESTIGATION; "
            + "nobody decides a case they recorded; the case's outcome later decides the acts still pending")
    public ResponseEntity<CaseResponse> decideAct(@PathVariable String reference, @Parameter(description = ACT_CODE) @PathVariable String violationCode,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody CaseCommands.ActDecision decision) {
        long version = ETags.requireVersion(ifMatch);
        HrCase updated = service.decideAct(reference, violationCode, version, decision);
        return ok(view(updated, null), updated);
    }

    @PutMapping("/{reference}/assignment")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Assign the case to an officer with HR_WRITE for its office who has used this service; "
            + "taking it yourself needs HR_WRITE, giving it to someone else HR_VERIFY")
    public ResponseEntity<CaseResponse> assign(@PathVariable String reference,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody CaseCommands.Assignment assignment) {
        long version = ETags.requireVersion(ifMatch);
        HrCase updated = service.assign(reference, version, assignment);
        return ok(view(updated, null), updated);
    }

    @PostMapping("/{reference}/activities")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Record an interview, field mission or intervention with the authorities on a case that is not CLOSED")
    public ResponseEntity<ActivityView> recordActivity(@PathVariable String reference,
                                                       @Valid @RequestBody CaseCommands.Activity activity) {
        HrCase updated = service.recordActivity(reference, activity);
        List<ActivityView> views = activities(updated);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/hr-cases/{reference}/activities")
                .buildAndExpand(reference).toUri();
        return ResponseEntity.created(location).eTag(ETags.of(updated.version())).cacheControl(CacheControl.noStore())
                .body(views.get(views.size() - 1));
    }

    @GetMapping("/{reference}/activities")
    @PreAuthorize("hasRole('HR_READ')")
    @Operation(summary = "The case's activities in the order recorded; outcomes for HR_SENSITIVE only")
    public ResponseEntity<List<ActivityView>> activities(@PathVariable String reference) {
        HrCase hrCase = service.read(reference);
        return ResponseEntity.ok().eTag(ETags.of(hrCase.version())).cacheControl(CacheControl.noStore()).body(activities(hrCase));
    }

    private List<ActivityView> activities(HrCase hrCase) {
        boolean sensitive = currentUser.hasRole("HR_SENSITIVE");
        return hrCase.activities().stream().map(a -> new ActivityView(a.number(), a.type(), a.date(),
                sensitive ? texts.open(a.sealedOutcome(), hrCase, CaseTexts.activityOutcome(a.number())) : null,
                a.recordedBy(), a.recordedAt())).toList();
    }

    /** {@code me} is the caller; any other value must look like a username (it goes into the query and the audit entry). */
    private String assignee(String assignedTo) {
        if (assignedTo == null) {
            return null;
        }
        if ("me".equals(assignedTo)) {
            return currentUser.username().orElseThrow(() -> new InvalidRequestException("assignedTo", "me needs a signed-in person"));
        }
        if (!USERNAME.matcher(assignedTo).matches()) {
            throw new InvalidRequestException("assignedTo", "must be me or a username");
        }
        return assignedTo;
    }

    @PostMapping("/{reference}/reopen")
    @PreAuthorize("hasRole('HR_VERIFY')")
    @Operation(summary = "Send a REPORTED or CLOSED case back to UNDER_INVESTIGATION with a reason; its figures leave the "
            + "verified counts until it is decided again")
    public ResponseEntity<CaseResponse> reopen(@PathVariable String reference,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody CaseCommands.Reopen reopen) {
        long version = ETags.requireVersion(ifMatch);
        HrCase updated = service.reopen(reference, version, reopen);
        return ok(view(updated, null), updated);
    }

    @PostMapping("/{reference}/violations/{violationCode}/victims")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Add a victim to an act of a case that is RECEIVED or UNDER_INVESTIGATION")
    public ResponseEntity<CaseResponse> addVictim(@PathVariable String reference, @Parameter(description = ACT_CODE) @PathVariable String violationCode,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody CaseDraft.VictimDraft victim) {
        long version = ETags.requireVersion(ifMatch);
        return created(service.addVictim(reference, violationCode, version, victim));
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
        return CaseResponse.from(hrCase, revealed, currentUser.hasRole("HR_SENSITIVE") ? texts.open(hrCase) : null,
                service.allowedTransitions(hrCase));
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
