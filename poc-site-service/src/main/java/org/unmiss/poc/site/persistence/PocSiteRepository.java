package org.unmiss.poc.site.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.poc.site.domain.Designation;
import org.unmiss.poc.site.domain.PocSite;

public interface PocSiteRepository extends MongoRepository<PocSite, String> {

    Page<PocSite> findByDesignation(Designation designation, Pageable pageable);
}
