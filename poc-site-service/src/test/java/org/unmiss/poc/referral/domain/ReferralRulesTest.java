package org.unmiss.poc.referral.domain;

import org.junit.jupiter.api.Test;
import org.unmiss.poc.geo.domain.GeoJsonPoint;
import org.unmiss.poc.incident.domain.IncidentCategory;
import org.unmiss.poc.incident.domain.IncidentDetails;
import org.unmiss.poc.place.domain.PlaceRef;
import org.unmiss.poc.incident.domain.SecurityIncident;
import org.unmiss.poc.incident.domain.Severity;
import org.unmiss.poc.people.domain.PeopleCount;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReferralRulesTest {

    @Test
    void backOffDoublesUpToFifteenMinutes() {
        Duration base = Duration.ofSeconds(30);
        assertThat(ReferralDispatcher.backoff(1, base)).isEqualTo(Duration.ofSeconds(30));
        assertThat(ReferralDispatcher.backoff(2, base)).isEqualTo(Duration.ofSeconds(60));
        assertThat(ReferralDispatcher.backoff(5, base)).isEqualTo(Duration.ofSeconds(480));
        assertThat(ReferralDispatcher.backoff(6, base)).isEqualTo(Duration.ofMinutes(15));
        assertThat(ReferralDispatcher.backoff(500, base)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theReferralCarriesNoFreeTextThatCouldNameTheSurvivor() {
        SecurityIncident incident = new SecurityIncident("SI-2026-000042", "BENTIU", "BENTIU", IncidentCategory.SGBV,
                Severity.HIGH, Instant.parse("2026-03-01T10:00:00Z"), "2026-03", 9.3, 29.76, GeoJsonPoint.of(9.3, 29.76),
                false, true, false, PeopleCount.of(0, 1, 0, 0, 0, 0), "Survivor Jane Example, shelter B4", "officer",
                Instant.now(), null, PlaceRef.ofCounty("Unity", "Rubkona"), IncidentDetails.NONE, true, 1L);
        CaseReferral referral = ReferralDispatcher.toCaseReferral(incident);
        assertThat(referral.sourceService()).isEqualTo("poc-site-service");
        assertThat(referral.sourceReference()).isEqualTo("SI-2026-000042");
        assertThat(referral.fieldOffice()).isEqualTo("BENTIU");
        assertThat(referral.category()).isEqualTo("SGBV");
        assertThat(referral.summary()).contains("female 1").doesNotContain("Jane", "B4");
    }
}
