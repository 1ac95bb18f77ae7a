package org.unmiss.humanrights.hrcase.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.feed.ChangeStamps;
import org.unmiss.humanrights.hrcase.domain.AgeGroup;
import org.unmiss.humanrights.hrcase.domain.CaseTexts;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.Location;

import java.util.List;

/**
 * Brings cases stored before ADR 14 up to date at start-up, so no store keeps their free text
 * readable: seals the plaintext title, place, point, perpetrator descriptions, workflow notes and
 * disclosure texts under the same field paths new cases use, keeps the point only to 0.1°, and
 * computes the acts' releasable victim counts from the consents recorded. A stored case is
 * recognised as old by its plaintext {@code title} (every case had one). Each case is replaced at
 * the version read, with the version raised, so a concurrent change wins and clients re-read.
 */
@Component
@RequiredArgsConstructor
public class LegacyCaseUpgrade {

    private static final Logger log = LoggerFactory.getLogger(LegacyCaseUpgrade.class);

    private final MongoTemplate mongo;
    private final CaseTexts texts;
    private final ChangeStamps stamps;

    @EventListener(ApplicationReadyEvent.class)
    public int upgrade() {
        MongoCollection<Document> cases = mongo.getCollection(mongo.getCollectionName(HrCase.class));
        int upgraded = 0;
        for (Document legacy : cases.find(Filters.exists("title"))) {
            Object version = legacy.get("version");
            Document current = stamps.stamp(upgraded(legacy)); // a replaced case is a changed case for the feed
            var result = cases.replaceOne(Filters.and(Filters.eq("_id", legacy.get("_id")), Filters.eq("version", version)), current);
            upgraded += (int) result.getModifiedCount();
        }
        if (upgraded > 0) {
            log.info("Sealed the free text of {} cases stored before it was sealed", upgraded);
        }
        return upgraded;
    }

    private Document upgraded(Document c) {
        String ref = c.getString("_id");
        c.put("sealedTitle", texts.seal(c.getString("title"), ref, CaseTexts.TITLE));
        c.remove("title");
        Document location = c.get("location", Document.class);
        if (location != null) {
            Double latitude = number(location.remove("latitude"));
            Double longitude = number(location.remove("longitude"));
            location.put("sealedPlace", texts.seal((String) location.remove("place"), ref, CaseTexts.PLACE));
            location.put("approxLatitude", Location.coarse(latitude));
            location.put("approxLongitude", Location.coarse(longitude));
            location.put("sealedPoint", texts.seal(Location.point(latitude, longitude), ref, CaseTexts.POINT));
        }
        for (Document act : list(c, "violations")) {
            List<Document> perpetrators = list(act, "perpetrators");
            for (int i = 0; i < perpetrators.size(); i++) {
                Document perpetrator = perpetrators.get(i);
                perpetrator.put("sealedDescription", texts.seal((String) perpetrator.remove("description"), ref,
                        CaseTexts.perpetratorDescription(act.getString("code"), i)));
            }
            int releasable = 0;
            int releasableChildren = 0;
            for (Document victim : list(act, "victims")) {
                Document consent = victim.get("consent", Document.class);
                // as Consent.allowsDeidentifiedReporting: only a recorded refusal leaves a victim out
                boolean refused = consent != null && consent.get("recordedAt") != null
                        && !Boolean.TRUE.equals(consent.getBoolean("deidentifiedReporting"));
                if (!refused) {
                    int count = victim.getInteger("count", 1);
                    releasable += count;
                    String ageGroup = victim.getString("ageGroup");
                    releasableChildren += ageGroup != null && AgeGroup.valueOf(ageGroup).isChild() ? count : 0;
                }
            }
            act.put("releasableVictimCount", releasable);
            act.put("releasableChildVictimCount", releasableChildren);
        }
        List<Document> history = list(c, "history");
        for (int i = 0; i < history.size(); i++) {
            history.get(i).put("sealedNote", texts.seal((String) history.get(i).remove("note"), ref, CaseTexts.historyNote(i)));
        }
        List<Document> disclosures = list(c, "disclosures");
        for (int i = 0; i < disclosures.size(); i++) {
            Document d = disclosures.get(i);
            String reason = (String) d.remove("overrideReason");
            d.put("sealedRecipient", texts.seal((String) d.remove("recipient"), ref, CaseTexts.disclosure(i, "recipient")));
            d.put("sealedNote", texts.seal((String) d.remove("note"), ref, CaseTexts.disclosure(i, "note")));
            d.put("overridden", reason != null);
            d.put("sealedOverrideReason", texts.seal(reason, ref, CaseTexts.disclosure(i, "overrideReason")));
        }
        Object version = c.get("version");
        c.put("version", version instanceof Number n ? n.longValue() + 1 : 1L);
        return c;
    }

    private static List<Document> list(Document parent, String field) {
        return parent.getList(field, Document.class, List.of());
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
