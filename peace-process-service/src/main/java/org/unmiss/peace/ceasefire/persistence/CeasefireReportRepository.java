package org.unmiss.peace.ceasefire.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.peace.ceasefire.domain.CeasefireReport;

public interface CeasefireReportRepository extends MongoRepository<CeasefireReport, String> {
}
