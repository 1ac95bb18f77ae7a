package org.unmiss.poc.search.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.poc.search.domain.SearchOperation;

public interface SearchRepository extends MongoRepository<SearchOperation, String> {
}
