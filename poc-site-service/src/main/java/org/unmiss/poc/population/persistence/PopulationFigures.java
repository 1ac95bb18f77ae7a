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

import java.time.LocalDate;
import java.util.List;

@Component
@RequiredArgsConstructor
public class PopulationFigures {

    private final MongoTemplate mongo;

    /** Inserts (never overwrites): a second figure for the same site, date and method is a duplicate. */
    public PopulationFigure insert(PopulationFigure figure) {
        return mongo.insert(figure);
    }

    public Page<PopulationFigure> series(String siteCode, LocalDate from, LocalDate to, CountingMethod method, Pageable pageable) {
        return filter(siteCode, from, to, method).page(mongo, pageable, PopulationFigure.class);
    }

    /** Every figure in the period, optionally of one site, in date order: the population-trend report's input. */
    public List<PopulationFigure> trend(String siteCode, LocalDate from, LocalDate to) {
        return mongo.find(Query.query(filter(siteCode, from, to, null).criteria()).with(Sort.by("siteCode", "asOf")),
                PopulationFigure.class);
    }

    private static ListQuery filter(String siteCode, LocalDate from, LocalDate to, CountingMethod method) {
        return ListQuery.all().equal("siteCode", siteCode).fromThrough("asOf", from, to).equal("method", method);
    }
}
