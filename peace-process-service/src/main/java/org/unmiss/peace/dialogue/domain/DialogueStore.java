package org.unmiss.peace.dialogue.domain;

import org.unmiss.kit.store.DocumentStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unmiss.kit.security.FieldOfficeScope;

import java.util.List;
import java.util.Optional;

/**
 * What the dialogue use cases need from the store. Declared here and implemented in persistence so that
 * domain depends on no persistence class (ADR 0021: api -> domain <- persistence).
 */
public interface DialogueStore extends DocumentStore<DialogueInitiative> {

    Page<DialogueInitiative> find(DialogueFilter filter, FieldOfficeScope scope, Pageable pageable);

    List<DialogueSummaryRow> summary(String groupBy, DialogueFilter filter, FieldOfficeScope scope);
}
