package org.unmiss.personnel.person.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.personnel.person.domain.Person;

public interface PersonRepository extends MongoRepository<Person, String> {
}
