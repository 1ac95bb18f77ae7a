package org.unmiss.peace.agreement.persistence;

import org.unmiss.kit.store.MongoDocumentStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.peace.agreement.domain.AgreementChapter;
import org.unmiss.peace.agreement.domain.AgreementStore;
import org.unmiss.peace.agreement.domain.ImplementationStatus;
import org.unmiss.peace.agreement.domain.Provision;

import java.util.List;
import java.util.Optional;

/** The agreement's store: provision and chapter reads and writes, as domain's {@link AgreementStore} asks for them. */
@Component
public class ProvisionQueries extends MongoDocumentStore<Provision> implements AgreementStore {

    private final ProvisionRepository provisions;
    private final AgreementChapterRepository chapters;

    public ProvisionQueries(MongoTemplate mongo, ProvisionRepository provisions, AgreementChapterRepository chapters) {
        super(mongo, Provision.class);
        this.provisions = provisions;
        this.chapters = chapters;
    }

    @Override
    public boolean chapterExists(String code) {
        return chapters.existsById(code);
    }

    @Override
    public List<AgreementChapter> chaptersInOrder() {
        return chapters.findAll(Sort.by("number"));
    }

    @Override
    public Page<Provision> find(String chapter, ImplementationStatus status, String responsibleBody, Pageable pageable) {
        Query query = new Query(criteria(chapter, status, responsibleBody));
        long total = mongo.count(query, Provision.class);
        return new PageImpl<>(mongo.find(query.with(pageable), Provision.class), pageable, total);
    }

    @Override
    public List<Provision> inChapter(String chapter) {
        return mongo.find(new Query(criteria(chapter, null, null)).with(Sort.by("chapter", "_id")), Provision.class);
    }

    private static Criteria criteria(String chapter, ImplementationStatus status, String responsibleBody) {
        Criteria criteria = new Criteria();
        if (chapter != null) {
            criteria.and("chapter").is(chapter);
        }
        if (status != null) {
            criteria.and("currentStatus").is(status);
        }
        if (responsibleBody != null) {
            criteria.and("responsibleBody").is(responsibleBody);
        }
        return criteria;
    }
}
