package org.unmiss.poc.seizure.api;

import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
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
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.poc.seizure.domain.CustodyStatus;
import org.unmiss.poc.seizure.domain.ItemType;
import org.unmiss.poc.seizure.domain.SeizedItem;
import org.unmiss.poc.seizure.domain.SeizureService;
import org.unmiss.poc.seizure.persistence.SeizedItemQueries;

import java.net.URI;
import java.util.Set;

/** The seized-item register. Items are registered under their search ({@code POST /api/v1/searches/{reference}/seizures}). */
@RestController
@RequestMapping("/api/v1/seizures")
@Tag(name = "Seized items", description = "The seized-item register and its append-only custody chains")
@PreAuthorize("hasAnyRole('POC_READ', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class SeizureController {

    private static final Set<String> SORTABLE = Set.of("seizedAt", "itemType", "status", "siteCode");

    private final SeizureService seizures;
    private final SeizedItemQueries queries;

    @GetMapping
    @Operation(summary = "The register: seized items of the caller's field office (all for HQ), newest first")
    public PageOf<SeizedItemResponse> list(@RequestParam(required = false) String siteCode,
                                           @RequestParam(required = false) String searchReference,
                                           @RequestParam(required = false) ItemType itemType,
                                           @RequestParam(required = false) CustodyStatus status,
                                           ListParams list) {
        return PageOf.of(queries.find(siteCode, searchReference, itemType, status,
                list.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "seizedAt"))), SeizedItemResponse::from);
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One seized item with its custody chain (404 outside the caller's field office)")
    public ResponseEntity<SeizedItemResponse> get(@PathVariable String reference) {
        SeizedItem item = seizures.visible(reference);
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(SeizedItemResponse.from(item));
    }

    @PostMapping("/{reference}/custody-events")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Append a custody event (If-Match required)",
            description = "Events are never changed or removed. 409 once custody has ended (returned, destroyed, forwarded); 400 if the event predates the last one.")
    public ResponseEntity<SeizedItemResponse> appendCustodyEvent(@PathVariable String reference,
                                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                                 @Valid @RequestBody CustodyEventRequest request) {
        SeizedItem saved = seizures.appendCustodyEvent(reference, ETags.requireVersion(ifMatch), request.type(), request.at(),
                request.by(), request.location(), request.note());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/seizures/" + reference))
                .eTag(ETags.of(saved.version())).body(SeizedItemResponse.from(saved));
    }
}
