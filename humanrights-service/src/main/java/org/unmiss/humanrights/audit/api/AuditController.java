package org.unmiss.humanrights.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.audit.persistence.AuditQueries;
import org.unmiss.kit.web.PageOf;
import org.unmiss.kit.web.Paging;

import java.time.Instant;
import java.util.Set;

/** Administrators answer "who saw or changed this case, and when", and check nobody rewrote the answer. */
@RestController
@RequestMapping("/api/v1/hr-audit")
@Tag(name = "Human rights audit log", description = "Append-only, hash-chained record of every read and change of a case")
@PreAuthorize("hasRole('MISSION_ADMIN')")
public class AuditController {

    private static final Set<String> SORTABLE = Set.of("sequence", "at");

    private final AuditQueries queries;
    private final AuditLog auditLog;

    public AuditController(AuditQueries queries, AuditLog auditLog) {
        this.queries = queries;
        this.auditLog = auditLog;
    }

    @GetMapping("/events")
    @Operation(summary = "Audit events, newest first, filtered by case, actor, action and time (from inclusive, to exclusive)")
    public PageOf<AuditEventResponse> events(@RequestParam(required = false) String caseReference,
                                             @RequestParam(required = false) String actor,
                                             @RequestParam(required = false) AuditAction action,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "50") int size,
                                             @RequestParam(required = false) String sort) {
        return PageOf.of(queries.find(caseReference, actor, action, from, to,
                        Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "sequence"))),
                AuditEventResponse::from);
    }

    @GetMapping("/verification")
    @Operation(summary = "Walk the whole chain and report the first entry that was altered, removed or reordered")
    public ChainVerificationResponse verify() {
        return ChainVerificationResponse.from(auditLog.verify());
    }
}
