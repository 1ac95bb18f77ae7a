package org.unmiss.personnel.person.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
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
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.feed.FeedLinks;
import org.unmiss.kit.feed.FeedParams;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.personnel.person.domain.Category;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.personnel.person.domain.PersonService;
import org.unmiss.personnel.person.domain.PersonStatus;
import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;
import org.unmiss.personnel.person.persistence.PersonQueries;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Named personnel records: PERSONNEL_READ reads them (an office-bound reader only those stationed at
 * their office), PERSONNEL_WRITE changes them and alone sees personal fields. REPORTING and PARTNER
 * have no access here; they use the aggregate reports.
 */
@RestController
@RequestMapping("/api/v1/personnel")
@Tag(name = "Personnel", description = "The mission's people: index number, category, unit, duty station")
@PreAuthorize("hasAnyRole('PERSONNEL_READ', 'PERSONNEL_WRITE')")
@RequiredArgsConstructor
public class PersonController {

    private static final Set<String> SORTABLE = Set.of("indexNumber", "familyName", "nationality", "category",
            "subCategory", "fieldOffice");

    private final PersonService people;
    private final PersonQueries queries;
    private final CurrentUser user;

    @GetMapping
    @Operation(summary = "List personnel", description = "An office-bound caller sees only people stationed at their office.")
    public ResponseEntity<PageOf<PersonResponse>> list(@RequestParam(required = false) Category category,
                                       @RequestParam(required = false) SubCategory subCategory,
                                       @Parameter(description = "ISO 3166-1 alpha-3") @RequestParam(required = false) String nationality,
                                       @RequestParam(required = false) Sex sex,
                                       @RequestParam(required = false) PersonStatus status,
                                       @RequestParam(required = false) String fieldOffice,
                                       @RequestParam(required = false) String unitCode,
                                       @Parameter(description = "e.g. Gender Section") @RequestParam(required = false) String section,
                                       ListParams list, FeedParams feed) {
        PersonQueries.Filter filter = new PersonQueries.Filter(category, subCategory, nationality, sex, status,
                fieldOffice, unitCode, section);
        boolean personal = user.hasRole("PERSONNEL_WRITE");
        var people = queries.find(filter, user.fieldOffice(), feed.pageable(list, SORTABLE, Sort.by("indexNumber")));
        return FeedLinks.ok(people).body(PageOf.of(people, p -> PersonResponse.from(p, personal)));
    }

    @GetMapping("/{indexNumber}")
    @Operation(summary = "One person, with their version as ETag")
    public ResponseEntity<PersonResponse> get(@PathVariable String indexNumber) {
        Person person = people.visible(indexNumber);
        return ResponseEntity.ok().eTag(ETags.of(person.version()))
                .body(PersonResponse.from(person, user.hasRole("PERSONNEL_WRITE")));
    }

    @PostMapping
    @PreAuthorize("hasRole('PERSONNEL_WRITE')")
    @Operation(summary = "Register a person; the index number is assigned (UN- and six digits)")
    public ResponseEntity<PersonResponse> create(@RequestBody PersonRequest request) {
        Person saved = people.register(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/personnel/" + saved.indexNumber()))
                .eTag(ETags.of(saved.version())).body(PersonResponse.from(saved, true));
    }

    @PutMapping("/{indexNumber}")
    @PreAuthorize("hasRole('PERSONNEL_WRITE')")
    @Operation(summary = "Replace a person's details; If-Match required. Deployments change through /api/v1/deployments.")
    public ResponseEntity<PersonResponse> update(@PathVariable String indexNumber,
                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                 @RequestBody PersonRequest request) {
        Person saved = people.update(indexNumber, ETags.requireVersion(ifMatch), request.toDetails());
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(PersonResponse.from(saved, true));
    }
}
