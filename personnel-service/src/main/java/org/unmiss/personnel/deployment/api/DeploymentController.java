package org.unmiss.personnel.deployment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.problem.StaleVersionException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.personnel.deployment.persistence.DeploymentQueries;
import org.unmiss.personnel.person.domain.Deployment;
import org.unmiss.personnel.person.domain.DeploymentStatus;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.personnel.person.domain.PersonRules;
import org.unmiss.personnel.person.persistence.ChangeMarker;
import org.unmiss.personnel.person.persistence.PersonLocks;
import org.unmiss.personnel.person.persistence.PersonRepository;
import org.unmiss.personnel.person.persistence.ReferenceSnapshot;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deployments and their workflow. A deployment lives in its person's record, and its ETag is that
 * record's version. An office-bound caller sees and changes only deployments to their office.
 */
@RestController
@Tag(name = "Deployments", description = "A person posted to a field office for a period: REQUESTED → APPROVED → ACTIVE → COMPLETED, or DECLINED / CANCELLED")
@PreAuthorize("hasAnyRole('PERSONNEL_READ', 'PERSONNEL_WRITE')")
public class DeploymentController {

    private static final Pattern DEPLOYMENT_ID = Pattern.compile("^(UN-\\d{6})-D\\d{1,4}$");
    private static final Set<String> SORTABLE = Set.of("startDate", "endDate", "fieldOffice", "status");

    private final PersonRepository people;
    private final DeploymentQueries queries;
    private final ReferenceSnapshot references;
    private final ChangeMarker changes;
    private final PersonLocks locks;
    private final CurrentUser user;
    private final Clock clock;

    public DeploymentController(PersonRepository people, DeploymentQueries queries, ReferenceSnapshot references,
                                ChangeMarker changes, PersonLocks locks, CurrentUser user, Clock clock) {
        this.people = people;
        this.queries = queries;
        this.references = references;
        this.changes = changes;
        this.locks = locks;
        this.user = user;
        this.clock = clock;
    }

    @GetMapping("/api/v1/deployments")
    @Operation(summary = "List deployments", description = "e.g. status=REQUESTED for those awaiting a decision")
    public PageOf<DeploymentResponse> list(@RequestParam(required = false) DeploymentStatus status,
                                           @RequestParam(required = false) String fieldOffice,
                                           @Parameter(description = "Only those ending on or before this date (YYYY-MM-DD)")
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endingBy,
                                           ListParams list) {
        return PageOf.of(queries.find(status, fieldOffice, endingBy, user.fieldOffice(),
                list.pageable(SORTABLE, Sort.by("startDate"))), DeploymentResponse::from);
    }

    @GetMapping("/api/v1/deployments/{id}")
    @Operation(summary = "One deployment, with its person's record version as ETag")
    public ResponseEntity<DeploymentResponse> get(@PathVariable String id) {
        Person person = personOf(id);
        Deployment deployment = person.deployment(id).filter(d -> user.covers(d.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Deployment", id));
        return ResponseEntity.ok().eTag(ETags.of(person.version())).body(DeploymentResponse.from(person.indexNumber(), deployment));
    }

    @GetMapping("/api/v1/personnel/{indexNumber}/deployments")
    @Operation(summary = "A person's deployment history", description = "With on=YYYY-MM-DD: where the person was posted on that day (empty if nowhere).")
    public List<DeploymentResponse> history(@PathVariable String indexNumber,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        Person person = people.findPublished(indexNumber)
                .filter(p -> user.covers(p.fieldOffice()) || p.deployments().stream().anyMatch(d -> user.covers(d.fieldOffice())))
                .orElseThrow(() -> new NotFoundException("Person", indexNumber));
        return person.deployments().stream()
                .filter(d -> user.covers(d.fieldOffice()))
                .filter(d -> on == null || d.onStrengthOn(on))
                .map(d -> DeploymentResponse.from(person.indexNumber(), d)).toList();
    }

    @PostMapping("/api/v1/deployments")
    @PreAuthorize("hasRole('PERSONNEL_WRITE')")
    @Operation(summary = "Request a deployment", description = "409 if it overlaps a deployment the person already holds.")
    public ResponseEntity<DeploymentResponse> request(@Valid @RequestBody DeploymentRequest request) {
        new FieldErrors().addAll(PersonRules.checkDeployment(request.fieldOffice(), request.unitCode(), request.startDate(),
                request.endDate(), references.take(), "")).throwIfAny();
        user.requireCovers(request.fieldOffice(), "Deployments");
        Person saved = locks.one(request.indexNumber(), () -> {
            Person person = people.findPublished(request.indexNumber())
                    .orElseThrow(() -> new InvalidRequestException("indexNumber", "does not name a registered person"));
            return people.save(person.requestDeployment(request.fieldOffice(), request.unitCode(), request.position(),
                    request.startDate(), request.endDate(), username(), Instant.now(clock)));
        });
        changes.bump(List.of(saved));
        Deployment created = saved.deployments().get(saved.deployments().size() - 1);
        return ResponseEntity.created(URI.create("/api/v1/deployments/" + created.id()))
                .eTag(ETags.of(saved.version())).body(DeploymentResponse.from(saved.indexNumber(), created));
    }

    @PostMapping("/api/v1/deployments/{id}/status")
    @PreAuthorize("hasRole('PERSONNEL_WRITE')")
    @Operation(summary = "Move a deployment along its workflow; If-Match required",
            description = "Illegal transitions, a second active deployment or overlapping periods are 409.")
    public ResponseEntity<DeploymentResponse> changeStatus(@PathVariable String id,
                                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                           @Valid @RequestBody StatusChangeRequest request) {
        long version = ETags.requireVersion(ifMatch);
        if (request.endDate() != null && request.status() != DeploymentStatus.COMPLETED) {
            throw new InvalidRequestException("endDate", "is only accepted when completing a deployment");
        }
        Person saved = locks.one(indexNumberOf(id), () -> {
            Person person = personOf(id);
            Deployment deployment = person.deployment(id).filter(d -> user.covers(d.fieldOffice()))
                    .orElseThrow(() -> new NotFoundException("Deployment", id));
            Person moved = person.transition(deployment.id(), request.status(), request.endDate(),
                    LocalDate.now(clock), request.reason(), username(), Instant.now(clock), version);
            if (person.version() == null || person.version() != version) {
                // what the versioned write would say; checked here too as the embedded store does not say it reliably
                throw new StaleVersionException("Deployment " + id + " changed (version " + person.version() + ", not "
                        + version + "); read it again");
            }
            return people.save(moved);
        });
        changes.bump(List.of(saved));
        return ResponseEntity.ok().eTag(ETags.of(saved.version()))
                .body(DeploymentResponse.from(saved.indexNumber(), saved.deployment(id).orElseThrow()));
    }

    private Person personOf(String deploymentId) {
        return people.findPublished(indexNumberOf(deploymentId)).orElseThrow(() -> new NotFoundException("Deployment", deploymentId));
    }

    private static String indexNumberOf(String deploymentId) {
        Matcher matcher = DEPLOYMENT_ID.matcher(deploymentId);
        if (!matcher.matches()) {
            throw new NotFoundException("Deployment", deploymentId);
        }
        return matcher.group(1);
    }

    private String username() {
        return user.username().orElse("unknown");
    }
}
