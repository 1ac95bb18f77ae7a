package org.unmiss.personnel.config;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.demo.DemoLoader;
import org.unmiss.personnel.importing.persistence.StagedImports;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.personnel.unit.domain.Unit;

/**
 * Loads the demo mission ({@link DemoPopulation}) on the platform's first start: only when there are no
 * personnel yet, so a restart or a mission's real data is never touched. Run by the kit's demo-data
 * trigger ({@code unmiss.demo-data.enabled}, on in the development profile only).
 */
@Component
@RequiredArgsConstructor
public class DemoDataLoader implements DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final MongoTemplate mongo;
    private final StagedImports imports;
    private final ReferenceNumbers indexNumbers;

    @Override
    public String name() {
        return "a synthetic mission of units and about 20,000 people";
    }

    @Override
    public void loadIfEmpty() {
        if (mongo.getCollection("personnel").estimatedDocumentCount() > 0) {
            return;
        }
        long started = System.nanoTime();
        DemoPopulation mission = DemoPopulation.generate();
        if (mongo.getCollection("units").estimatedDocumentCount() == 0) {
            mongo.insert(mission.units(), Unit.class);
        }
        imports.insertDemoPeople(mission.people());
        indexNumbers.advanceTo(Person.INDEX_PREFIX, mission.people().size());
        log.info("Loaded demo data: {} units, {} people ({} to {}) in {} ms", mission.units().size(), mission.people().size(),
                mission.people().get(0).indexNumber(), Person.indexNumber(mission.people().size()),
                (System.nanoTime() - started) / 1_000_000);
    }
}
