package org.unmiss.humanrights.party.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.humanrights.party.domain.PartyKind;
import org.unmiss.humanrights.party.persistence.PerpetratorPartyRepository;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;

import java.util.Set;

/** The party list names no victim or source; aggregate reports are broken down by it, so REPORTING and PARTNER may read it. */
@RestController
@RequestMapping("/api/v1/perpetrator-parties")
@Tag(name = "Perpetrator parties", description = "Parties named in UN reporting, with the dates their names applied")
@PreAuthorize("hasAnyRole('HR_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class PerpetratorPartyController {

    private static final Set<String> SORTABLE = Set.of("code", "name", "kind");

    private final PerpetratorPartyRepository parties;

    @GetMapping
    @Operation(summary = "List parties, optionally of one kind")
    public PageOf<PerpetratorPartyResponse> list(@RequestParam(required = false) PartyKind kind,
                                                 ListParams list) {
        Pageable pageable = list.pageable(SORTABLE, Sort.by("code"));
        return PageOf.of(kind == null ? parties.findAll(pageable) : parties.findByKind(kind, pageable),
                PerpetratorPartyResponse::from);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One party, with its version as ETag")
    public ResponseEntity<PerpetratorPartyResponse> get(@PathVariable String code) {
        return parties.findById(code)
                .map(party -> ResponseEntity.ok().eTag(ETags.of(party.version())).body(PerpetratorPartyResponse.from(party)))
                .orElseThrow(() -> new NotFoundException("Party", code));
    }
}
