package org.unmiss.humanrights.evidence.persistence;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.evidence.domain.Evidence;
import org.unmiss.humanrights.evidence.domain.EvidenceStore;
import org.unmiss.kit.store.MongoDocumentStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Component
public class EvidenceQueries extends MongoDocumentStore<Evidence> implements EvidenceStore {

    public EvidenceQueries(MongoTemplate mongo) {
        super(mongo, Evidence.class);
    }

    @Override
    public List<Evidence> storedOf(String caseReference, int limit) {
        Query query = new Query(Criteria.where("caseReference").is(caseReference).and("state").is(Evidence.State.STORED))
                .with(Sort.by("uploadedAt", "_id")).limit(limit);
        return mongo.find(query, Evidence.class);
    }

    @Override
    public long countOf(String caseReference) {
        return mongo.count(new Query(Criteria.where("caseReference").is(caseReference)), Evidence.class);
    }

    @Override
    public Optional<Evidence> storedWithHash(String caseReference, String sha256, String exceptCode) {
        Query query = new Query(Criteria.where("caseReference").is(caseReference).and("state").is(Evidence.State.STORED)
                .and("sha256").is(sha256).and("_id").ne(exceptCode)).with(Sort.by("uploadedAt", "_id")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, Evidence.class));
    }

    @Override
    public List<Evidence> uploadsBegunBefore(Instant before, int limit) {
        Query query = new Query(Criteria.where("state").is(Evidence.State.UPLOADING).and("uploadedAt").lt(before))
                .with(Sort.by("uploadedAt")).limit(limit);
        return mongo.find(query, Evidence.class);
    }

    @Override
    public void delete(String code) {
        mongo.remove(new Query(Criteria.where("_id").is(code)), Evidence.class);
    }
}
