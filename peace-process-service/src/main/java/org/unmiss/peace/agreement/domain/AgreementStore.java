package org.unmiss.peace.agreement.domain;

import org.unmiss.kit.store.DocumentStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.util.List;
import java.util.Optional;

/**
 * What the agreement's use cases need from the store. Declared here and implemented in persistence so that
 * domain depends on no persistence class (ADR 0021: api -> domain <- persistence).
 */
public interface AgreementStore extends DocumentStore<Provision> {

    Page<Provision> find(String chapter, ImplementationStatus status, String responsibleBody, Pageable pageable);

    /** Every provision of one chapter, or of all chapters ({@code null}), in code order. */
    List<Provision> inChapter(String chapter);

    boolean chapterExists(String code);

    /** The agreement's chapters in their order (I to VIII). */
    List<AgreementChapter> chaptersInOrder();
}
