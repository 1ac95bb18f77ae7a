package org.unmiss.humanrights.evidence.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One attachment of a case: what it is, its sniffed type, size and SHA-256 (of the plaintext, so anyone holding a
 * copy can check it against this record), who filed it and when. The content itself is elsewhere, encrypted
 * ({@link EvidenceBlobs}); the file name the uploader gave (which may name a person) is sealed. An attachment is
 * {@code UPLOADING} while its content streams in and is listed only once {@code STORED}.
 */
@Document("hr_evidence")
@CompoundIndex(name = "case_state", def = "{'caseReference': 1, 'state': 1, 'uploadedAt': 1}")
@CompoundIndex(name = "state_uploaded", def = "{'state': 1, 'uploadedAt': 1}")
public record Evidence(@Id String code, String caseReference, String fieldOffice, EvidenceKind kind, FileType fileType,
                       long size, String sha256, String sealedFileName, State state, String uploadedBy,
                       Instant uploadedAt, Instant storedAt) {

    public enum State { UPLOADING, STORED }

    /** An upload that has begun: its content is not complete, so it is nobody's evidence yet. */
    public static Evidence uploading(String code, String caseReference, String fieldOffice, EvidenceKind kind,
                                     FileType fileType, String sealedFileName, String uploadedBy, Instant at) {
        return new Evidence(code, caseReference, fieldOffice, kind, fileType, 0, null, sealedFileName, State.UPLOADING,
                uploadedBy, at, null);
    }

    /** The upload with its content complete: size and hash as streamed. */
    public Evidence stored(long contentSize, String contentSha256, Instant at) {
        return new Evidence(code, caseReference, fieldOffice, kind, fileType, contentSize, contentSha256, sealedFileName,
                State.STORED, uploadedBy, uploadedAt, at);
    }

    public boolean isStored() {
        return state == State.STORED;
    }

    /** The associated data the content is encrypted under: the content opens only as this case's attachment. */
    public byte[] associatedData() {
        return (caseReference + "/evidence/" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Where the uploader's file name is sealed. */
    public static String fileNameField(String code) {
        return "evidence/" + code + "/fileName";
    }
}
