package org.unmiss.gender.focalpoint.persistence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import org.unmiss.gender.focalpoint.domain.FocalPoint;
import org.unmiss.kit.personnel.PersonnelPerson;
import org.unmiss.kit.personnel.PersonnelReferences;
import org.unmiss.kit.feign.CheckedReference;
import org.unmiss.kit.feign.RecheckBatches;
import org.unmiss.kit.feign.UnverifiedReferences;
import org.unmiss.kit.security.FieldOfficeScope;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Clears {@code personnelReferenceUnverified} of appointments recorded while personnel-service could
 * not confirm the person, on the kit's re-check schedule, as this service's own client. That token
 * sees every office, an office-bound officer only the people stationed at theirs; so a person
 * stationed outside the appointment's office confirms nothing here (as it would not have for the
 * WAU officer who appointed them) and the mark stays, with a note saying why, for a caller who
 * covers both to confirm with {@code POST .../verification}. The record is saved only when its mark
 * or note changes, so a long outage does not move every open client's ETag each round.
 */
@Component
public class FocalPointRechecks implements UnverifiedReferences {

    private static final int BATCH = 100;

    private final RecheckBatches<FocalPoint> batches;
    private final FocalPointRepository repository;
    private final PersonnelReferences personnel;
    private final Clock clock;

    public FocalPointRechecks(MongoTemplate mongo, FocalPointRepository repository, PersonnelReferences personnel, Clock clock) {
        this.batches = new RecheckBatches<>(mongo, FocalPoint.class, Criteria.where("personnelReferenceUnverified").is(true),
                FocalPoint::id, BATCH);
        this.repository = repository;
        this.personnel = personnel;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "gender focal points";
    }

    @Override
    public int recheck() {
        return batches.recheckNext(this::recheck, repository::save, checked -> !checked.personnelReferenceUnverified());
    }

    /** The focal point with its mark and note as personnel-service now answers; empty when neither changes. */
    private Optional<FocalPoint> recheck(FocalPoint focalPoint) {
        CheckedReference<PersonnelPerson> check = personnel.checkAsService(focalPoint.indexNumber());
        FocalPoint checked = switch (check.status()) {
            case VERIFIED -> FieldOfficeScope.of(focalPoint.fieldOffice()).covers(check.answer().fieldOffice())
                    ? focalPoint.verified(false, null, clock.instant())
                    : focalPoint.verified(true, "personnel-service has " + focalPoint.indexNumber()
                    + " stationed outside " + focalPoint.fieldOffice() + "; a caller covering both may confirm", clock.instant());
            case UNKNOWN -> focalPoint.verified(true, "personnel-service does not know " + focalPoint.indexNumber(), clock.instant());
            case UNVERIFIED -> focalPoint;
        };
        boolean unchanged = checked.personnelReferenceUnverified() == focalPoint.personnelReferenceUnverified()
                && Objects.equals(checked.verificationNote(), focalPoint.verificationNote());
        return unchanged ? Optional.empty() : Optional.of(checked);
    }
}
