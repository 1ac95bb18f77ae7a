package org.unmiss.vocabulary;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class PartiesTest {

    @Test
    void aliases_resolve_to_one_party() {
        assertThat(Parties.resolve("SPLA-IO").orElseThrow().code()).isEqualTo("SPLM-A-IO");
        assertThat(Parties.resolve("splm/a-io").orElseThrow().code()).isEqualTo("SPLM-A-IO");
        assertThat(Parties.canonical("SPLM-A-IO")).isEqualTo("SPLM-A-IO");
        assertThat(Parties.canonical("NOT-A-PARTY")).isEqualTo("NOT-A-PARTY");
    }

    @Test
    void counts_from_human_rights_and_ceasefire_monitoring_combine_per_party() {
        // A human rights case names "SPLM-A-IO", a ceasefire report "SPLA-IO": one party, counted once together.
        List<String> humanRights = List.of("SPLM-A-IO", "SSPDF");
        List<String> ceasefire = List.of("SPLA-IO", "SSPDF", "NAS");
        Map<String, Integer> combined = new TreeMap<>();
        humanRights.forEach(code -> combined.merge(Parties.canonical(code), 1, Integer::sum));
        ceasefire.forEach(code -> combined.merge(Parties.canonical(code), 1, Integer::sum));

        assertThat(combined).containsExactly(Map.entry("NAS", 1), Map.entry("SPLM-A-IO", 2), Map.entry("SSPDF", 2));
    }

    @Test
    void names_carry_their_dates() {
        assertThat(Parties.inForceOn(LocalDate.of(2018, 10, 1))).extracting(Party::code).contains("SPLA").doesNotContain("SSPDF");
        assertThat(Parties.inForceOn(LocalDate.of(2018, 10, 2))).extracting(Party::code).contains("SSPDF").doesNotContain("SPLA");
    }

    @Test
    void no_alias_names_two_parties() {
        Map<String, String> seen = new TreeMap<>();
        for (Party party : Parties.ALL) {
            for (String name : concat(party.code(), party.aliases())) {
                String owner = seen.putIfAbsent(name.toUpperCase(), party.code());
                assertThat(owner).as(name + " names " + owner + " and " + party.code()).isNull();
            }
        }
    }

    private static List<String> concat(String code, List<String> aliases) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(code), aliases.stream()).toList();
    }
}
