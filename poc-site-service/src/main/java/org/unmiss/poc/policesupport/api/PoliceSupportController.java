package org.unmiss.poc.policesupport.api;

import lombok.RequiredArgsConstructor;
import org.unmiss.poc.policesupport.domain.SupportActivityBody;
import org.unmiss.poc.policesupport.domain.RiskAssessmentBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.web.ETags;
import org.unmiss.kit.web.ListParams;
import org.unmiss.kit.web.PageOf;
import org.unmiss.poc.policesupport.domain.PoliceSupportService;
import org.unmiss.poc.policesupport.domain.RiskAssessment;
import org.unmiss.poc.policesupport.domain.SupportActivity;
import org.unmiss.poc.policesupport.domain.SupportType;
import org.unmiss.poc.policesupport.persistence.RiskAssessmentQueries;
import org.unmiss.poc.policesupport.persistence.SupportActivityQueries;

import java.net.URI;
import java.util.Set;

/** HRDDP risk assessments and support to the national police: UNPOL records of one field office. */
@RestController
@RequestMapping("/api/v1/unpol")
@Tag(name = "UNPOL support to the national police", description = "HRDDP risk assessments; trainings, co-location, mentoring, infrastructure")
@PreAuthorize("hasAnyRole('POC_READ', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class PoliceSupportController {

    private static final Set<String> ASSESSMENT_SORTABLE = Set.of("assessedOn", "validUntil");
    private static final Set<String> ACTIVITY_SORTABLE = Set.of("startedOn", "type");

    private final PoliceSupportService service;
    private final RiskAssessmentQueries assessmentQueries;
    private final SupportActivityQueries activityQueries;

    @PostMapping("/hrddp-risk-assessments")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Record a Human Rights Due Diligence Policy risk assessment of a national police unit")
    public ResponseEntity<RiskAssessmentView> assess(@Valid @RequestBody RiskAssessmentBody body) {
        RiskAssessment saved = service.assess(body);
        return ResponseEntity.created(URI.create("/api/v1/unpol/hrddp-risk-assessments/" + saved.reference()))
                .eTag(ETags.of(saved.version())).body(RiskAssessmentView.from(saved));
    }

    @GetMapping("/hrddp-risk-assessments")
    @Operation(summary = "Risk assessments of the caller's field office (all for HQ), latest first")
    public PageOf<RiskAssessmentView> assessments(ListParams list) {
        return PageOf.of(assessmentQueries.find(list.pageable(ASSESSMENT_SORTABLE, Sort.by(Sort.Direction.DESC, "assessedOn"))), RiskAssessmentView::from);
    }

    @GetMapping("/hrddp-risk-assessments/{reference}")
    @Operation(summary = "One risk assessment (404 outside the caller's field office)")
    public RiskAssessmentView assessment(@PathVariable String reference) {
        return RiskAssessmentView.from(service.visibleAssessment(reference));
    }

    @PostMapping("/national-police-support")
    @PreAuthorize("hasRole('POC_WRITE')")
    @Operation(summary = "Record support to the national police",
            description = "409 naming the HRDDP risk assessment when none of the unit is on record, it does not cover startedOn, or it withholds support.")
    public ResponseEntity<SupportActivityView> record(@Valid @RequestBody SupportActivityBody body) {
        SupportActivity saved = service.record(body);
        return ResponseEntity.created(URI.create("/api/v1/unpol/national-police-support/" + saved.reference()))
                .eTag(ETags.of(saved.version())).body(SupportActivityView.from(saved));
    }

    @GetMapping("/national-police-support")
    @Operation(summary = "Support activities of the caller's field office (all for HQ), latest first")
    public PageOf<SupportActivityView> activities(@RequestParam(required = false) SupportType type, ListParams list) {
        return PageOf.of(activityQueries.find(type, list.pageable(ACTIVITY_SORTABLE, Sort.by(Sort.Direction.DESC, "startedOn"))), SupportActivityView::from);
    }

    @GetMapping("/national-police-support/{reference}")
    @Operation(summary = "One support activity (404 outside the caller's field office)")
    public SupportActivityView activity(@PathVariable String reference) {
        return SupportActivityView.from(service.visibleActivity(reference));
    }
}
