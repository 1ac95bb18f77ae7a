package org.unmiss.personnel.person.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;
import org.unmiss.personnel.person.domain.Person;

import java.util.Optional;

public interface PersonRepository extends MongoRepository<Person, String> {

    /** A person by index number, unless still staged by an unpublished import ({@link Staging}). */
    @Query("{ '_id': ?0, 'staged': { '$ne': true } }")
    Optional<Person> findPublished(String indexNumber);
}
