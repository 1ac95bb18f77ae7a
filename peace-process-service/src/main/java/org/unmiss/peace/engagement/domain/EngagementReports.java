package org.unmiss.peace.engagement.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.unmiss.kit.security.CurrentUser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The engagement reports. Counts are of published engagements only: those are the mission's
 * official figures, the same for staff, reporting tools and partners (each within its office scope).
 */
@Service
@RequiredArgsConstructor
public class EngagementReports {

    private static final Set<EngagementStatus> PUBLISHED = EnumSet.of(EngagementStatus.PUBLISHED);
    /** Follow-up is owed once a report went forward, not for drafts or withdrawn reports. */
    private static final Set<EngagementStatus> FOLLOWED_UP = EnumSet.of(EngagementStatus.PENDING_APPROVAL,
            EngagementStatus.APPROVED, EngagementStatus.PUBLISHED);

    private final EngagementStore queries;
    private final CurrentUser user;

    public List<SummaryRow> summary(SummaryDimension dimension, EngagementFilter filter) {
        return queries.summary(dimension, filter, user.fieldOffice(), PUBLISHED);
    }

    public List<WomensParticipationRow> womensParticipation(EngagementFilter filter) {
        List<WomensParticipationRow> rows = new ArrayList<>();
        long engagements = 0;
        long female = 0;
        long male = 0;
        for (SummaryRow month : queries.summary(SummaryDimension.MONTH, filter, user.fieldOffice(), PUBLISHED)) {
            rows.add(WomensParticipationRow.of(month.key(), month.engagements(), month.female(), month.male()));
            engagements += month.engagements();
            female += month.female();
            male += month.male();
        }
        rows.add(WomensParticipationRow.of("TOTAL", engagements, female, male));
        return rows;
    }

    public Page<OverdueNextStep> overdueNextSteps(LocalDate asOf, Pageable pageable) {
        return queries.overdueNextSteps(asOf, user.fieldOffice(), FOLLOWED_UP, pageable);
    }
}
