package org.unmiss.poc.returns.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.poc.returns.domain.FollowUp;
import org.unmiss.poc.returns.domain.ReturnMovement;
import org.unmiss.poc.returns.persistence.ReturnQueries;
import org.unmiss.poc.returns.persistence.ReturnRepository;
import org.unmiss.poc.site.domain.PocSite;
import org.unmiss.poc.site.persistence.SiteAccess;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/returns")
@Tag(name = "Returns", description = "Voluntary, informed returns and relocations from PoC sites, with follow-up monitoring")
@PreAuthorize("hasAnyRole('POC_READ', 'MISSION_ADMIN')")
public class ReturnController {

    private static final Set<String> SORTABLE = Set.of("departedOn", "siteCode", "destinationState");

    private final ReturnRepository returns;
    private final ReturnQueries queries;
    private final SiteAccess access;
    private final ReferenceNumbers numbers;

    public ReturnController(ReturnRepository returns, ReturnQueries queries, SiteAccess access, ReferenceNumbers numbers) {
        this.returns = returns;
        this.queries = queries;
        this.access = access;
        this.numbers = numbers;
    }

    @PostMapping
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Record a return", description = "voluntary and informed must both be true; counselledOn on or before departedOn; individuals by sex and age adding up.")
    public ResponseEntity<ReturnResponse> record(@Valid @RequestBody ReturnRequest request) {
        PocSite site = access.writableSite("siteCode", request.siteCode());
        FieldErrors errors = new FieldErrors().addAll(request.individuals().problems("individuals"));
        if (request.counselledOn().isAfter(request.departedOn())) {
            errors.add("counselledOn", "must be on or before departedOn: the decision is informed before leaving");
        }
        if (errors.isEmpty() && request.individuals().total() < request.households()) {
            errors.add("individuals.total", "must be at least households (" + request.households() + ")");
        }
        errors.throwIfAny("The return is not valid");
        ReturnMovement saved = returns.insert(new ReturnMovement(numbers.next("RT", request.departedOn().getYear()),
                site.code(), site.fieldOffice(), request.departedOn(), request.departedOn().toString().substring(0, 7),
                request.households(), request.individuals(), request.destinationState(), request.destinationCounty(),
                true, true, request.counselledOn(), List.copyOf(request.assistance()), List.of(), access.username(),
                Instant.now(), null));
        return ResponseEntity.created(URI.create("/api/v1/returns/" + saved.reference()))
                .eTag(ETags.of(saved.version())).body(ReturnResponse.from(saved));
    }

    @GetMapping
    @Operation(summary = "List returns of the caller's field office (all for HQ), newest first")
    public PageOf<ReturnResponse> list(@RequestParam(required = false) String siteCode,
                                       @RequestParam(required = false) String destinationState,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       ListParams list) {
        return PageOf.of(queries.find(siteCode, destinationState, from, to,
                list.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "departedOn"))), ReturnResponse::from);
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One return (404 outside the caller's field office)")
    public ResponseEntity<ReturnResponse> get(@PathVariable String reference) {
        ReturnMovement movement = visible(reference);
        return ResponseEntity.ok().eTag(ETags.of(movement.version())).body(ReturnResponse.from(movement));
    }

    @PostMapping("/{reference}/follow-ups")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Add a follow-up monitoring visit (If-Match required); not before the departure")
    public ResponseEntity<ReturnResponse> followUp(@PathVariable String reference,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody FollowUpRequest request) {
        long version = ETags.requireVersion(ifMatch);
        ReturnMovement movement = visible(reference);
        access.requireWritable(movement.fieldOffice());
        access.requireCurrentVersion(movement.version(), version);
        if (request.on().isBefore(movement.departedOn())) {
            throw new InvalidRequestException("on", "must not be before the departure (" + movement.departedOn() + ")");
        }
        ReturnMovement saved = returns.save(movement.withFollowUp(
                new FollowUp(request.on(), request.outcome(), request.note(), access.username()), version));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/returns/" + reference))
                .eTag(ETags.of(saved.version())).body(ReturnResponse.from(saved));
    }

    private ReturnMovement visible(String reference) {
        return returns.findById(reference).filter(r -> access.visible(r.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Return", reference));
    }
}
