package org.unmiss.humanrights.report.persistence;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.HrCase;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change stamp per incident quarter, raised after every write of a case of that quarter (every case
 * has an incident date, and a case never changes quarter). A figure computed under a stamp stays valid
 * while the stamp is unchanged, for every instance of the service, since the stamps live in the store.
 */
@Component
public class QuarterStamps extends AbstractMongoEventListener<HrCase> {

    static final String STAMPS = "hr_quarter_stamps";
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private final MongoTemplate mongo;

    public QuarterStamps(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<HrCase> event) {
        Object quarter = event.getDocument() == null ? null : event.getDocument().get("incidentQuarter");
        if (quarter != null) {
            mongo.findAndModify(Query.query(Criteria.where("_id").is(quarter)), new Update().inc("stamp", 1L),
                    FindAndModifyOptions.options().upsert(true), Document.class, STAMPS);
        }
    }

    /**
     * What the figures of the cases dated {@code from} to {@code to} (inclusive, either or both may be open)
     * depend on: the stamps of the quarters the period touches. It changes whenever a case those figures
     * could count is written.
     */
    public String fingerprint(LocalDate from, LocalDate to) {
        StringBuilder fingerprint = new StringBuilder();
        mongo.find(new Query().with(Sort.by("_id")), Document.class, STAMPS).forEach(stamp -> {
            Matcher quarter = QUARTER.matcher(String.valueOf(stamp.get("_id")));
            if (quarter.matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)) * 3 - 2, 1);
                LocalDate end = start.plusMonths(3).minusDays(1);
                if ((from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to))) {
                    fingerprint.append(quarter.group()).append(':').append(stamp.get("stamp")).append(' ');
                }
            }
        });
        return fingerprint.toString();
    }
}
