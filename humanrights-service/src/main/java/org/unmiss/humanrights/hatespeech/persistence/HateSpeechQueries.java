package org.unmiss.humanrights.hatespeech.persistence;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hatespeech.domain.HateSpeech;
import org.unmiss.humanrights.hatespeech.domain.HateSpeechCount;
import org.unmiss.humanrights.hatespeech.domain.HateSpeechStore;
import org.unmiss.humanrights.hatespeech.domain.Medium;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.kit.store.MongoDocumentStore;

import java.util.ArrayList;
import java.util.List;

@Component
public class HateSpeechQueries extends MongoDocumentStore<HateSpeech> implements HateSpeechStore {

    public HateSpeechQueries(MongoTemplate mongo) {
        super(mongo, HateSpeech.class);
    }

    @Override
    public List<HateSpeech> ofCase(String caseReference) {
        return mongo.find(new Query(Criteria.where("caseReference").is(caseReference))
                .with(Sort.by("violationCode")), HateSpeech.class);
    }

    /** One group per month, medium and language, summed in the store ($match, $group, $sort). */
    @Override
    public List<HateSpeechCount> count(FieldOfficeScope scope, String fieldOffice, String fromMonth, String toMonth) {
        List<Criteria> conditions = new ArrayList<>();
        ListQuery.addInScope(conditions, "fieldOffice", scope, fieldOffice);
        if (fromMonth != null || toMonth != null) {
            Criteria month = Criteria.where("month");
            if (fromMonth != null) {
                month = month.gte(fromMonth);
            }
            if (toMonth != null) {
                month = month.lte(toMonth);
            }
            conditions.add(month);
        }
        Criteria match = conditions.isEmpty() ? new Criteria() : new Criteria().andOperator(conditions);
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(match),
                Aggregation.group("month", "medium", "language").count().as("acts").sum("reach").as("reach"),
                Aggregation.sort(Sort.by("_id.month", "_id.medium", "_id.language")));
        return mongo.aggregate(aggregation, HateSpeech.class, Document.class).getMappedResults().stream()
                .map(HateSpeechQueries::count).toList();
    }

    private static HateSpeechCount count(Document group) {
        Document key = group.get("_id", Document.class);
        return new HateSpeechCount(key.getString("month"), Medium.valueOf(key.getString("medium")), key.getString("language"),
                ((Number) group.get("acts")).longValue(), ((Number) group.get("reach")).longValue());
    }
}
