package org.unmiss.kit.sample;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.kit.testing.ServiceTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the real store: filters apply only when given, periods are half-open or inclusive as named. */
@ServiceTest
class ListQueryTest {

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void patrols() {
        mongo.dropCollection("list_query_patrols");
        for (int day = 1; day <= 10; day++) {
            mongo.insert(new Document("_id", "P-" + day).append("site", day % 2 == 0 ? "BENTIU" : "MALAKAL")
                    .append("day", LocalDate.of(2026, 3, day).toString()).append("route", List.of("gate", "sector " + day)),
                    "list_query_patrols");
        }
    }

    @Test
    void aMissingValueMeansAny() {
        Page<Document> page = ListQuery.all().equal("site", null).fromUntil("day", null, null)
                .page(mongo, PageRequest.of(0, 3, Sort.by("_id")), Document.class, "list_query_patrols");
        assertThat(page.getTotalElements()).isEqualTo(10);
        assertThat(page.getContent()).hasSize(3);
    }

    @Test
    void filtersCombineAndTheTotalCountsEveryMatch() {
        Page<Document> page = ListQuery.all().equal("site", "BENTIU").fromUntil("day", "2026-03-03", "2026-03-08")
                .page(mongo, PageRequest.of(0, 1, Sort.by("_id")), Document.class, "list_query_patrols");
        assertThat(page.getTotalElements()).as("days 4 and 6; 8 is outside the half-open period").isEqualTo(2);
        assertThat(page.getContent()).extracting(doc -> doc.get("_id")).containsExactly("P-4");
    }

    @Test
    void throughIncludesItsLastDayAndStartsFromAlwaysApplyingConditions() {
        Page<Document> page = ListQuery.matching(Criteria.where("site").is("MALAKAL")).fromThrough("day", null, "2026-03-05")
                .excluding("route")
                .page(mongo, PageRequest.of(0, 10, Sort.by("_id")), Document.class, "list_query_patrols");
        assertThat(page.getContent()).extracting(doc -> doc.get("_id")).containsExactly("P-1", "P-3", "P-5");
        assertThat(page.getContent()).allSatisfy(doc -> assertThat(doc).doesNotContainKey("route").containsKey("site"));
    }
}
