package org.unmiss.humanrights.search.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.search.domain.CaseSearchStore;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.ListQuery;

import java.util.ArrayList;
import java.util.List;

/** The search over the cases' {@code searchIndex}, always within the caller's field-office scope (the kit's condition). */
@Component
@RequiredArgsConstructor
public class CaseSearchQueries implements CaseSearchStore {

    private static final String INDEX = CaseSearchIndexer.FIELD + ".";

    private final MongoTemplate mongo;

    @Override
    public Page<HrCase> find(FieldOfficeScope scope, List<Word> words, List<String> nameHashes, List<String> people,
                             Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        ListQuery.addInScope(all, "fieldOffice", scope, null);
        for (Word word : words) {
            all.add(word.title() == null ? Criteria.where(INDEX + "fieldWords").is(word.field())
                    : new Criteria().orOperator(Criteria.where(INDEX + "fieldWords").is(word.field()),
                    Criteria.where(INDEX + "titleWords").is(word.title())));
        }
        if (!nameHashes.isEmpty()) {
            List<Criteria> named = new ArrayList<>(List.of(Criteria.where(INDEX + "nameWords").all(nameHashes)));
            if (!people.isEmpty()) {
                named.add(Criteria.where("violations.victims.personCode").in(people));
                named.add(Criteria.where("sources.personCode").in(people));
            }
            all.add(new Criteria().orOperator(named));
        }
        return ListQuery.matching(new Criteria().andOperator(all)).page(mongo, pageable, HrCase.class);
    }
}
