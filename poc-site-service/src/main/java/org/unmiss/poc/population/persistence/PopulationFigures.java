package org.unmiss.poc.population.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.kit.store.ListQuery;
import org.unmiss.poc.population.domain.CountingMethod;
import org.unmiss.poc.population.domain.PopulationFigure;
import org.unmiss.poc.population.domain.PopulationStore;

import java.time.LocalDate;
import java.util.List;

@Component
@RequiredArgsConstructor
public class PopulationFigures implements PopulationStore {

    private final MongoTemplate mongo;

    @Override
    public PopulationFigure insert(PopulationFigure figure) {
        return mongo.insert(figure);
    }

    @Override
    public Page<PopulationFigure> series(String siteCode, LocalDate from, LocalDate to, CountingMethod method, Pageable pageable) {
        return filter(siteCode, from, to, method).page(mongo, pageable, PopulationFigure.class);
    }

    @Override
    public List<PopulationFigure> trend(String siteCode, LocalDate from, LocalDate to) {
        return mongo.find(Query.query(filter(siteCode, from, to, null).criteria()).with(Sort.by("siteCode", "asOf")),
                PopulationFigure.class);
    }

    private static ListQuery filter(String siteCode, LocalDate from, LocalDate to, CountingMethod method) {
        return ListQuery.all().equal("siteCode", siteCode).fromThrough("asOf", from, to).equal("method", method);
    }
}
