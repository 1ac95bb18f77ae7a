package org.unmiss.humanrights.hatespeech.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.hatespeech.domain.HateSpeechDetails;
import org.unmiss.humanrights.hatespeech.domain.HateSpeechService;
import org.unmiss.humanrights.hrcase.domain.OfficeStates;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.web.CsvTable;
import org.unmiss.kit.web.Exports;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * Hate speech as evidence: the details of a HATE_SPEECH_OR_INCITEMENT act, and the report of such acts over time by
 * medium and language (JSON, or CSV when preferred; ADR 0045). The report is internal (HR_READ): partners and
 * reporting tools get human rights figures from released periods only.
 */
@RestController
@Tag(name = "Hate speech", description = "Medium, platform, link, language, reach and captured copy of hate-speech acts; the report over time")
@RequiredArgsConstructor
public class HateSpeechController {

    private static final String ACT_CODE = "The act's code within the case (ACT-1, ACT-2, ...)";

    private final HateSpeechService service;
    private final AuditLog audit;

    @PutMapping("/api/v1/hr-cases/{reference}/violations/{violationCode}/hate-speech")
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "Record (or replace) a hate-speech act's medium, platform, link (sealed), language, reach and captured "
            + "copy (an attachment of the case, with its SHA-256); 409 for an act of another type or a CLOSED case")
    public ResponseEntity<HateSpeechView> record(@PathVariable String reference,
                                                 @Parameter(description = ACT_CODE) @PathVariable String violationCode,
                                                 @Valid @RequestBody HateSpeechDetails details) {
        HateSpeechService.Recorded recorded = service.record(reference, violationCode, details);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(HateSpeechView.of(recorded.hateSpeech(), recorded.link()));
    }

    @GetMapping("/api/v1/hr-cases/{reference}/hate-speech")
    @PreAuthorize("hasRole('HR_READ')")
    @Operation(summary = "The hate-speech details of the case's acts, by act code; links for HR_SENSITIVE only")
    public ResponseEntity<List<HateSpeechView>> list(@PathVariable String reference) {
        List<HateSpeechView> views = service.list(reference).stream().map(r -> HateSpeechView.of(r.hateSpeech(), r.link())).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(views);
    }

    @GetMapping(value = "/api/v1/hr-reports/hate-speech", produces = Exports.JSON)
    @PreAuthorize("hasRole('HR_READ')")
    @Operation(summary = "Hate-speech acts per month of publication, medium and language, with their reach, within your field "
            + "office (HQ: all, or fieldOffice); months from/to inclusive (YYYY-MM)")
    public ResponseEntity<HateSpeechReport> report(@RequestParam(required = false) String fieldOffice,
                                                   @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                                                   @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
        check(fieldOffice, from, to);
        HateSpeechReport report = HateSpeechReport.of(from == null ? null : from.toString(), to == null ? null : to.toString(),
                service.report(fieldOffice, from, to));
        audit.record(AuditAction.EXPORTED, null, "hate-speech report JSON " + period(fieldOffice, from, to) + ": " + report.acts() + " acts");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(report);
    }

    @GetMapping(value = "/api/v1/hr-reports/hate-speech", produces = Exports.CSV)
    @PreAuthorize("hasRole('HR_READ')")
    @Operation(summary = "The same as CSV: month, medium, language, acts, reach")
    public ResponseEntity<String> reportCsv(@RequestParam(required = false) String fieldOffice,
                                            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                                            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
        check(fieldOffice, from, to);
        List<List<?>> rows = service.report(fieldOffice, from, to).stream()
                .<List<?>>map(r -> Arrays.asList(r.month(), r.medium(), r.language(), r.acts(), r.reach())).toList();
        audit.record(AuditAction.EXPORTED, null, "hate-speech report CSV " + period(fieldOffice, from, to) + ": " + rows.size() + " rows");
        ResponseEntity<String> csv = CsvTable.of("hate-speech", List.of("month", "medium", "language", "acts", "reach"), rows);
        return ResponseEntity.status(csv.getStatusCode()).headers(csv.getHeaders()).cacheControl(CacheControl.noStore()).body(csv.getBody());
    }

    private static void check(String fieldOffice, YearMonth from, YearMonth to) {
        if (fieldOffice != null && !OfficeStates.exists(fieldOffice)) {
            throw new InvalidRequestException("fieldOffice", "must be a field office code (JUBA, MALAKAL, ...)");
        }
        if (from != null && (from.getYear() < 1900 || from.getYear() > 2100)) {
            throw new InvalidRequestException("from", "must be a month from 1900-01 to 2100-12");
        }
        if (to != null && (to.getYear() < 1900 || to.getYear() > 2100)) {
            throw new InvalidRequestException("to", "must be a month from 1900-01 to 2100-12");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
    }

    private static String period(String fieldOffice, YearMonth from, YearMonth to) {
        return (fieldOffice == null ? "any office" : fieldOffice) + " " + (from == null ? "" : from) + ".." + (to == null ? "" : to);
    }
}
