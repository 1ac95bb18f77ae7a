package org.unmiss.humanrights.person.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unmiss.humanrights.person.domain.Person;
import org.unmiss.humanrights.person.domain.PersonCommands;
import org.unmiss.humanrights.person.domain.PersonService;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.PageOf;

import java.util.List;
import java.util.Set;

/**
 * The person registry (ADR 0090): the people behind victims, witnesses and sources, across acts and cases. Scoped to
 * the office that registered the person (HQ: all); names only for HR_SENSITIVE, audited; never cached.
 */
@RestController
@RequiredArgsConstructor
@Tag(name = "People", description = "The person registry: one person behind victim and source records of many acts and cases")
public class PersonController {

    private static final Set<String> SORTABLE = Set.of("code", "createdAt");

    private final PersonService service;

    @PostMapping("/api/v1/hr-people")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Register a person (name sealed before storage, blind-indexed for search and duplicate checks)")
    public ResponseEntity<PersonResponse> register(@Valid @RequestBody PersonCommands.Registration registration) {
        Person person = service.register(registration);
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{code}").buildAndExpand(person.code()).toUri();
        return ResponseEntity.created(location).eTag(ETags.of(person.version())).cacheControl(CacheControl.noStore())
                .body(PersonResponse.from(new PersonService.Viewed(person, null, null, List.of())));
    }

    @GetMapping("/api/v1/hr-people")
    @PreAuthorize("hasRole('HR_READ')")
    @Operation(summary = "The people of the registry within your field office (HQ: all), newest first; by code, no names")
    public ResponseEntity<PageOf<PersonResponse>> list(ListParams list) {
        var page = service.list(list.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt")));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(PageOf.of(page, p -> PersonResponse.from(new PersonService.Viewed(p, null, null, null))));
    }

    @GetMapping("/api/v1/hr-people/{code}")
    @PreAuthorize("hasRole('HR_READ')")
    @Operation(summary = "One person with where they appear; name and duplicate candidates for HR_SENSITIVE only (audited)")
    public ResponseEntity<PersonResponse> get(@Parameter(description = "The person's code (P-...)") @PathVariable String code) {
        PersonService.Viewed viewed = service.read(code);
        return ResponseEntity.ok().eTag(ETags.of(viewed.person().version())).cacheControl(CacheControl.noStore())
                .body(PersonResponse.from(viewed));
    }

    @PutMapping("/api/v1/hr-cases/{reference}/members/{memberCode}/person")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Link a victim or source of an open case to a person of the registry (If-Match: the case's ETag); "
            + "a person counts once in every figure however many of the case's acts they suffered")
    public ResponseEntity<PersonLinkResponse> link(@PathVariable String reference,
                                                   @Parameter(description = "The victim's (V-...) or source's (S-...) code within the case")
                                                   @PathVariable String memberCode,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody PersonCommands.Link link) {
        long version = ETags.requireVersion(ifMatch);
        PersonService.Linked linked = service.link(reference, memberCode, version, link);
        return ResponseEntity.ok().eTag(ETags.of(linked.hrCase().version())).cacheControl(CacheControl.noStore())
                .body(new PersonLinkResponse(reference, memberCode, linked.role(), link.personCode()));
    }

    @PostMapping("/api/v1/hr-people/{code}/merge")
    @PreAuthorize("hasRole('HR_VERIFY') and hasRole('HR_SENSITIVE')")
    @Operation(summary = "Merge a person into another (the record that stays), with a reason: every case linking the first is "
            + "relinked, checked whole before anything is written; audited")
    public ResponseEntity<PersonResponse> merge(@Parameter(description = "The person's code (P-...)") @PathVariable String code,
                                                @Valid @RequestBody PersonCommands.Merge merge) {
        service.merge(code, merge);
        PersonService.Viewed viewed = service.read(code);
        return ResponseEntity.ok().eTag(ETags.of(viewed.person().version())).cacheControl(CacheControl.noStore())
                .body(PersonResponse.from(viewed));
    }
}
