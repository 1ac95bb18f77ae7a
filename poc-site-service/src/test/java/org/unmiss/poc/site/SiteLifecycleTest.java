package org.unmiss.poc.site;

import org.junit.jupiter.api.Test;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.poc.site.domain.Designation;
import org.unmiss.poc.site.domain.LifecycleEvent;
import org.unmiss.poc.site.domain.LifecycleEventType;
import org.unmiss.poc.site.domain.PocSite;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteLifecycleTest {

    private final PocSite malakal = new PocSite("MALAKAL", "Malakal PoC site", "MALAKAL", "Upper Nile", "Malakal", 9.56, 31.65,
            null, Designation.POC_SITE, null, null, null, List.of(), 35000,
            List.of(event(LifecycleEventType.OPENED, LocalDate.of(2013, 12, 24))), 4L);

    @Test
    void redesignationChangesTheDesignationOnce() {
        PocSite camp = malakal.with(event(LifecycleEventType.REDESIGNATED_IDP_CAMP, LocalDate.of(2026, 6, 1)), 4);
        assertThat(camp.designation()).isEqualTo(Designation.IDP_CAMP);
        assertThat(camp.redesignatedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(camp.version()).isEqualTo(4);
        assertThatThrownBy(() -> camp.with(event(LifecycleEventType.REDESIGNATED_IDP_CAMP, LocalDate.of(2026, 7, 1)), 5))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aClosedSiteTakesNoFurtherEvents() {
        PocSite closed = malakal.with(event(LifecycleEventType.CLOSED, LocalDate.of(2026, 6, 1)), 4);
        assertThat(closed.closed()).isTrue();
        assertThatThrownBy(() -> closed.with(event(LifecycleEventType.WEAPONS_FREE_ZONE_ESTABLISHED, null), 5))
                .isInstanceOf(ConflictException.class).hasMessageContaining("closed");
    }

    @Test
    void aDatedEventCannotPrecedeTheLastOne() {
        assertThatThrownBy(() -> malakal.with(event(LifecycleEventType.CLOSED, LocalDate.of(2013, 1, 1)), 4))
                .isInstanceOf(InvalidRequestException.class);
        // an undated event (date not on record) is accepted
        assertThat(malakal.with(event(LifecycleEventType.REDESIGNATED_IDP_CAMP, null), 4).redesignatedOn()).isNull();
    }

    private static LifecycleEvent event(LifecycleEventType type, LocalDate on) {
        return new LifecycleEvent(type, on, false, null, "test");
    }
}
