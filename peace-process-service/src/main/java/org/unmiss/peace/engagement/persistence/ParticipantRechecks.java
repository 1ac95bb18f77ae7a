package org.unmiss.peace.engagement.persistence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import org.unmiss.kit.feign.CheckedReference;
import org.unmiss.kit.feign.RecheckBatches;
import org.unmiss.kit.feign.UnverifiedReferences;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.peace.engagement.domain.Engagement;
import org.unmiss.peace.engagement.domain.MissionParticipant;
import org.unmiss.kit.personnel.PersonnelPerson;
import org.unmiss.kit.personnel.PersonnelReferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Confirms, on the kit's re-check schedule and as this service's own client, the mission participants
 * saved unverified while personnel-service could not answer. That token sees every office, an
 * office-bound officer only the people stationed at theirs; so a person stationed outside the
 * engagement's office confirms nothing here, and stays for a caller covering both to confirm with
 * {@code POST .../participant-verification}. A person personnel-service does not know stays
 * unverified too: the report is written and only its author can correct it. Saved only when a
 * participant is confirmed, at the version read, so a concurrent edit wins and a long outage does
 * not move every open client's ETag each round.
 */
@Component
public class ParticipantRechecks implements UnverifiedReferences {

    private static final int BATCH = 100;

    private final RecheckBatches<Engagement> batches;
    private final EngagementRepository engagements;
    private final PersonnelReferences verifier;

    public ParticipantRechecks(MongoTemplate mongo, EngagementRepository engagements, PersonnelReferences verifier) {
        this.batches = new RecheckBatches<>(mongo, Engagement.class, Criteria.where("participantsVerified").is(false),
                Engagement::id, BATCH);
        this.engagements = engagements;
        this.verifier = verifier;
    }

    @Override
    public String name() {
        return "engagements' mission participants";
    }

    @Override
    public int recheck() {
        return batches.recheckNext(this::recheck, engagements::save, confirmed -> true);
    }

    /** The engagement with the participants personnel-service now confirms; empty when it confirms none. */
    private Optional<Engagement> recheck(Engagement engagement) {
        FieldOfficeScope office = FieldOfficeScope.of(engagement.fieldOffice());
        List<MissionParticipant> checked = new ArrayList<>();
        boolean changed = false;
        for (MissionParticipant participant : engagement.content().missionParticipants()) {
            boolean now = participant.verified();
            if (!now) {
                CheckedReference<PersonnelPerson> check = verifier.checkAsService(participant.indexNumber());
                now = check.isVerified() && office.covers(check.answer().fieldOffice());
                changed |= now;
            }
            checked.add(new MissionParticipant(participant.indexNumber(), now));
        }
        if (!changed) {
            return Optional.empty();
        }
        engagement.reverify(checked);
        return Optional.of(engagement);
    }
}
