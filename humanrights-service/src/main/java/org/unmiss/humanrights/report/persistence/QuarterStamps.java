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
 * A change stamp per incident quarter, raised after every write of a case of that quarter (a case
 * never changes quarter), and one raised after every case write at all. A figure computed under a
 * stamp stays valid while the stamp is unchanged, for every instance of the service, since the
 * stamps live in the store.
 */
@Component
public class QuarterStamps extends AbstractMongoEventListener<HrCase> {

    static final String STAMPS = "hr_quarter_stamps";
    /** Raised by every case write: what figures over all dates (no period given) depend on. */
    static final String EVERY_CASE = "ALL";
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private final MongoTemplate mongo;

    public QuarterStamps(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<HrCase> event) {
        Object quarter = event.getDocument() == null ? null : event.getDocument().get("incidentQuarter");
        if (quarter != null) {
            raise(quarter);
        }
        raise(EVERY_CASE);
    }

    private void raise(Object stamp) {
        mongo.findAndModify(Query.query(Criteria.where("_id").is(stamp)), new Update().inc("stamp", 1L),
                FindAndModifyOptions.options().upsert(true), Document.class, STAMPS);
    }

    public long current(String quarter) {
        Document stamp = mongo.findById(quarter, Document.class, STAMPS);
        return stamp == null ? 0 : ((Number) stamp.get("stamp")).longValue();
    }

    /**
     * What the figures of the cases dated {@code from} to {@code to} (inclusive, either may be open) depend on:
     * the stamps of the quarters the period touches, or the every-case stamp when no period is given (undated
     * cases count then too). It changes whenever a case those figures could count is written.
     */
    public String fingerprint(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return EVERY_CASE + ":" + current(EVERY_CASE);
        }
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
