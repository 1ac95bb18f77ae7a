package org.unmiss.gender.activity.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.unmiss.gender.activity.domain.ActionPointStatus;
import org.unmiss.gender.activity.domain.ActivityStatus;
import org.unmiss.gender.activity.domain.ActivityType;
import org.unmiss.gender.activity.domain.Audience;
import org.unmiss.gender.activity.domain.ActivityService;
import org.unmiss.gender.activity.domain.GenderActivity;
import org.unmiss.gender.activity.domain.TrainingModule;
import org.unmiss.gender.activity.persistence.ActivityFilter;
import org.unmiss.gender.activity.persistence.ActivityQueries;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.feed.FeedLinks;
import org.unmiss.kit.feed.FeedParams;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;

import java.net.URI;
import java.time.LocalDate;

/**
 * Programmes and activities, and the action points of forums, dialogues and task-force meetings.
 * A user bound to a field office sees and records only that office's activities: another office's
 * activity is "not found" to them, and recording one for another office is refused.
 */
@RestController
@RequestMapping("/api/v1/gender-activities")
@Tag(name = "Gender activities", description = "Trainings, Women Peace Forums, dialogues, Open Days, task-force meetings, advocacy; their action points")
@RequiredArgsConstructor
public class ActivityController {

    static final String READERS = "hasRole('GENDER_READ')";
    static final String WRITERS = "hasRole('GENDER_WRITE')";

    private final ActivityService activities;
    private final ActivityQueries queries;
    private final CurrentUser currentUser;

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Activities, filtered and paged (a field-office-bound caller sees only their office's)")
    public ResponseEntity<PageOf<ActivityResponse>> list(@RequestParam(required = false) ActivityType type,
                                         @RequestParam(required = false) ActivityStatus status,
                                         @RequestParam(required = false) String fieldOffice,
                                         @Parameter(description = "start date on or after") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @Parameter(description = "start date on or before") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) String pillar,
                                         @RequestParam(required = false) Audience audience,
                                         @RequestParam(required = false) TrainingModule module,
                                         @Parameter(description = "partner name, exact, any case") @RequestParam(required = false) String partner,
                                         ListParams list, FeedParams feed) {
        var filter = new ActivityFilter(currentUser.fieldOffice(), type, status, fieldOffice, from, to, pillar, audience, module, partner);
        var pageable = feed.pageable(list, ActivityQueries.SORTABLE.keySet(), Sort.by(Sort.Direction.DESC, "startDate").and(Sort.by("id")));
        var activities = queries.find(filter, pageable);
        return FeedLinks.ok(activities).body(PageOf.of(activities, ActivityResponse::from));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One activity with its action points")
    public ResponseEntity<ActivityResponse> get(@PathVariable String id) {
        return respond(activities.visible(id));
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    @Operation(summary = "Record an activity (PLANNED, or HELD when recorded after the fact)")
    public ResponseEntity<ActivityResponse> create(@Valid @RequestBody ActivityRequest request) {
        GenderActivity saved = activities.record(request.toDetails(), request.status());
        return ResponseEntity.created(URI.create("/api/v1/gender-activities/" + saved.id()))
                .eTag(ETags.of(saved.version())).body(ActivityResponse.from(saved));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Revise an activity's details (If-Match required); status changes go through /status")
    public ResponseEntity<ActivityResponse> update(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                   @Valid @RequestBody ActivityRequest request) {
        return respond(activities.revise(id, ETags.requireVersion(ifMatch), request.toDetails(), request.status()));
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(WRITERS)
    @Operation(summary = "PLANNED to HELD (participants counted) or CANCELLED (reason required) (If-Match required)")
    public ResponseEntity<ActivityResponse> changeStatus(@PathVariable String id,
                                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @Valid @RequestBody StatusChangeRequest request) {
        return respond(activities.changeStatus(id, ETags.requireVersion(ifMatch), request.status(), request.reason()));
    }

    @PostMapping("/{id}/action-points")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Add an action point to a forum, dialogue or task-force meeting (If-Match of the activity required)")
    public ResponseEntity<ActivityResponse> addActionPoint(@PathVariable String id,
                                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                           @Valid @RequestBody ActionPointRequest request) {
        GenderActivity saved = activities.addActionPoint(id, ETags.requireVersion(ifMatch), request.description(), request.owner(),
                request.dueDate());
        String pointId = saved.actionPoints().get(saved.actionPoints().size() - 1).id();
        return ResponseEntity.created(URI.create("/api/v1/gender-activities/" + id + "/action-points/" + pointId))
                .eTag(ETags.of(saved.version())).body(ActivityResponse.from(saved));
    }

    @PutMapping("/{id}/action-points/{pointId}")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Update an action point's owner, due date, status and follow-up (If-Match of the activity required)")
    public ResponseEntity<ActivityResponse> updateActionPoint(@PathVariable String id, @PathVariable String pointId,
                                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                              @Valid @RequestBody ActionPointUpdateRequest request) {
        return respond(activities.updateActionPoint(id, pointId, ETags.requireVersion(ifMatch), request.owner(), request.dueDate(),
                request.status(), request.followUp()));
    }

    @GetMapping("/action-points")
    @PreAuthorize(READERS)
    @Operation(summary = "Action points across meetings; overdue=true lists those still open past their due date")
    public PageOf<ActionPointListItem> actionPoints(@RequestParam(defaultValue = "false") boolean overdue,
                                                    @RequestParam(required = false) ActionPointStatus status,
                                                    @RequestParam(required = false) String owner,
                                                    @RequestParam(required = false) String fieldOffice,
                                                    ListParams list) {
        LocalDate today = activities.today();
        var pageable = list.pageable(ActivityQueries.ACTION_POINT_SORTABLE.keySet(), Sort.by("dueDate"));
        return PageOf.of(queries.actionPoints(currentUser.fieldOffice(), fieldOffice, status, owner, overdue, today, pageable),
                row -> ActionPointListItem.from(row, today));
    }

    private static ResponseEntity<ActivityResponse> respond(GenderActivity activity) {
        return ResponseEntity.ok().eTag(ETags.of(activity.version())).body(ActivityResponse.from(activity));
    }
}
