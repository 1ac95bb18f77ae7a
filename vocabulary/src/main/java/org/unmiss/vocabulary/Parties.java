package org.unmiss.vocabulary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one list of parties both human rights and ceasefire monitoring use. Codes and aliases resolve to one
 * party, so a case naming {@code SPLA-IO} and a ceasefire report naming {@code SPLM-A-IO} count together.
 */
public final class Parties {

    private static final Source HRD_2015 = Source.of(
            "UNMISS Human Rights Division, The State of Human Rights in the Protracted Conflict in South Sudan (names the "
                    + "SPLA and the SPLM/A-IO)", "2015-12-04", "https://docslib.org/doc/9258346/the-state-of-human-rights-in-the-protracted-conflict-in-south-sudan");
    private static final Source SSPDF_RENAMED = Source.of(
            "Eye Radio: Decree: SPLA renamed South Sudan People's Defence Forces (the order took effect on Tuesday "
                    + "2 October 2018)", "2018-10-03", "http://www.eyeradio.org/decree-spla-renamed-south-sudan-peoples-defence-forces/");
    private static final Source BENTIU_HANDOVER = Source.of(
            "Eye Radio: SSPDF, SPLA-IO take over security of Bentiu IDP camp (names SSPDF, SPLA-IO and the police)",
            "2021-03-19", "https://eyeradio.org/sspdf-spla-io-take-over-security-of-bentiu-idp-camp/");
    private static final Source CENTRAL_EQUATORIA_2019 = Source.of(
            "UNMISS/OHCHR, Conflict-related violations and abuses in Central Equatoria, September 2018-April 2019 (NAS)",
            "2019-07-03", "https://vdocument.in/conflict-related-violations-and-abuses-in-central-2-6-during-the-first-phase-of.html");
    private static final Source HR_BRIEF_2023 = Source.of(
            "UNMISS human rights brief, July-September 2023: community-based militias and/or civil-defence groups; SSPDF "
                    + "and the National Salvation Front (reported by Radio Tamazuj on 1 December 2023)", "2023-12-01",
            "https://peacekeeping.un.org/en/unmiss-human-rights-brief-community-based-militias-responsible-majority-of-violence-against");
    private static final Source SSOA_NSS = Source.of(
            "Juba Wire: Mass defection of opposition forces (names the South Sudan Opposition Alliance (SSOA) and the "
                    + "National Security Service); April 2025, day undated)", null, "https://jubawire.blogspot.com/2025/04/mass-defection-of-opposition-forces.html");
    private static final Source KITGWANG = Source.of(
            "Nyamilepedia press release of 19 September 2021: SPLM/A-IO members endorse the Kit-Gwang Declaration of "
                    + "4 August 2021 (Simon Gatwech Dual, interim chairman)", "2021-09-19",
            "https://nyamile.com/opinion/splm-a-io-members-in-london-uk-declare-allegiance-to-kitgwang-faction");

    public static final List<Party> ALL = List.of(
            new Party("SPLA", "Sudan People's Liberation Army", "STATE_ARMED_FORCES", null, null, LocalDate.of(2018, 10, 2),
                    "SSPDF", List.of(), SSPDF_RENAMED),
            new Party("SSPDF", "South Sudan People's Defence Forces", "STATE_ARMED_FORCES", null, LocalDate.of(2018, 10, 2), null,
                    null, List.of(), SSPDF_RENAMED),
            new Party("SSNPS", "South Sudan National Police Service", "STATE_POLICE", null, null, null, null,
                    List.of("SSPS"), BENTIU_HANDOVER),
            new Party("NSS", "National Security Service", "STATE_SECURITY_SERVICE", null, null, null, null, List.of(), SSOA_NSS),
            new Party("SPLM-A-IO", "Sudan People's Liberation Movement/Army in Opposition", "NON_STATE_ARMED_GROUP", null, null, null,
                    null, List.of("SPLA-IO", "SPLM/A-IO", "SPLM/A IO"), HRD_2015),
            new Party("SPLA-IO-KITGWANG", "SPLM/A-IO (Kitgwang faction)", "NON_STATE_ARMED_GROUP", "SPLM-A-IO", LocalDate.of(2021, 8, 4), null, null,
                    List.of("SPLM-A-IO-KITGWANG", "KIT-GWANG"), KITGWANG),
            new Party("NAS", "National Salvation Front", "NON_STATE_ARMED_GROUP", null, null, null, null, List.of(), CENTRAL_EQUATORIA_2019),
            new Party("SSOA", "South Sudan Opposition Alliance", "NON_STATE_ARMED_GROUP", null, null, null, null, List.of(), SSOA_NSS),
            new Party("CBM", "Community-based militias and civil defence groups", "COMMUNITY_MILITIA", null, null, null, null,
                    List.of(), HR_BRIEF_2023));

    private Parties() {
    }

    /** The party a code or alias names (case and spacing ignored). */
    public static Optional<Party> resolve(String codeOrAlias) {
        if (codeOrAlias == null) {
            return Optional.empty();
        }
        String wanted = normal(codeOrAlias);
        return ALL.stream().filter(p -> normal(p.code()).equals(wanted) || p.aliases().stream().anyMatch(a -> normal(a).equals(wanted)))
                .findFirst();
    }

    /** The platform's code for a code or alias; the input itself when it names no party on the list. */
    public static String canonical(String codeOrAlias) {
        return resolve(codeOrAlias).map(Party::code).orElse(codeOrAlias);
    }

    /** The parties in force on {@code day}. */
    public static List<Party> inForceOn(LocalDate day) {
        return ALL.stream().filter(p -> p.inForceOn(day)).toList();
    }

    private static String normal(String code) {
        return code.trim().toUpperCase(Locale.ROOT).replace(' ', '-');
    }
}
