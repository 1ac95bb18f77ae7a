package org.unmiss.humanrights.report.persistence;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.HrCase;

/**
 * A change stamp per incident quarter, raised after every write of a case of that quarter (a case
 * never changes quarter). A figure computed under a stamp stays valid while the stamp is unchanged,
 * for every instance of the service, since the stamps live in the store.
 */
@Component
public class QuarterStamps extends AbstractMongoEventListener<HrCase> {

    static final String STAMPS = "hr_quarter_stamps";

    private final MongoTemplate mongo;

    public QuarterStamps(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<HrCase> event) {
        Object quarter = event.getDocument() == null ? null : event.getDocument().get("incidentQuarter");
        if (quarter != null) {
            mongo.findAndModify(Query.query(Criteria.where("_id").is(quarter)), new Update().inc("stamp", 1L),
                    FindAndModifyOptions.options().upsert(true), Document.class, STAMPS);
        }
    }

    public long current(String quarter) {
        Document stamp = mongo.findById(quarter, Document.class, STAMPS);
        return stamp == null ? 0 : ((Number) stamp.get("stamp")).longValue();
    }
}
