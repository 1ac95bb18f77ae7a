package org.unmiss.personnel.config;

import org.junit.jupiter.api.Test;
import org.unmiss.personnel.person.domain.Category;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPopulationTest {

    static final DemoPopulation MISSION = DemoPopulation.generate();

    @Test
    void isDeterministic() {
        DemoPopulation again = DemoPopulation.generate();
        assertThat(again.people()).isEqualTo(MISSION.people());
        assertThat(MISSION.people().get(0).indexNumber()).isEqualTo("UN-000001");
        assertThat(MISSION.people().get(19_999).indexNumber()).isEqualTo("UN-020000");
    }

    @Test
    void holdsTheSourceDocumentsFigures() {
        Map<SubCategory, Long> bySub = MISSION.people().stream().collect(Collectors.groupingBy(Person::subCategory, Collectors.counting()));
        assertThat(bySub.get(SubCategory.FORMED_POLICE_UNIT)).isEqualTo(847);
        assertThat(bySub.get(SubCategory.INDIVIDUAL_POLICE_OFFICER)).isEqualTo(561);
        assertThat(bySub.get(SubCategory.CORRECTIONS_OFFICER)).isEqualTo(38);
        assertThat(MISSION.people()).hasSize(20_000);
        assertThat(MISSION.people().stream().filter(p -> "Gender Section".equals(p.section())))
                .hasSize(18).allMatch(p -> p.category() == Category.CIVILIAN);
        Set<String> uniformedNationalities = MISSION.people().stream().filter(p -> p.category().isUniformed())
                .map(Person::nationality).collect(Collectors.toSet());
        assertThat(uniformedNationalities).hasSize(73).containsExactlyInAnyOrderElementsOf(DemoPopulation.COUNTRIES);
    }

    @Test
    void individualsComeFromAnUnevenSpreadOfCountriesNotTheSameNumberEach() {
        Map<String, Long> byCountry = MISSION.people().stream()
                .filter(p -> p.category().isUniformed() && p.unitCode() == null)
                .collect(Collectors.groupingBy(Person::nationality, Collectors.counting()));
        List<Long> counts = byCountry.values().stream().sorted().toList();
        long median = counts.get(counts.size() / 2);
        assertThat(counts.get(counts.size() - 1)).as("largest vs median contributor of individuals: " + byCountry)
                .isGreaterThan(5 * median);
    }

    @Test
    void hasRealisticSexRatios() {
        long troops = MISSION.people().stream().filter(p -> p.subCategory() == SubCategory.CONTINGENT_TROOP).count();
        long women = MISSION.people().stream().filter(p -> p.subCategory() == SubCategory.CONTINGENT_TROOP && p.sex() == Sex.FEMALE).count();
        assertThat(100.0 * women / troops).isBetween(6.0, 8.0);
    }

    @Test
    void usesTheCountriesOfTheReferenceData() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/reference-data/countries.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher codes = Pattern.compile("\"_id\": \"([A-Z]{3})\"").matcher(json);
            Set<String> registered = new java.util.HashSet<>();
            while (codes.find()) {
                registered.add(codes.group(1));
            }
            assertThat(registered).containsExactlyInAnyOrderElementsOf(DemoPopulation.COUNTRIES);
        }
    }
}
