package org.unmiss.poc.site.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.poc.geo.domain.GeoFilter;
import org.unmiss.poc.site.domain.Designation;
import org.unmiss.poc.site.domain.PocSite;

import java.util.List;

/** Site lists: designation and field office answered by the store, the area by a numeric box prefilter plus exact distance. */
@Component
@RequiredArgsConstructor
public class SiteQueries {

    private final MongoTemplate mongo;

    public Page<PocSite> find(Designation designation, String fieldOffice, GeoFilter area, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (designation != null) {
            criteria.and("designation").is(designation);
        }
        if (fieldOffice != null) {
            criteria.and("fieldOffice").is(fieldOffice);
        }
        return GeoPaging.page(mongo, GeoPaging.within(criteria, area), area, pageable, PocSite.class,
                site -> area.matches(site.latitude(), site.longitude()));
    }

    public List<PocSite> all() {
        return mongo.findAll(PocSite.class);
    }
}
