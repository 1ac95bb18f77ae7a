package org.unmiss.humanrights.hrcase.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.protection.domain.IdentityVault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case's free text besides identities and narrative: title, place, exact point, perpetrator
 * descriptions, workflow notes, referral recipients and notes, override reasons. Each is sealed
 * with the {@link IdentityVault} under its own field path, so the store holds no readable free text
 * and a ciphertext moved to another case or field no longer opens. Opened only for holders of
 * HR_SENSITIVE (whose read is audited before); everyone else gets the coarse point and no text.
 */
@Component
@RequiredArgsConstructor
public class CaseTexts {

    public static final String TITLE = "title";
    public static final String PLACE = "location/place";
    public static final String POINT = "location/point";

    private final IdentityVault vault;

    public static String perpetratorDescription(String actCode, int index) {
        return "violations/" + actCode + "/perpetrators/" + index + "/description";
    }

    /** {@code part}: name, rank or position of the individual alleged. */
    public static String perpetratorIndividual(String actCode, int index, String part) {
        return "violations/" + actCode + "/perpetrators/" + index + "/individual/" + part;
    }

    public static String historyNote(int index) {
        return "history/" + index + "/note";
    }

    /** {@code number}: the activity's number, from 1. */
    public static String activityOutcome(int number) {
        return "activities/" + number + "/outcome";
    }

    public String open(String sealed, HrCase c, String fieldPath) {
        return vault.open(sealed, c.reference(), fieldPath);
    }

    public static String correctionReason(int index) {
        return "corrections/" + index + "/reason";
    }

    /** {@code part}: recipient, note or overrideReason. */
    public static String disclosure(int index, String part) {
        return "disclosures/" + index + "/" + part;
    }

    /** The sealed form of a free text, or null when there is none (blank counts as none). */
    public String seal(String plaintext, String reference, String fieldPath) {
        return plaintext == null || plaintext.isBlank() ? null : vault.seal(plaintext, reference, fieldPath);
    }

    public String title(HrCase c) {
        return vault.open(c.sealedTitle(), c.reference(), TITLE);
    }

    /** What a holder of HR_SENSITIVE reads of a case's free text. */
    public record Opened(String title, String place, Double latitude, Double longitude,
                         Map<String, List<String>> perpetratorDescriptions, List<String> historyNotes,
                         List<DisclosureText> disclosures, List<String> correctionReasons,
                         Map<String, List<IndividualText>> perpetratorIndividuals) {
    }

    /** An alleged individual opened; null where none was recorded. */
    public record IndividualText(String name, String rank, String position) {
    }

    public record DisclosureText(String recipient, String note, String overrideReason) {
    }

    public Opened open(HrCase c) {
        String ref = c.reference();
        Location location = c.location();
        Double[] point = Location.parsePoint(location == null ? null : vault.open(location.sealedPoint(), ref, POINT));
        Map<String, List<String>> descriptions = new LinkedHashMap<>();
        Map<String, List<IndividualText>> individuals = new LinkedHashMap<>();
        for (Violation v : c.violations()) {
            List<String> texts = new ArrayList<>();
            List<IndividualText> people = new ArrayList<>();
            for (int i = 0; i < v.perpetrators().size(); i++) {
                Perpetrator p = v.perpetrators().get(i);
                texts.add(vault.open(p.sealedDescription(), ref, perpetratorDescription(v.code(), i)));
                Perpetrator.AllegedIndividual person = p.individual();
                people.add(person == null ? null : new IndividualText(
                        vault.open(person.sealedName(), ref, perpetratorIndividual(v.code(), i, "name")),
                        vault.open(person.sealedRank(), ref, perpetratorIndividual(v.code(), i, "rank")),
                        vault.open(person.sealedPosition(), ref, perpetratorIndividual(v.code(), i, "position"))));
            }
            descriptions.put(v.code(), texts);
            individuals.put(v.code(), people);
        }
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < c.history().size(); i++) {
            notes.add(vault.open(c.history().get(i).sealedNote(), ref, historyNote(i)));
        }
        List<DisclosureText> disclosures = new ArrayList<>();
        for (int i = 0; i < c.disclosures().size(); i++) {
            Disclosure d = c.disclosures().get(i);
            disclosures.add(new DisclosureText(vault.open(d.sealedRecipient(), ref, disclosure(i, "recipient")),
                    vault.open(d.sealedNote(), ref, disclosure(i, "note")),
                    vault.open(d.sealedOverrideReason(), ref, disclosure(i, "overrideReason"))));
        }
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < c.corrections().size(); i++) {
            reasons.add(vault.open(c.corrections().get(i).sealedReason(), ref, correctionReason(i)));
        }
        return new Opened(title(c), location == null ? null : vault.open(location.sealedPlace(), ref, PLACE), point[0], point[1],
                descriptions, notes, disclosures, reasons, individuals);
    }
}
