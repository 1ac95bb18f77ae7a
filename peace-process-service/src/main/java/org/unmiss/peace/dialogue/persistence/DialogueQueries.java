package org.unmiss.peace.dialogue.persistence;

import org.unmiss.kit.store.MongoDocumentStore;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.peace.dialogue.domain.DialogueFilter;
import org.unmiss.peace.dialogue.domain.DialogueInitiative;
import org.unmiss.peace.dialogue.domain.DialogueStore;
import org.unmiss.peace.dialogue.domain.DialogueStatus;
import org.unmiss.peace.dialogue.domain.DialogueSummaryRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Component
public class DialogueQueries extends MongoDocumentStore<DialogueInitiative> implements DialogueStore {

    private final DialogueRepository dialogues;

    public DialogueQueries(MongoTemplate mongo, DialogueRepository dialogues) {
        super(mongo, DialogueInitiative.class);
        this.dialogues = dialogues;
    }

    @Override
    public Page<DialogueInitiative> find(DialogueFilter filter, FieldOfficeScope scope, Pageable pageable) {
        Query query = Query.query(criteria(filter, scope));
        long total = mongo.count(query, DialogueInitiative.class);
        return new PageImpl<>(mongo.find(query.with(pageable), DialogueInitiative.class), pageable, total);
    }

    /** Held initiatives per type or state ({@code groupBy} is the stored field name). */
    @Override
    public List<DialogueSummaryRow> summary(String groupBy, DialogueFilter filter, FieldOfficeScope scope) {
        Criteria held = new Criteria().andOperator(criteria(filter, scope), Criteria.where("status").is(DialogueStatus.HELD));
        List<AggregationOperation> stages = List.of(Aggregation.match(held),
                raw(new Document("$group", new Document("_id", "$" + groupBy)
                        .append("initiatives", new Document("$sum", 1))
                        .append("female", new Document("$sum", "$content.participantsBySex.female"))
                        .append("male", new Document("$sum", "$content.participantsBySex.male")))),
                raw(new Document("$sort", new Document("_id", 1))));
        return mongo.aggregate(Aggregation.newAggregation(DialogueInitiative.class, stages), "dialogue_initiatives", Document.class)
                .getMappedResults().stream()
                .map(row -> new DialogueSummaryRow(String.valueOf(row.get("_id")), number(row, "initiatives"),
                        number(row, "female"), number(row, "male")))
                .toList();
    }

    private static Criteria criteria(DialogueFilter filter, FieldOfficeScope scope) {
        List<Criteria> all = new ArrayList<>();
        ListQuery.addInScope(all, "fieldOffice", scope, filter.fieldOffice());
        if (filter.type() != null) {
            all.add(Criteria.where("type").is(filter.type()));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.state() != null) {
            all.add(Criteria.where("state").is(filter.state()));
        }
        if (filter.from() != null) {
            all.add(Criteria.where("startDate").gte(filter.from()));
        }
        if (filter.to() != null) {
            all.add(Criteria.where("startDate").lte(filter.to()));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    private static AggregationOperation raw(Document stage) {
        return context -> stage;
    }

    private static long number(Document row, String key) {
        return row.get(key) instanceof Number n ? n.longValue() : 0;
    }
}
