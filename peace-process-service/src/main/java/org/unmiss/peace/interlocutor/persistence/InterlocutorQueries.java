package org.unmiss.peace.interlocutor.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.peace.interlocutor.domain.Interlocutor;
import org.unmiss.peace.interlocutor.domain.InterlocutorFilter;

@Component
@RequiredArgsConstructor
public class InterlocutorQueries {

    private final MongoTemplate mongo;

    public Page<Interlocutor> find(InterlocutorFilter filter, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (filter.type() != null) {
            criteria.and("type").is(filter.type());
        }
        if (filter.affiliation() != null) {
            criteria.and("affiliation").is(filter.affiliation());
        }
        if (filter.level() != null) {
            criteria.and("level").is(filter.level());
        }
        if (filter.state() != null) {
            criteria.and("state").is(filter.state());
        }
        if (filter.county() != null) {
            criteria.and("county").is(filter.county());
        }
        if (filter.sex() != null) {
            criteria.and("sex").is(filter.sex());
        }
        if (filter.active() != null) {
            criteria.and("active").is(filter.active());
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Interlocutor.class);
        return new PageImpl<>(mongo.find(query.with(pageable), Interlocutor.class), pageable, total);
    }
}
