package org.unmiss.humanrights.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditCheckpoint;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.audit.persistence.AuditCheckpointRepository;
import org.unmiss.humanrights.audit.persistence.AuditQueries;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.PageOf;

import java.time.Instant;
import java.util.Set;

/**
 * Administrators answer "who saw or changed this case, and when", check nobody rewrote or cut the answer,
 * and take signed checkpoints of the chain head out of the service to check it against later.
 */
@RestController
@RequestMapping("/api/v1/hr-audit")
@Tag(name = "Human rights audit log", description = "Append-only, MAC-chained record of every read and change of a case, with signed checkpoints")
@PreAuthorize("hasRole('MISSION_ADMIN')")
@RequiredArgsConstructor
public class AuditController {

    private static final Set<String> SORTABLE = Set.of("sequence", "at");
    private static final Set<String> CHECKPOINT_SORTABLE = Set.of("position");

    private final AuditQueries queries;
    private final AuditLog auditLog;
    private final AuditCheckpointRepository checkpoints;

    @GetMapping("/events")
    @Operation(summary = "Audit events, newest first, filtered by case, actor, action and time (from inclusive, to exclusive)")
    public ResponseEntity<PageOf<AuditEventResponse>> events(@RequestParam(required = false) String caseReference,
                                                             @RequestParam(required = false) String actor,
                                                             @RequestParam(required = false) AuditAction action,
                                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                                             ListParams list) {
        return noStore(PageOf.of(queries.find(caseReference, actor, action, from, to,
                        list.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "sequence"))),
                AuditEventResponse::from));
    }

    @GetMapping("/verification")
    @Operation(summary = "Walk the whole chain: the first entry altered, removed or reordered, or a tail cut off "
            + "before the newest signed checkpoint (TRUNCATED)")
    public ResponseEntity<ChainVerificationResponse> verify() {
        return noStore(ChainVerificationResponse.from(auditLog.verify()));
    }

    @PostMapping("/verification")
    @Operation(summary = "The same walk, also against a checkpoint you kept outside the store (as exported); "
            + "400 if its signature is not this service's")
    public ResponseEntity<ChainVerificationResponse> verifyAgainst(@Valid @RequestBody CheckpointResponse kept) {
        AuditCheckpoint checkpoint = kept.toCheckpoint();
        if (!auditLog.signatureValid(checkpoint)) {
            throw new InvalidRequestException("signature", "is not this service's signature of this checkpoint");
        }
        return noStore(ChainVerificationResponse.from(auditLog.verify(checkpoint)));
    }

    @PostMapping("/checkpoints")
    @Operation(summary = "Sign a checkpoint of the chain head now (the service also does every 1,000 entries and "
            + "every few minutes); 409 while the log is empty")
    public ResponseEntity<CheckpointResponse> checkpoint() {
        AuditCheckpoint signed = auditLog.checkpoint()
                .orElseThrow(() -> new ConflictException("The audit log is empty: there is no head to sign yet"));
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/hr-audit/checkpoints/{position}")
                .buildAndExpand(signed.position()).toUri();
        return ResponseEntity.created(location).cacheControl(CacheControl.noStore()).body(CheckpointResponse.from(signed));
    }

    @GetMapping("/checkpoints/latest")
    @Operation(summary = "The newest signed checkpoint, to export and verify offline (CheckpointVerifier)")
    public ResponseEntity<CheckpointResponse> latestCheckpoint() {
        return noStore(auditLog.latestCheckpoint().map(CheckpointResponse::from)
                .orElseThrow(() -> new NotFoundException("Checkpoint", "latest")));
    }

    @GetMapping("/checkpoints/{position}")
    @Operation(summary = "The signed checkpoint at a position")
    public ResponseEntity<CheckpointResponse> checkpointAt(@PathVariable long position) {
        return noStore(checkpoints.findById(position).map(CheckpointResponse::from)
                .orElseThrow(() -> new NotFoundException("Checkpoint", position)));
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "Signed checkpoints, newest first")
    public ResponseEntity<PageOf<CheckpointResponse>> checkpoints(ListParams list) {
        var pageable = list.pageable(CHECKPOINT_SORTABLE, Sort.by(Sort.Direction.DESC, "position"));
        return noStore(PageOf.of(checkpoints.findAll(pageable), CheckpointResponse::from));
    }

    private static <T> ResponseEntity<T> noStore(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
