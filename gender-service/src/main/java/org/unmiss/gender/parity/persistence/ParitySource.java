package org.unmiss.gender.parity.persistence;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.unmiss.gender.parity.domain.ParitySnapshot;
import org.unmiss.gender.parity.domain.ParityUnavailableException;
import org.unmiss.gender.personnel.persistence.PersonnelDirectory;
import org.unmiss.gender.personnel.persistence.PersonnelUnavailableException;
import org.unmiss.gender.personnel.persistence.StrengthContract;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Strength figures for the parity view: fresh from personnel-service (and kept as the snapshot of
 * that day), or, when personnel-service is down or slow, the last good snapshot, marked stale with
 * the reason. personnel-service refusing the caller is not an outage and passes through.
 */
@Component
@RequiredArgsConstructor
public class ParitySource {

    private static final Logger log = LoggerFactory.getLogger(ParitySource.class);

    private final PersonnelDirectory personnel;
    private final MongoTemplate mongo;
    private final Clock clock;

    /** @param staleReason null when fresh */
    public record Figures(ParitySnapshot snapshot, String staleReason) {

        public boolean stale() {
            return staleReason != null;
        }
    }

    public Figures figures(LocalDate asOf) {
        try {
            StrengthContract.Report byCategory = personnel.strength(asOf, StrengthContract.BY_CATEGORY);
            StrengthContract.Report byCountry = personnel.strength(asOf, StrengthContract.BY_COUNTRY);
            // The store keeps milliseconds; the fresh answer shows the same time a stale one will.
            ParitySnapshot fresh = new ParitySnapshot(asOf.toString(), byCategory.asOf(), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), byCategory.counts(),
                    byCountry.counts(), byCategory.total());
            mongo.save(fresh);
            return new Figures(fresh, null);
        } catch (PersonnelUnavailableException e) {
            log.warn("Parity view for {} from the last snapshot: {}", asOf, e.getMessage());
            ParitySnapshot last = lastGood(asOf).orElseThrow(() -> new ParityUnavailableException(
                    e.getMessage() + ", and no earlier strength figures are kept"));
            return new Figures(last, e.getMessage());
        }
    }

    /** The snapshot of the same day if there is one, else the most recently fetched. */
    private Optional<ParitySnapshot> lastGood(LocalDate asOf) {
        ParitySnapshot sameDay = mongo.findById(asOf.toString(), ParitySnapshot.class);
        if (sameDay != null) {
            return Optional.of(sameDay);
        }
        return Optional.ofNullable(mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "fetchedAt")).limit(1), ParitySnapshot.class));
    }
}
