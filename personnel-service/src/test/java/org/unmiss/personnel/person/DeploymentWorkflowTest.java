package org.unmiss.personnel.person;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.personnel.person.domain.Category;
import org.unmiss.personnel.person.domain.DeploymentStatus;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.personnel.person.domain.PersonDetails;
import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unmiss.personnel.person.domain.DeploymentStatus.*;

class DeploymentWorkflowTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    static Person person() {
        return Person.register("UN-000042", new PersonDetails("Velkov", "Amara", Sex.FEMALE, null, "KEN",
                Category.POLICE, SubCategory.INDIVIDUAL_POLICE_OFFICER, null, null, List.of("en"), null, null, "JUBA", null));
    }

    static Person requested(LocalDate start, LocalDate end) {
        return person().requestDeployment("BOR", null, null, start, end, "officer", NOW);
    }

    @Test
    void walksTheHappyPathAndMovesTheDutyStation() {
        Person p = requested(LocalDate.of(2026, 6, 10), LocalDate.of(2027, 6, 9));
        assertThat(p.deployments()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("UN-000042-D1");
            assertThat(d.status()).isEqualTo(REQUESTED);
        });
        p = p.transition("UN-000042-D1", APPROVED, null, TODAY, null, "chief", NOW, 0);
        p = p.transition("UN-000042-D1", ACTIVE, null, TODAY, null, "chief", NOW, 0);
        assertThat(p.fieldOffice()).isEqualTo("BOR");
        p = p.transition("UN-000042-D1", COMPLETED, LocalDate.of(2027, 5, 31), TODAY, null, "chief", NOW, 0);
        assertThat(p.deployments().get(0).endDate()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(p.deployments().get(0).lastChangedBy()).isEqualTo("chief");
    }

    @ParameterizedTest
    @EnumSource(value = DeploymentStatus.class, names = {"ACTIVE", "COMPLETED", "REQUESTED"})
    void refusesIllegalTransitionsFromRequested(DeploymentStatus target) {
        Person p = requested(LocalDate.of(2026, 6, 10), LocalDate.of(2027, 6, 9));
        assertThatThrownBy(() -> p.transition("UN-000042-D1", target, null, TODAY, null, "x", NOW, 0))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is REQUESTED");
    }

    @Test
    void finalStatusesGoNowhere() {
        Person declined = requested(LocalDate.of(2026, 6, 10), LocalDate.of(2027, 6, 9))
                .transition("UN-000042-D1", DECLINED, null, TODAY, "no post", "x", NOW, 0);
        for (DeploymentStatus target : DeploymentStatus.values()) {
            assertThatThrownBy(() -> declined.transition("UN-000042-D1", target, null, TODAY, null, "x", NOW, 0))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("no other status");
        }
        assertThat(declined.deployments().get(0).reason()).isEqualTo("no post");
    }

    @Test
    void neverTwoOverlappingDeploymentsHoldingThePerson() {
        Person p = requested(LocalDate.of(2026, 6, 10), LocalDate.of(2027, 6, 9))
                .transition("UN-000042-D1", APPROVED, null, TODAY, null, "x", NOW, 0);
        assertThatThrownBy(() -> p.requestDeployment("WAU", null, null, LocalDate.of(2027, 6, 9), LocalDate.of(2027, 12, 1), "x", NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("may not overlap");
        Person next = p.requestDeployment("WAU", null, null, LocalDate.of(2027, 6, 10), LocalDate.of(2027, 12, 1), "x", NOW);
        assertThat(next.deployments()).hasSize(2);
        // Two overlapping requests may both exist; only one of them can be approved.
        Person both = person().requestDeployment("BOR", null, null, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), "x", NOW)
                .requestDeployment("WAU", null, null, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 1), "x", NOW);
        Person first = both.transition("UN-000042-D1", APPROVED, null, TODAY, null, "x", NOW, 0);
        assertThatThrownBy(() -> first.transition("UN-000042-D2", APPROVED, null, TODAY, null, "x", NOW, 0))
                .isInstanceOf(ConflictException.class).hasMessageContaining("UN-000042-D1");
    }

    @Test
    void onlyOneActiveDeploymentAtATime() {
        Person p = person().requestDeployment("BOR", null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "x", NOW)
                .requestDeployment("WAU", null, null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), "x", NOW)
                .transition("UN-000042-D1", APPROVED, null, TODAY, null, "x", NOW, 0)
                .transition("UN-000042-D2", APPROVED, null, TODAY, null, "x", NOW, 0)
                .transition("UN-000042-D1", ACTIVE, null, TODAY, null, "x", NOW, 0);
        assertThatThrownBy(() -> p.transition("UN-000042-D2", ACTIVE, null, TODAY, null, "x", NOW, 0))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already has active deployment UN-000042-D1");
        // Completing the first late, into the second's period, is refused too.
        assertThatThrownBy(() -> p.transition("UN-000042-D1", COMPLETED, LocalDate.of(2026, 4, 15), TODAY, null, "x", NOW, 0))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> p.transition("UN-000042-D1", COMPLETED, LocalDate.of(2025, 12, 1), TODAY, null, "x", NOW, 0))
                .isInstanceOf(InvalidRequestException.class);
        Person done = p.transition("UN-000042-D1", COMPLETED, LocalDate.of(2026, 3, 31), TODAY, null, "x", NOW, 0)
                .transition("UN-000042-D2", ACTIVE, null, TODAY, null, "x", NOW, 0);
        assertThat(done.deploymentOn(LocalDate.of(2026, 2, 1))).get().extracting(d -> d.fieldOffice()).isEqualTo("BOR");
        assertThat(done.deploymentOn(LocalDate.of(2026, 5, 1))).get().extracting(d -> d.fieldOffice()).isEqualTo("WAU");
        assertThat(done.deploymentOn(LocalDate.of(2025, 5, 1))).isEmpty();
    }
}
