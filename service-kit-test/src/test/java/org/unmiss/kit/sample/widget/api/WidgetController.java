package org.unmiss.kit.sample.widget.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.sample.widget.domain.Widget;
import org.unmiss.kit.sample.widget.persistence.WidgetRepository;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.web.ETags;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.PageOf;
import org.unmiss.kit.web.Paging;

@RestController
@Validated
@RequestMapping("/api/v1/widgets")
public class WidgetController {

    private final WidgetRepository widgets;
    private final CurrentUser currentUser;
    private final MongoTemplate mongo;

    public WidgetController(WidgetRepository widgets, CurrentUser currentUser, MongoTemplate mongo) {
        this.widgets = widgets;
        this.currentUser = currentUser;
        this.mongo = mongo;
    }

    @PostMapping
    @PreAuthorize("hasRole('WIDGET_WRITE') and @currentUser.covers(#request.fieldOffice())")
    public ResponseEntity<WidgetResponse> create(@Valid @RequestBody WidgetRequest request) {
        Widget saved = widgets.insert(new Widget(null, request.name(), request.count(), request.colour(), request.madeOn(),
                request.fieldOffice(), null));
        // Built from the current request, as the services do: the kit must make it relative.
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(saved.id()).toUri())
                .eTag(ETags.of(saved.version())).body(WidgetResponse.from(saved));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('WIDGET_WRITE')")
    public ResponseEntity<WidgetResponse> replace(@PathVariable String id,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody WidgetRequest request) {
        long version = ETags.requireVersion(ifMatch);
        Widget current = widgets.findById(id).orElseThrow(() -> new NotFoundException("Widget", id));
        Widget saved = widgets.save(new Widget(current.id(), request.name(), request.count(), request.colour(),
                request.madeOn(), current.fieldOffice(), version));
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(WidgetResponse.from(saved));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('WIDGET_READ')")
    public WidgetResponse get(@PathVariable String id) {
        return widgets.findById(id).filter(w -> currentUser.covers(w.fieldOffice()))
                .map(WidgetResponse::from).orElseThrow(() -> new NotFoundException("Widget", id));
    }

    @GetMapping
    @PreAuthorize("hasRole('WIDGET_READ')")
    public List<WidgetResponse> list(@RequestParam(defaultValue = "10") @Max(100) int limit) {
        return widgets.findAll().stream().limit(limit).map(WidgetResponse::from).toList();
    }

    /** Released by a test: lets it hold a request in progress as long as it needs (a slow create). */
    public static final java.util.concurrent.Semaphore HOLD = new java.util.concurrent.Semaphore(0);

    @PostMapping("/held")
    @PreAuthorize("hasRole('WIDGET_WRITE') and @currentUser.covers(#request.fieldOffice())")
    public ResponseEntity<WidgetResponse> createHeld(@Valid @RequestBody WidgetRequest request) throws InterruptedException {
        if (!HOLD.tryAcquire(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
        }
        return create(request);
    }

    @GetMapping("/made")
    @PreAuthorize("hasRole('WIDGET_READ')")
    public List<WidgetResponse> madeBetween(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant seenAfter) {
        return widgets.findAll().stream()
                .filter(w -> from == null || (w.madeOn() != null && !w.madeOn().isBefore(from)))
                .map(WidgetResponse::from).toList();
    }

    @GetMapping("/pages")
    @PreAuthorize("hasRole('WIDGET_READ')")
    public PageOf<WidgetResponse> pages(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageOf.of(ListQuery.all().page(mongo, Paging.of(page, size, null, Set.of("name"), Sort.by("name")), Widget.class),
                WidgetResponse::from);
    }

    /** Written the one way: the kit's guard for the office, the kit's list parameters and scope restriction. */
    @PostMapping("/guarded")
    @PreAuthorize("hasRole('WIDGET_WRITE')")
    public ResponseEntity<WidgetResponse> createGuarded(@Valid @RequestBody WidgetRequest request) {
        currentUser.requireCovers(request.fieldOffice(), "Widgets");
        return create(request);
    }

    @GetMapping("/scoped")
    @PreAuthorize("hasRole('WIDGET_READ')")
    public PageOf<WidgetResponse> scoped(@RequestParam(required = false) String fieldOffice, ListParams list) {
        return PageOf.of(ListQuery.withinScope("fieldOffice", currentUser.fieldOffice(), fieldOffice)
                .page(mongo, list.pageable(Set.of("name", "count"), Sort.by("name")), Widget.class), WidgetResponse::from);
    }

    @GetMapping("/refused")
    @PreAuthorize("hasRole('WIDGET_READ')")
    public void refused(HttpServletResponse response) throws IOException {
        // An error raised with the container's sendError, as a servlet or filter might: it goes through /error.
        response.sendError(HttpStatus.CONFLICT.value(), "container message that must not reach the client");
    }

    @GetMapping("/failure")
    @PreAuthorize("hasRole('WIDGET_READ')")
    public WidgetResponse failure() {
        throw new IllegalStateException("internal detail that must not reach the client");
    }
}
