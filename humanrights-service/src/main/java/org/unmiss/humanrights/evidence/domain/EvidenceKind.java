package org.unmiss.humanrights.evidence.domain;

/** What an attachment is to the investigation; the file's type is sniffed from its bytes separately ({@link FileType}). */
public enum EvidenceKind {
    PHOTO,
    AUDIO,
    VIDEO,
    DOCUMENT,
    INTERVIEW_NOTES,
    /** a captured copy of something published (a post, a broadcast), e.g. the copy of a hate-speech act */
    CAPTURED_COPY
}
