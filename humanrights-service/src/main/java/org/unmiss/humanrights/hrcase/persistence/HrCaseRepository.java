package org.unmiss.humanrights.hrcase.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.humanrights.hrcase.domain.HrCase;

import java.util.Optional;

public interface HrCaseRepository extends MongoRepository<HrCase, String> {

    Optional<HrCase> findByIntakeKey(String intakeKey);
}
