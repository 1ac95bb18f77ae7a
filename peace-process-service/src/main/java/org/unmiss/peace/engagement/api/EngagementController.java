package org.unmiss.peace.engagement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
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
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.feed.FeedLinks;
import org.unmiss.kit.feed.FeedParams;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.peace.engagement.domain.Atmosphere;
import org.unmiss.peace.engagement.domain.Engagement;
import org.unmiss.peace.engagement.domain.EngagementFilter;
import org.unmiss.peace.engagement.domain.EngagementService;
import org.unmiss.peace.engagement.domain.EngagementStatus;
import org.unmiss.peace.engagement.domain.InterlocutorType;
import org.unmiss.peace.engagement.domain.Level;
import org.unmiss.peace.engagement.domain.Topic;
import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.LocalDate;
import java.util.Set;

@RestController
@Validated
@RequestMapping("/api/v1/engagements")
@Tag(name = "Engagements", description = "Good-offices engagements with leaders, and their report workflow")
@RequiredArgsConstructor
public class EngagementController {

    private static final Set<String> SORTABLE = Set.of("date", "id", "status", "fieldOffice", "state");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id"));
    static final String READERS = "hasAnyRole('PEACE_READ', 'REPORTING', 'PARTNER')";

    private final EngagementService service;
    private final CurrentUser user;

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Engagement reports, newest first",
            description = "Field-office users see their office's reports; reporting tools and partners only published ones.")
    public ResponseEntity<PageOf<EngagementResponse>> list(@RequestParam(required = false) EngagementStatus status,
                                           @RequestParam(required = false) Level level,
                                           @RequestParam(required = false) String fieldOffice,
                                           @RequestParam(required = false) SouthSudanState state,
                                           @RequestParam(required = false) InterlocutorType interlocutorType,
                                           @RequestParam(required = false) String interlocutorId,
                                           @RequestParam(required = false) String chapter,
                                           @RequestParam(required = false) Topic topic,
                                           @RequestParam(required = false) Atmosphere atmosphere,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           ListParams list, FeedParams feed) {
        EngagementFilter filter = new EngagementFilter(status, level, fieldOffice, state, interlocutorType, interlocutorId,
                chapter, topic, atmosphere, from, to);
        var engagements = service.list(filter, feed.pageable(list, SORTABLE, NEWEST_FIRST));
        return FeedLinks.ok(engagements).body(PageOf.of(engagements, this::response));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One engagement report, with its version as ETag")
    public ResponseEntity<EngagementResponse> get(@PathVariable String id) {
        return ok(service.get(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Draft a new engagement report",
            description = "Mission participants are checked with personnel-service; while it cannot answer they are saved unverified.")
    public ResponseEntity<EngagementResponse> create(@Valid @RequestBody EngagementRequest request) {
        Engagement created = service.create(request.toContent());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(created.id()))
                .eTag(ETags.of(created.version())).body(response(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Revise a draft or rejected report")
    public ResponseEntity<EngagementResponse> revise(@PathVariable String id,
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     @Valid @RequestBody EngagementRequest request) {
        return ok(service.revise(id, ETags.requireVersion(ifMatch), request.toContent()));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Submit a draft or revised report for approval (DRAFT or REJECTED to PENDING_APPROVAL)")
    public ResponseEntity<EngagementResponse> submit(@PathVariable String id,
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(service.submit(id, ETags.requireVersion(ifMatch)));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('PEACE_APPROVE')")
    @Operation(summary = "Approve a pending report; not by its author")
    public ResponseEntity<EngagementResponse> approve(@PathVariable String id,
                                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody(required = false) DecisionRequest request) {
        return ok(service.approve(id, ETags.requireVersion(ifMatch), request == null ? null : request.comment()));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('PEACE_APPROVE')")
    @Operation(summary = "Send a pending report back to its author with a comment (required); not by its author")
    public ResponseEntity<EngagementResponse> reject(@PathVariable String id,
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     @Valid @RequestBody(required = false) DecisionRequest request) {
        return ok(service.reject(id, ETags.requireVersion(ifMatch), request == null ? null : request.comment()));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('PEACE_APPROVE')")
    @Operation(summary = "Publish an approved report: reporting tools and partners then see it")
    public ResponseEntity<EngagementResponse> publish(@PathVariable String id,
                                                      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(service.publish(id, ETags.requireVersion(ifMatch)));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('PEACE_WRITE', 'PEACE_APPROVE')")
    @Operation(summary = "Cancel a report that is not yet published, with a reason from the list (required)")
    public ResponseEntity<EngagementResponse> cancel(@PathVariable String id,
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     @Valid @RequestBody CancellationRequest request) {
        return ok(service.cancel(id, ETags.requireVersion(ifMatch), request.reason(), request.comment()));
    }

    @PostMapping("/{id}/next-steps/{index}/completion")
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Mark a next step (by its position, from 0) as completed; allowed until the report is cancelled")
    public ResponseEntity<EngagementResponse> completeNextStep(@PathVariable String id, @PathVariable int index,
                                                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(service.completeNextStep(id, ETags.requireVersion(ifMatch), index));
    }

    @PostMapping("/{id}/participant-verification")
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Check unverified mission participants with personnel-service again")
    public ResponseEntity<EngagementResponse> reverify(@PathVariable String id,
                                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(service.reverifyParticipants(id, ETags.requireVersion(ifMatch)));
    }

    private ResponseEntity<EngagementResponse> ok(Engagement engagement) {
        return ResponseEntity.status(HttpStatus.OK).eTag(ETags.of(engagement.version())).body(response(engagement));
    }

    private EngagementResponse response(Engagement engagement) {
        return EngagementResponse.from(engagement, user.hasRole("PEACE_READ"));
    }
}
