package org.unmiss.humanrights.release.persistence;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.release.domain.ReleaseStore;
import org.unmiss.humanrights.release.domain.ReleasedPeriod;
import org.unmiss.kit.store.MongoDocumentStore;

import java.util.List;

@Component
public class ReleaseQueries extends MongoDocumentStore<ReleasedPeriod> implements ReleaseStore {

    public ReleaseQueries(MongoTemplate mongo) {
        super(mongo, ReleasedPeriod.class);
    }

    @Override
    public List<ReleasedPeriod> all() {
        // the figures stay behind: a listing names the quarters
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(400);
        query.fields().exclude("figures");
        return mongo.find(query, ReleasedPeriod.class);
    }
}
