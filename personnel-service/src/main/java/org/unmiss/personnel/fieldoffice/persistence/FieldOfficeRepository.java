package org.unmiss.personnel.fieldoffice.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.personnel.fieldoffice.domain.FieldOffice;

public interface FieldOfficeRepository extends MongoRepository<FieldOffice, String> {
}
