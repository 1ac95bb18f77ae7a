package org.unmiss.kit.feed;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unmiss.kit.problem.InvalidRequestException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A cursor survives the trip to the client and back, keeps its id's type, and anything else is a 400 naming it. */
class FeedCursorTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123Z");

    @Test
    void aStringIdRoundTrips() {
        FeedCursor cursor = new FeedCursor(AT, "UNMISS-HR-2026-00017|odd");
        String encoded = cursor.encode();
        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(FeedCursor.decode(encoded)).isEqualTo(cursor);
    }

    @Test
    void anObjectIdStaysAnObjectId() {
        ObjectId id = new ObjectId();
        FeedCursor decoded = FeedCursor.decode(new FeedCursor(AT, id).encode());
        assertThat(decoded.id()).isEqualTo(id);
        assertThat(decoded.updatedAt()).isEqualTo(AT);
    }

    @Test
    void aStringThatLooksLikeAnObjectIdStaysAString() {
        String hex = new ObjectId().toHexString();
        assertThat(FeedCursor.decode(new FeedCursor(AT, hex).encode()).id()).isEqualTo(hex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "%%%", "", "abc"})
    void notBase64OrNotACursorIsRefused(String sent) {
        assertRefused(sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "123|s", "123|s|", "x|s|id", "123|q|id", "123|o|not-an-object-id", "99999999999999999999|s|id"})
    void wellEncodedNonsenseIsRefused(String plain) {
        assertRefused(Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(String sent) {
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, () -> FeedCursor.decode(sent));
        assertThat(refused).isNotNull();
        assertThat(refused.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("cursor"));
    }
}
