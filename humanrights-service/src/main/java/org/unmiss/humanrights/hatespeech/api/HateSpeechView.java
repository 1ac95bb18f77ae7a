package org.unmiss.humanrights.hatespeech.api;

import org.unmiss.humanrights.hatespeech.domain.HateSpeech;
import org.unmiss.humanrights.hatespeech.domain.Medium;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A hate-speech act's details; {@code link} for HR_SENSITIVE holders only (else null). The captured copy is named
 * by its attachment code with the SHA-256 it had when recorded.
 */
public record HateSpeechView(String caseReference, String violationCode, Medium medium, String platform, String link,
                             String language, long reach, LocalDate publishedOn, CapturedCopy capturedCopy,
                             String recordedBy, Instant recordedAt) {

    /** The attachment holding the copy, with its hash and where its content is. */
    public record CapturedCopy(String code, String sha256, String content) {
    }

    static HateSpeechView of(HateSpeech h, String link) {
        return new HateSpeechView(h.caseReference(), h.violationCode(), h.medium(), h.platform(), link, h.language(), h.reach(),
                h.publishedOn(), new CapturedCopy(h.capturedCopy(), h.capturedCopySha256(),
                "/api/v1/hr-cases/" + h.caseReference() + "/evidence/" + h.capturedCopy() + "/content"),
                h.recordedBy(), h.recordedAt());
    }
}
