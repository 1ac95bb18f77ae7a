package org.unmiss.peace.dialogue.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.peace.dialogue.domain.DialogueInitiative;

public interface DialogueRepository extends MongoRepository<DialogueInitiative, String> {
}
