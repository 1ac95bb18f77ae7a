package org.unmiss.peace.agreement.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.peace.agreement.domain.AgreementChapter;

public interface AgreementChapterRepository extends MongoRepository<AgreementChapter, String> {
}
