package org.unmiss.personnel.country.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.personnel.country.domain.Country;

public interface CountryRepository extends MongoRepository<Country, String> {
}
