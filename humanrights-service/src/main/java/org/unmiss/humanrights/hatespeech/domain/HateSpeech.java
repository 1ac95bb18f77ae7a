package org.unmiss.humanrights.hatespeech.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What makes one hate-speech act evidence: the medium and platform it went out on, the link to it (sealed: it may
 * lead to the people it targets or who reported it), its language (ISO 639 code), its reach (estimated audience:
 * views, listeners, members) and the captured copy, an attachment of the case with its SHA-256, kept because posts
 * are taken down. One per act ({@code <case reference>/<act code>}); {@code month} (of {@code publishedOn}) is what the
 * report groups by.
 */
@Document("hr_hate_speech")
@CompoundIndex(name = "office_month", def = "{'fieldOffice': 1, 'month': 1}")
@CompoundIndex(name = "month", def = "{'month': 1}")
public record HateSpeech(@Id String id, String caseReference, String violationCode, String fieldOffice, Medium medium,
                         String platform, String sealedLink, String language, long reach, LocalDate publishedOn,
                         String month, String capturedCopy, String capturedCopySha256, String recordedBy,
                         Instant recordedAt) {

    public static String idOf(String caseReference, String violationCode) {
        return caseReference + "/" + violationCode;
    }

    /** Where the link is sealed. */
    public static String linkField(String violationCode) {
        return "hateSpeech/" + violationCode + "/link";
    }
}
