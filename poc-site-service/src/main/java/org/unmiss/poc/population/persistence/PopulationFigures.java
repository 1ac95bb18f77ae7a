package org.unmiss.poc.population.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.unmiss.poc.population.domain.CountingMethod;
import org.unmiss.poc.population.domain.PopulationFigure;

import java.time.LocalDate;
import java.util.List;

@Component
public class PopulationFigures {

    private final MongoTemplate mongo;

    public PopulationFigures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts (never overwrites): a second figure for the same site, date and method is a duplicate. */
    public PopulationFigure insert(PopulationFigure figure) {
        return mongo.insert(figure);
    }

    public Page<PopulationFigure> series(String siteCode, LocalDate from, LocalDate to, CountingMethod method, Pageable pageable) {
        Query query = Query.query(criteria(siteCode, from, to, method));
        long total = mongo.count(query, PopulationFigure.class);
        return PageableExecutionUtils.getPage(mongo.find(Query.of(query).with(pageable), PopulationFigure.class),
                pageable, () -> total);
    }

    /** Every figure in the period, optionally of one site, in date order: the population-trend report's input. */
    public List<PopulationFigure> trend(String siteCode, LocalDate from, LocalDate to) {
        return mongo.find(Query.query(criteria(siteCode, from, to, null)).with(Sort.by("siteCode", "asOf")),
                PopulationFigure.class);
    }

    private static Criteria criteria(String siteCode, LocalDate from, LocalDate to, CountingMethod method) {
        Criteria criteria = new Criteria();
        if (siteCode != null) {
            criteria.and("siteCode").is(siteCode);
        }
        if (from != null || to != null) {
            Criteria asOf = criteria.and("asOf");
            if (from != null) {
                asOf.gte(from);
            }
            if (to != null) {
                asOf.lte(to);
            }
        }
        if (method != null) {
            criteria.and("method").is(method);
        }
        return criteria;
    }
}
