package org.unmiss.humanrights.evidence.domain;

import org.unmiss.kit.store.DocumentStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the evidence use cases need from the store of attachment records (implemented in persistence). */
public interface EvidenceStore extends DocumentStore<Evidence> {

    /** A case's stored attachments, oldest first, at most {@code limit}. */
    List<Evidence> storedOf(String caseReference, int limit);

    long countOf(String caseReference);

    /** A stored attachment of the case with this content, other than {@code exceptCode}. */
    Optional<Evidence> storedWithHash(String caseReference, String sha256, String exceptCode);

    /** Uploads begun before {@code before} and never completed (their process died or the client went away). */
    List<Evidence> uploadsBegunBefore(Instant before, int limit);

    void delete(String code);
}
