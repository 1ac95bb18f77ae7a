package org.unmiss.humanrights.referral.persistence;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.referral.domain.ServiceProvider;
import org.unmiss.humanrights.referral.domain.ServiceProviderStore;
import org.unmiss.kit.store.MongoDocumentStore;

import java.util.List;

@Component
public class ServiceProviderQueries extends MongoDocumentStore<ServiceProvider> implements ServiceProviderStore {

    public ServiceProviderQueries(MongoTemplate mongo) {
        super(mongo, ServiceProvider.class);
    }

    @Override
    public List<ServiceProvider> all() {
        return mongo.find(new Query().with(Sort.by("_id")).limit(1000), ServiceProvider.class);
    }

    @Override
    public boolean isEmpty() {
        return !mongo.exists(new Query(), ServiceProvider.class);
    }
}
