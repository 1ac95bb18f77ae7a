package org.unmiss.peace.dialogue.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.PageOf;
import org.unmiss.peace.dialogue.domain.DialogueFilter;
import org.unmiss.peace.dialogue.domain.DialogueInitiative;
import org.unmiss.peace.dialogue.domain.DialogueService;
import org.unmiss.peace.dialogue.domain.DialogueStatus;
import org.unmiss.peace.dialogue.domain.DialogueSummaryRow;
import org.unmiss.peace.dialogue.domain.DialogueType;
import org.unmiss.peace.location.domain.SouthSudanState;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.kit.web.Exports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Dialogue and reconciliation initiatives (under the engagements prefix, which the gateway routes here). */
@RestController
@RequestMapping("/api/v1/engagements/dialogues")
@Tag(name = "Dialogue and reconciliation initiatives", description = "Intercommunal dialogues, peace conferences, sports and cultural events")
@RequiredArgsConstructor
public class DialogueController {

    private static final Set<String> SORTABLE = Set.of("id", "startDate", "status", "type");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("startDate"), Sort.Order.desc("id"));

    /** What the summary may group by, and the stored field behind it. */
    public enum Grouping {
        TYPE("type"), STATE("state"), FIELD_OFFICE("fieldOffice");

        private final String field;

        Grouping(String field) {
            this.field = field;
        }
    }

    private final DialogueService service;

    @GetMapping
    @PreAuthorize("hasRole('PEACE_READ')")
    @Operation(summary = "Initiatives, newest first; field-office users see their office's")
    public PageOf<DialogueResponse> list(@RequestParam(required = false) DialogueType type,
                                         @RequestParam(required = false) DialogueStatus status,
                                         @RequestParam(required = false) String fieldOffice,
                                         @RequestParam(required = false) SouthSudanState state,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         ListParams list) {
        return PageOf.of(service.list(new DialogueFilter(type, status, fieldOffice, state, from, to),
                list.pageable(SORTABLE, NEWEST_FIRST)), DialogueResponse::from);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('PEACE_READ')")
    @Operation(summary = "One initiative, with its version as ETag")
    public ResponseEntity<DialogueResponse> get(@PathVariable String id) {
        return ok(service.get(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Record an initiative (planned or held)")
    public ResponseEntity<DialogueResponse> create(@Valid @RequestBody DialogueRequest request) {
        DialogueInitiative created = service.create(request.toContent());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(created.id()))
                .eTag(ETags.of(created.version())).body(DialogueResponse.from(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('PEACE_WRITE')")
    @Operation(summary = "Update an initiative: held, participants, outcomes, follow-up")
    public ResponseEntity<DialogueResponse> revise(@PathVariable String id,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody DialogueRequest request) {
        return ok(service.revise(id, ETags.requireVersion(ifMatch), request.toContent()));
    }

    @GetMapping(value = "/summary", produces = Exports.JSON)
    @PreAuthorize("hasAnyRole('PEACE_READ', 'REPORTING', 'PARTNER')")
    @Operation(summary = "Initiatives held, per type, state or field office, with participants by sex")
    public List<DialogueSummaryRow> summary(@RequestParam Grouping groupBy,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return service.summary(groupBy.field, new DialogueFilter(null, null, null, null, from, to));
    }

    @GetMapping(value = "/summary", produces = Exports.CSV)
    @PreAuthorize("hasAnyRole('PEACE_READ', 'REPORTING', 'PARTNER')")
    @Operation(summary = "The same as CSV")
    public ResponseEntity<String> summaryCsv(@RequestParam Grouping groupBy,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        String dimension = groupBy.name().toLowerCase(Locale.ROOT);
        List<List<?>> rows = summary(groupBy, from, to).stream()
                .<List<?>>map(r -> List.of(r.key(), r.initiatives(), r.female(), r.male(), r.female() + r.male())).toList();
        return CsvTable.of("dialogues-by-" + dimension, List.of(dimension, "initiatives", "female", "male", "total"), rows);
    }

    private static ResponseEntity<DialogueResponse> ok(DialogueInitiative initiative) {
        return ResponseEntity.ok().eTag(ETags.of(initiative.version())).body(DialogueResponse.from(initiative));
    }
}
