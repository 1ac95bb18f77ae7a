package org.unmiss.humanrights.evidence.api;

import org.unmiss.humanrights.evidence.domain.Evidence;
import org.unmiss.humanrights.evidence.domain.EvidenceKind;
import org.unmiss.humanrights.evidence.domain.FileType;

import java.time.Instant;

/**
 * An attachment of a case: its code, kind, the type its content was recognised as, size and SHA-256 of the content
 * (hex), who filed it and when. {@code fileName} is the name the uploader gave, for HR_SENSITIVE holders only (it may
 * name a person), else null.
 */
public record EvidenceView(String code, String caseReference, EvidenceKind kind, FileType fileType, String mediaType,
                           long size, String sha256, String fileName, String uploadedBy, Instant uploadedAt,
                           String content) {

    static EvidenceView of(Evidence e, String fileName) {
        return new EvidenceView(e.code(), e.caseReference(), e.kind(), e.fileType(), e.fileType().mediaType(), e.size(),
                e.sha256(), fileName, e.uploadedBy(), e.uploadedAt(),
                "/api/v1/hr-cases/" + e.caseReference() + "/evidence/" + e.code() + "/content");
    }
}
