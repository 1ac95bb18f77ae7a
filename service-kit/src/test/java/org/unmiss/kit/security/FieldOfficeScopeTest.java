package org.unmiss.kit.security;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.unmiss.kit.store.ListQuery;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one write guard and the one query restriction, for headquarters, an office and a token without one. */
class FieldOfficeScopeTest {

    private static final FieldOfficeScope HQ = FieldOfficeScope.of("HQ");
    private static final FieldOfficeScope JUBA = FieldOfficeScope.of("juba");

    @Test
    void theGuardNamesTheOfficeAndWhatWasRefused() {
        HQ.requireCovers("MALAKAL", "Cases");
        JUBA.requireCovers("JUBA", "Cases");
        assertThatThrownBy(() -> JUBA.requireCovers("MALAKAL", "Cases"))
                .isInstanceOf(OutsideFieldOfficeException.class)
                .hasMessage("Cases of field office MALAKAL are outside your field office");
        assertThatThrownBy(() -> FieldOfficeScope.NONE.requireCovers("JUBA", "Patrols"))
                .isInstanceOf(OutsideFieldOfficeException.class).hasMessageContaining("JUBA");
    }

    @Test
    void headquartersSeesEveryOfficeOrTheOneItAsksFor() {
        assertThat(HQ.officesFor(null)).isEmpty();
        assertThat(HQ.officesFor("BOR")).contains(List.of("BOR"));
        assertThat(ListQuery.inScope("fieldOffice", HQ, null).getCriteriaObject()).isEmpty();
        assertThat(ListQuery.inScope("fieldOffice", HQ, "BOR").getCriteriaObject()).containsEntry("fieldOffice", "BOR");
    }

    @Test
    void anOfficeSeesOnlyItselfAndNothingWhenItAsksForAnother() {
        assertThat(JUBA.officesFor(null)).contains(List.of("JUBA"));
        assertThat(JUBA.officesFor("JUBA")).contains(List.of("JUBA"));
        assertThat(JUBA.officesFor("BOR")).contains(List.of());
        assertThat(ListQuery.inScope("office", JUBA, null).getCriteriaObject()).containsEntry("office", "JUBA");
        assertMatchesNothing(ListQuery.inScope("office", JUBA, "BOR"));
    }

    @Test
    void aTokenWithoutAnOfficeSeesNothing() {
        assertThat(FieldOfficeScope.NONE.officesFor(null)).contains(List.of());
        assertMatchesNothing(ListQuery.inScope("fieldOffice", FieldOfficeScope.NONE, null));
        assertMatchesNothing(ListQuery.inScope("fieldOffice", FieldOfficeScope.of(" "), "JUBA"));
    }

    private static void assertMatchesNothing(Criteria criteria) {
        assertThat(criteria.getCriteriaObject().toJson()).matches(".*\"\\$in\": \\[\\].*");
    }
}
