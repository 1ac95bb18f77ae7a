package org.unmiss.poc.earlywarning.api;

import lombok.RequiredArgsConstructor;
import org.unmiss.poc.earlywarning.domain.AlertResponseRequest;
import org.unmiss.poc.earlywarning.domain.EscalationRequest;
import org.unmiss.poc.earlywarning.domain.AlertRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
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
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.PageOf;
import org.unmiss.poc.earlywarning.domain.EarlyWarningAlert;
import org.unmiss.poc.earlywarning.domain.EarlyWarningService;
import org.unmiss.poc.earlywarning.persistence.AlertQueries;
import org.unmiss.poc.site.domain.SiteAccess;

import java.net.URI;
import java.util.Set;

/** Early-warning alerts are operational records of one field office, like incidents. */
@RestController
@RequestMapping("/api/v1/early-warning/alerts")
@Tag(name = "Early warning", description = "Alerts of intercommunal violence, their escalation and the response decided")
@PreAuthorize("hasAnyRole('POC_READ', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class EarlyWarningController {

    private static final Set<String> SORTABLE = Set.of("raisedAt", "level");

    private final EarlyWarningService service;
    private final AlertQueries queries;
    private final SiteAccess access;

    @PostMapping
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Raise an early-warning alert", description = "place is a county from GET /api/v1/places; handled at FIELD_OFFICE level when raised.")
    public ResponseEntity<AlertView> raise(@Valid @RequestBody AlertRequest request) {
        return created(service.raise(request), HttpStatus.CREATED);
    }

    @GetMapping
    @Operation(summary = "Alerts of the caller's field office (all for HQ), newest first")
    public PageOf<AlertView> list(@Parameter(description = "A county's place id, e.g. Unity/Leer") @RequestParam(required = false) String placeId,
                                  @Parameter(description = "YYYY-MM") @RequestParam(required = false) String month,
                                  @Parameter(description = "false: only alerts without a response") @RequestParam(required = false) Boolean answered,
                                  ListParams list) {
        boolean mayRead = access.hasRole("POC_WRITE");
        return PageOf.of(queries.find(placeId, month, answered, list.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "raisedAt"))),
                alert -> AlertView.from(alert, mayRead));
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One alert (404 outside the caller's field office)")
    public ResponseEntity<AlertView> get(@PathVariable String reference) {
        EarlyWarningAlert alert = service.visible(reference);
        return ResponseEntity.ok().eTag(ETags.of(alert.version())).body(AlertView.from(alert, access.hasRole("POC_WRITE")));
    }

    @PostMapping("/{reference}/escalations")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Escalate an alert to a higher level (If-Match required); 409 once answered or when not higher")
    public ResponseEntity<AlertView> escalate(@PathVariable String reference,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody EscalationRequest request) {
        return created(service.escalate(reference, ETags.requireVersion(ifMatch), request), HttpStatus.CREATED);
    }

    @PostMapping("/{reference}/response")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Record the response decided on an alert, with who decided and when (If-Match required); 409 if already answered")
    public ResponseEntity<AlertView> answer(@PathVariable String reference,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody AlertResponseRequest request) {
        return created(service.answer(reference, ETags.requireVersion(ifMatch), request), HttpStatus.CREATED);
    }

    private static ResponseEntity<AlertView> created(EarlyWarningAlert alert, HttpStatus status) {
        return ResponseEntity.status(status).location(URI.create("/api/v1/early-warning/alerts/" + alert.reference()))
                .eTag(ETags.of(alert.version())).body(AlertView.from(alert, true));
    }
}
