package org.unmiss.poc.policesupport.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.poc.place.domain.Places;
import org.unmiss.poc.site.domain.SiteAccess;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * UNPOL support to the national police, each activity gated by a current Human Rights Due Diligence
 * Policy risk assessment of the unit supported (ADR 0065): none, expired, not yet in force or withholding
 * support answers 409 naming it.
 */
@Service
@RequiredArgsConstructor
public class PoliceSupportService {

    private final RiskAssessmentStore assessments;
    private final SupportActivityStore activities;
    private final SiteAccess access;
    private final Places places;
    private final ReferenceNumbers numbers;
    private final Clock clock;

    public RiskAssessment assess(RiskAssessmentBody body) {
        String office = access.recordingOffice("fieldOffice", body.fieldOffice());
        new FieldErrors().when(!body.validUntil().isAfter(body.assessedOn()), "validUntil", "must be after assessedOn")
                .when(body.decision() == AssessmentDecision.SUPPORT_WITH_MITIGATION
                                && (body.mitigatingMeasures() == null || body.mitigatingMeasures().isBlank()),
                        "mitigatingMeasures", "are required when support is permitted only with mitigation")
                .throwIfAny("The risk assessment is not valid");
        return assessments.insert(new RiskAssessment(numbers.next("HA", body.assessedOn().getYear()), office,
                body.beneficiary().trim(), RiskAssessment.key(body.beneficiary()), body.assessedOn(), body.validUntil(),
                body.risk(), body.decision(), body.mitigatingMeasures(), access.username(), Instant.now(clock), null));
    }

    public SupportActivity record(SupportActivityBody body) {
        String office = access.recordingOffice("fieldOffice", body.fieldOffice());
        Places.PlaceMatch place = places.match("place", body.place(), body.startedOn());
        FieldErrors errors = new FieldErrors();
        if (place.problem() != null) {
            errors.add(place.problem());
        }
        boolean training = body.type() == SupportType.TRAINING;
        errors.when(training && (body.womenTrained() == null || body.menTrained() == null), "womenTrained",
                        "and menTrained are required for a training: officers trained are counted by sex")
                .when(!training && (body.womenTrained() != null || body.menTrained() != null), "womenTrained",
                        "is only counted for a TRAINING")
                .when(body.endedOn() != null && body.endedOn().isBefore(body.startedOn()), "endedOn", "must not be before startedOn")
                .throwIfAny("The support activity is not valid");
        RiskAssessment assessment = currentAssessment(office, body);
        return activities.insert(new SupportActivity(numbers.next("NS", body.startedOn().getYear()), office, body.type(),
                body.beneficiary().trim(), place.place().ref(), body.startedOn(), body.endedOn(), body.womenTrained(),
                body.menTrained(), body.description(), assessment.reference(), access.username(), Instant.now(clock), null));
    }

    /** The office's latest assessment of the unit covering the activity's start; 409 naming what is missing. */
    private RiskAssessment currentAssessment(String office, SupportActivityBody body) {
        List<RiskAssessment> ofUnit = assessments.ofUnit(office, RiskAssessment.key(body.beneficiary()))
                .stream().sorted(Comparator.comparing(RiskAssessment::assessedOn).reversed()).toList();
        String unit = "'" + body.beneficiary().trim() + "'";
        if (ofUnit.isEmpty()) {
            throw new ConflictException("No Human Rights Due Diligence Policy (HRDDP) risk assessment of " + unit + " is on record for "
                    + office + "; support to the national police needs a current one (POST /api/v1/unpol/hrddp-risk-assessments)");
        }
        RiskAssessment current = ofUnit.stream().filter(a -> a.covers(body.startedOn())).findFirst().orElseThrow(() -> {
            RiskAssessment latest = ofUnit.get(0);
            return new ConflictException("The Human Rights Due Diligence Policy (HRDDP) risk assessment of " + unit + " ("
                    + latest.reference() + ", valid " + latest.assessedOn() + " until " + latest.validUntil()
                    + ") does not cover " + body.startedOn() + "; a current risk assessment is needed first");
        });
        if (current.decision() == AssessmentDecision.SUPPORT_WITHHELD) {
            throw new ConflictException("The Human Rights Due Diligence Policy (HRDDP) risk assessment " + current.reference()
                    + " withholds support to " + unit);
        }
        return current;
    }

    public RiskAssessment visibleAssessment(String reference) {
        return assessments.byId(reference).filter(a -> access.visible(a.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("HRDDP risk assessment", reference));
    }

    public SupportActivity visibleActivity(String reference) {
        return activities.byId(reference).filter(a -> access.visible(a.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Support activity", reference));
    }
}
