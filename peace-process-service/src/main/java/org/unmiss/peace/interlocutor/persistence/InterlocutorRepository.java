package org.unmiss.peace.interlocutor.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.peace.engagement.domain.InterlocutorDirectory;
import org.unmiss.peace.interlocutor.domain.Interlocutor;

/** Also engagement's view of the directory: implementing its port here keeps the features' dependency one way. */
public interface InterlocutorRepository extends MongoRepository<Interlocutor, String>, InterlocutorDirectory {

    @Override
    default boolean isListed(String interlocutorId) {
        return existsById(interlocutorId);
    }
}
