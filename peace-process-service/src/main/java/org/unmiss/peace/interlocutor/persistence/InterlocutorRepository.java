package org.unmiss.peace.interlocutor.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.peace.interlocutor.domain.Interlocutor;

public interface InterlocutorRepository extends MongoRepository<Interlocutor, String> {
}
