package org.unmiss.personnel.report.persistence;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.personnel.person.domain.Category;
import org.unmiss.personnel.person.domain.Deployment;
import org.unmiss.personnel.person.domain.DeploymentStatus;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.personnel.person.domain.PersonnelChanged;
import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;
import org.unmiss.personnel.person.persistence.ChangeMarker;
import org.unmiss.personnel.person.persistence.Staging;
import org.unmiss.personnel.report.domain.Stint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every ACTIVE or COMPLETED deployment as a compact {@link Stint}, read from the store and kept until
 * the store's {@link ChangeMarker} moves. Measured here, the embedded store needs 0.2 to 2.7 s for one
 * $group over 20,000 documents, far from the 100 ms strength must answer in; counting 20,000 stints
 * in memory takes a few milliseconds.
 * <p>The marker is read before the data, so no write is missed: one that bumps it later makes the next
 * report reload. Writes made by this instance are applied directly (the marker moved by exactly one
 * since the snapshot), so only another instance's writes cost a full reload.
 */
@Component
@RequiredArgsConstructor
public class StrengthSnapshot {

    private record Loaded(long marker, Map<String, List<Stint>> byPerson, List<Stint> stints) {
    }

    private final MongoTemplate mongo;
    private final ChangeMarker marker;
    private volatile Loaded loaded;

    public List<Stint> stints() {
        long current = marker.current();
        Loaded snapshot = loaded;
        if (snapshot == null || snapshot.marker() != current) {
            snapshot = load(current);
        }
        return snapshot.stints();
    }

    @EventListener
    public synchronized void apply(PersonnelChanged change) {
        Loaded snapshot = loaded;
        if (snapshot == null || snapshot.marker() != change.marker() - 1) {
            return;
        }
        Map<String, List<Stint>> byPerson = new HashMap<>(snapshot.byPerson());
        for (Person person : change.people()) {
            List<Stint> stints = new ArrayList<>();
            for (Deployment d : person.deployments()) {
                if (counts(d.status())) {
                    stints.add(new Stint(person.category(), person.subCategory(), person.nationality(), person.sex(),
                            d.fieldOffice(), d.unitCode(), d.status(), d.startDate(), d.endDate()));
                }
            }
            byPerson.put(person.indexNumber(), stints);
        }
        loaded = loaded(change.marker(), byPerson);
    }

    private synchronized Loaded load(long current) {
        Loaded snapshot = loaded;
        if (snapshot != null && snapshot.marker() == current) {
            return snapshot;
        }
        Document fields = new Document("category", 1).append("subCategory", 1).append("nationality", 1).append("sex", 1)
                .append("deployments", 1);
        Document onStrength = new Document("deployments.status",
                new Document("$in", List.of(DeploymentStatus.ACTIVE.name(), DeploymentStatus.COMPLETED.name())))
                .append(Staging.STAGED, new Document("$ne", true));
        Map<String, List<Stint>> byPerson = new HashMap<>();
        for (Document person : mongo.getCollection("personnel").find(onStrength).projection(fields)) {
            Category category = Category.valueOf(person.getString("category"));
            SubCategory subCategory = SubCategory.valueOf(person.getString("subCategory"));
            String nationality = person.getString("nationality");
            Sex sex = Sex.valueOf(person.getString("sex"));
            List<Stint> stints = new ArrayList<>(2);
            for (Document d : person.getList("deployments", Document.class)) {
                DeploymentStatus status = DeploymentStatus.valueOf(d.getString("status"));
                if (counts(status)) {
                    stints.add(new Stint(category, subCategory, nationality, sex, d.getString("fieldOffice"),
                            d.getString("unitCode"), status, day(d.get("startDate")), day(d.get("endDate"))));
                }
            }
            byPerson.put(person.getString("_id"), stints);
        }
        loaded = loaded(current, byPerson);
        return loaded;
    }

    private static Loaded loaded(long marker, Map<String, List<Stint>> byPerson) {
        List<Stint> all = new ArrayList<>(byPerson.size() + byPerson.size() / 10);
        byPerson.values().forEach(all::addAll);
        return new Loaded(marker, byPerson, Collections.unmodifiableList(all));
    }

    private static boolean counts(DeploymentStatus status) {
        return status == DeploymentStatus.ACTIVE || status == DeploymentStatus.COMPLETED;
    }

    private LocalDate day(Object stored) {
        return mongo.getConverter().getConversionService().convert((Date) stored, LocalDate.class);
    }
}
