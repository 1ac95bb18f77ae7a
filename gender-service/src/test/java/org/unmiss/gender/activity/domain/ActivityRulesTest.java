package org.unmiss.gender.activity.domain;

import org.junit.jupiter.api.Test;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.InvalidRequestException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Set<String> PILLARS = Set.of("PARTICIPATION", "PROTECTION", "PREVENTION", "RELIEF_AND_RECOVERY");

    static ActivityDetails details(ActivityType type, LocalDate start, Participants participants) {
        return new ActivityDetails(type, "t", start, null, "JUBA", null, List.of("PROTECTION"), List.of(), List.of(), List.of(), participants,
                List.of(), List.of(), null);
    }

    @Test
    void participantsAddUpBySexAndByAgeGroup() {
        assertThat(Participants.of(3, 4).inconsistencies("p")).isEmpty();
        assertThat(new Participants(3, 4, 8, List.of()).inconsistencies("p"))
                .containsExactly(new FieldError("p.total", "female (3) + male (4) = 7, not the total 8"));
        List<FieldError> byAge = new Participants(3, 4, 7, List.of(new Participants.AgeGroupCount(AgeGroup.UNDER_18, 1, 4),
                new Participants.AgeGroupCount(AgeGroup.UNDER_18, 1, 0))).inconsistencies("p");
        assertThat(byAge).extracting(FieldError::field).containsExactly("p.byAgeGroup[1].ageGroup", "p.byAgeGroup");
        assertThat(byAge.get(1).reason()).contains("female").contains("2").contains("3");
    }

    @Test
    void namesEveryBrokenRuleAtOnce() {
        ActivityDetails bad = new ActivityDetails(ActivityType.TRAINING, "t", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), "AWEIL", null,
                List.of("PROTECTION", "PEACE", "PROTECTION"), List.of(), List.of(), List.of(), new Participants(1, 1, 3, List.of()), List.of(),
                List.of(), null);
        assertThatThrownBy(() -> ActivityRules.check(bad, ActivityStatus.PLANNED, PILLARS, TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("endDate", "fieldOffice", "pillars[1]", "pillars[2]", "participants.total"));
    }

    @Test
    void heldNeedsAStartedActivityWithParticipantsCounted() {
        assertThatThrownBy(() -> ActivityRules.check(details(ActivityType.TRAINING, TODAY.plusDays(1), Participants.of(1, 1)), ActivityStatus.HELD,
                PILLARS, TODAY)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("startDate"));
        assertThatThrownBy(() -> ActivityRules.check(details(ActivityType.TRAINING, TODAY, null), ActivityStatus.HELD, PILLARS, TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("participants"));
        ActivityRules.check(details(ActivityType.RESEARCH_AND_ANALYSIS, TODAY, null), ActivityStatus.HELD, PILLARS, TODAY);
    }

    @Test
    void statusMovesOnceFromPlanned() {
        GenderActivity planned = GenderActivity.record("GA-2026-000001", details(ActivityType.TRAINING, TODAY, Participants.of(2, 3)),
                ActivityStatus.PLANNED, "u", Instant.EPOCH);
        GenderActivity held = planned.transition(ActivityStatus.HELD, null, TODAY, 0, Instant.EPOCH);
        assertThat(held.status()).isEqualTo(ActivityStatus.HELD);
        assertThatThrownBy(() -> held.transition(ActivityStatus.CANCELLED, "x", TODAY, 1, Instant.EPOCH)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> planned.transition(ActivityStatus.CANCELLED, " ", TODAY, 0, Instant.EPOCH))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> planned.transition(ActivityStatus.PLANNED, null, TODAY, 0, Instant.EPOCH)).isInstanceOf(ConflictException.class);
        assertThat(planned.transition(ActivityStatus.CANCELLED, " Rains ", TODAY, 0, Instant.EPOCH).cancellationReason()).isEqualTo("Rains");
        assertThatThrownBy(() -> GenderActivity.record("x", details(ActivityType.TRAINING, TODAY, null), ActivityStatus.CANCELLED, "u", Instant.EPOCH))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void actionPointsBelongToMeetingsAndCloseOnce() {
        GenderActivity forum = GenderActivity.record("GA-2026-000002", details(ActivityType.WOMEN_PEACE_FORUM, TODAY, Participants.of(5, 0)),
                ActivityStatus.HELD, "u", Instant.EPOCH).addActionPoint("d", "o", TODAY.minusDays(1), 0, Instant.EPOCH);
        assertThat(forum.actionPoint("AP-1").overdueOn(TODAY)).isTrue();
        GenderActivity done = forum.updateActionPoint("AP-1", "o", TODAY.minusDays(1), ActionPointStatus.DONE, "f", TODAY, 1, Instant.EPOCH);
        assertThat(done.actionPoint("AP-1").overdueOn(TODAY)).isFalse();
        assertThat(done.actionPoint("AP-1").closedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> done.updateActionPoint("AP-1", "o", TODAY, ActionPointStatus.OPEN, null, TODAY, 2, Instant.EPOCH))
                .isInstanceOf(ConflictException.class);
        GenderActivity training = GenderActivity.record("GA-2026-000003", details(ActivityType.TRAINING, TODAY, null), ActivityStatus.PLANNED, "u",
                Instant.EPOCH);
        assertThatThrownBy(() -> training.addActionPoint("d", "o", TODAY, 0, Instant.EPOCH)).isInstanceOf(ConflictException.class);
    }
}
