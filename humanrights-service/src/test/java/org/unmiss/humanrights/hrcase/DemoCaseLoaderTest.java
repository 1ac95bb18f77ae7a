package org.unmiss.humanrights.hrcase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.hrcase.domain.CaseFactory;
import org.unmiss.humanrights.hrcase.domain.CaseTexts;
import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.Disclosure;
import org.unmiss.humanrights.hrcase.domain.OfficeStates;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.Victim;
import org.unmiss.humanrights.hrcase.domain.Violation;
import org.unmiss.humanrights.hrcase.persistence.DemoCaseLoader;
import org.unmiss.humanrights.hrcase.persistence.DemoCaseProperties;
import org.unmiss.humanrights.hrcase.persistence.HrCaseRepository;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.kit.testing.ServiceTest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data is the same on every platform, plausible, and as protected as real data. */
@ServiceTest
class DemoCaseLoaderTest {

    @Autowired
    HrCaseRepository cases;

    @Autowired
    ReferenceNumbers referenceNumbers;

    @Autowired
    CaseFactory factory;

    @Autowired
    AuditLog audit;

    @Autowired
    CaseTexts texts;

    private List<HrCase> generate() {
        return new DemoCaseLoader(cases, referenceNumbers, factory, texts, audit, new DemoCaseProperties(3000)).generate();
    }

    @Test
    void isDeterministicAndCoversEveryStateChildCrsvConsentAndReferrals() {
        List<HrCase> first = generate();
        List<HrCase> second = generate();
        assertThat(first).hasSize(3000);
        assertThat(first.stream().map(this::fingerprint).toList())
                .isEqualTo(second.stream().map(this::fingerprint).toList());

        assertThat(first.stream().map(HrCase::status).collect(Collectors.toSet())).containsAll(EnumSet.allOf(CaseStatus.class));
        assertThat(first.stream().filter(c -> c.tags().contains("CRSV")).count()).isGreaterThan(150);
        assertThat(first.stream().filter(c -> c.tags().contains("CHILD")).count()).isGreaterThan(150);
        assertThat(first.stream().filter(HrCase::lateVerification).count()).isPositive();
        assertThat(first.stream().filter(c -> c.verified() && !c.lateVerification()).count()).isPositive();
        List<Victim> victims = first.stream().flatMap(c -> c.violations().stream()).flatMap(v -> v.victims().stream()).toList();
        assertThat(victims.stream().map(v -> v.consent().servicesReferral()).collect(Collectors.toSet())).containsExactlyInAnyOrder(true, false);
        assertThat(first.stream().flatMap(c -> c.disclosures().stream()).map(Disclosure::kind)).contains(Disclosure.DisclosureKind.REFERRAL);
        assertThat(first.stream().map(c -> c.incidentDate().getYear()).collect(Collectors.toSet())).contains(2021, 2026);
        assertThat(first).allSatisfy(c -> assertThat(OfficeStates.closedReason(c.fieldOffice(),
                c.createdAt().atZone(ZoneOffset.UTC).toLocalDate())).isEmpty());
        assertThat(first).allSatisfy(c -> assertThat(c.reference()).startsWith("HR-" + c.createdAt().atZone(ZoneOffset.UTC).getYear()));
        assertThat(first).allSatisfy(c -> assertThat(c.incidentDate()).isBefore(LocalDate.of(2026, 11, 1)));
        Set<String> parties = first.stream().flatMap(c -> c.violations().stream()).flatMap(v -> v.perpetrators().stream())
                .map(p -> p.partyCode()).collect(Collectors.toSet());
        assertThat(parties).contains("SSPDF", "SPLM-A-IO", "NAS", "SPLA-IO-KITGWANG").doesNotContain("SPLA");
        assertThat(victims.stream().filter(v -> v.sealedName() != null).map(Victim::sealedName))
                .allSatisfy(sealed -> assertThat(sealed).doesNotContain(" "));
    }

    private String fingerprint(HrCase c) {
        return c.fieldOffice() + c.incidentDate() + c.status() + texts.title(c) + c.lateVerification()
                + c.violations().stream().map(v -> v.type() + ":" + v.perpetrators() + ":" + v.victims().stream()
                        .map(victim -> victim.code() + victim.sex() + victim.ageGroup() + victim.count() + victim.consent().servicesReferral())
                        .toList()).toList()
                + c.violations().stream().mapToInt(Violation::victimCount).sum();
    }
}
