package org.unmiss.kit.feed;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** Every stamp is later than the one before, even when the clock stands still or steps back. */
class ChangeStampsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void stampsFollowTheClock() {
        ChangeStamps stamps = new ChangeStamps(Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(stamps.next()).isEqualTo(Date.from(NOW));
    }

    @Test
    void aClockThatDoesNotMoveStillGivesLaterStamps() {
        ChangeStamps stamps = new ChangeStamps(Clock.fixed(NOW, ZoneOffset.UTC));
        Date first = stamps.next();
        Date second = stamps.next();
        assertThat(second).isAfter(first);
    }

    @Test
    void aClockSteppedBackDoesNotTakeStampsBack() {
        MutableClock clock = new MutableClock(NOW);
        ChangeStamps stamps = new ChangeStamps(clock);
        Date before = stamps.next();
        clock.now = NOW.minusSeconds(60);
        assertThat(stamps.next()).isAfter(before);
    }

    @Test
    void updatesAndDocumentsCarryTheStamp() {
        ChangeStamps stamps = new ChangeStamps(Clock.fixed(NOW, ZoneOffset.UTC));
        Update update = stamps.stamp(new Update().set("status", "CLOSED"));
        assertThat(update.getUpdateObject().get("$set", Document.class)).containsKeys("status", ChangeStamps.FIELD);
        assertThat(stamps.stamp(new Document("_id", "x")).get(ChangeStamps.FIELD)).isInstanceOf(Date.class);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
