package org.unmiss.peace.interlocutor.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.peace.engagement.domain.InterlocutorType;
import org.unmiss.peace.engagement.domain.Level;
import org.unmiss.peace.engagement.domain.Sex;
import org.unmiss.peace.interlocutor.domain.Interlocutor;
import org.unmiss.peace.interlocutor.domain.InterlocutorFilter;
import org.unmiss.peace.interlocutor.persistence.InterlocutorQueries;
import org.unmiss.peace.interlocutor.persistence.InterlocutorRepository;
import org.unmiss.peace.location.domain.SouthSudanState;
import org.unmiss.kit.store.ReferenceNumbers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * The leaders the mission engages with (under the engagements prefix, which the gateway routes here).
 * Mission staff with PEACE_READ see who they are; only PEACE_WRITE sees how to reach them.
 * Reporting tools and partners get no access: the directory names people.
 */
@RestController
@RequestMapping("/api/v1/engagements/interlocutors")
@Tag(name = "Interlocutors", description = "Political, religious, traditional, community, women and youth leaders, civil society")
@RequiredArgsConstructor
public class InterlocutorController {

    private static final Set<String> SORTABLE = Set.of("name", "type", "state", "affiliation");

    private final InterlocutorRepository interlocutors;
    private final InterlocutorQueries queries;
    private final ReferenceNumbers numbers;
    private final CurrentUser user;
    private final Clock clock;

    @GetMapping
    @PreAuthorize("hasRole('PEACE_READ')")
    @Operation(summary = "Interlocutors by type, affiliation, level, state, county and sex")
    public PageOf<InterlocutorResponse> list(@RequestParam(required = false) InterlocutorType type,
                                             @RequestParam(required = false) String affiliation,
                                             @RequestParam(required = false) Level level,
                                             @RequestParam(required = false) SouthSudanState state,
                                             @RequestParam(required = false) String county,
                                             @RequestParam(required = false) Sex sex,
                                             @RequestParam(required = false) Boolean active,
                                             ListParams list) {
        InterlocutorFilter filter = new InterlocutorFilter(type, affiliation, level, state, county, sex, active);
        return PageOf.of(queries.find(filter, list.pageable(SORTABLE, Sort.by("name"))), this::response);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('PEACE_READ')")
    @Operation(summary = "One interlocutor, with the version as ETag")
    public ResponseEntity<InterlocutorResponse> get(@PathVariable String id) {
        return ok(find(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Add an interlocutor")
    public ResponseEntity<InterlocutorResponse> create(@Valid @RequestBody InterlocutorRequest request) {
        Interlocutor created = interlocutors.insert(toDocument(numbers.next("INT", LocalDate.now(clock).getYear()), request, null));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(created.id()))
                .eTag(ETags.of(created.version())).body(response(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Update an interlocutor (e.g. a new position, or no longer active)")
    public ResponseEntity<InterlocutorResponse> update(@PathVariable String id,
                                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                       @Valid @RequestBody InterlocutorRequest request) {
        long version = ETags.requireVersion(ifMatch);
        find(id);
        return ok(interlocutors.save(toDocument(id, request, version)));
    }

    private Interlocutor find(String id) {
        return interlocutors.findById(id).orElseThrow(() -> new NotFoundException("Interlocutor", id));
    }

    private static Interlocutor toDocument(String id, InterlocutorRequest r, Long version) {
        Interlocutor.Contact contact = r.contact() == null ? null
                : new Interlocutor.Contact(r.contact().phone(), r.contact().email(), r.contact().notes());
        return new Interlocutor(id, r.name().trim(), r.type(), r.affiliation(), r.position(), r.level(), r.state(), r.county(),
                r.sex(), contact, r.active() == null || r.active(), version);
    }

    private ResponseEntity<InterlocutorResponse> ok(Interlocutor interlocutor) {
        return ResponseEntity.ok().eTag(ETags.of(interlocutor.version())).body(response(interlocutor));
    }

    private InterlocutorResponse response(Interlocutor interlocutor) {
        return InterlocutorResponse.from(interlocutor, user.hasRole("PEACE_WRITE"));
    }
}
