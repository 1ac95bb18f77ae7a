package org.unmiss.kit.feed;

import org.bson.types.ObjectId;
import org.unmiss.kit.problem.InvalidRequestException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A position in a change feed: the last record a page handed out, as its stamp and id. Clients get it opaque
 * (base64url, no padding) and send it back unchanged; its inside ({@code millis|type|id}, the type keeping a
 * string id apart from an ObjectId, which the store orders differently) may change between versions.
 */
public record FeedCursor(Instant updatedAt, Object id) {

    public static final String PARAMETER = "cursor";
    private static final String INVALID = "is not a cursor this list handed out; start again from updatedSince";

    public FeedCursor {
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(id, "id");
        if (!(id instanceof String || id instanceof ObjectId)) {
            throw new IllegalArgumentException("a feed position's id is a string or an ObjectId, not " + id.getClass());
        }
    }

    public String encode() {
        String type = id instanceof ObjectId ? "o" : "s";
        String plain = updatedAt.toEpochMilli() + "|" + type + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a client sent, or a 400 naming {@code cursor} when it is not one. */
    public static FeedCursor decode(String encoded) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(PARAMETER, INVALID);
        }
        String[] parts = plain.split("\\|", 3);
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw new InvalidRequestException(PARAMETER, INVALID);
        }
        try {
            Instant at = Instant.ofEpochMilli(Long.parseLong(parts[0]));
            return switch (parts[1]) {
                case "s" -> new FeedCursor(at, parts[2]);
                case "o" -> new FeedCursor(at, new ObjectId(parts[2]));
                default -> throw new InvalidRequestException(PARAMETER, INVALID);
            };
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidRequestException(PARAMETER, INVALID);
        }
    }
}
