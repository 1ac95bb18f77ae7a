package org.unmiss.humanrights.protection.domain;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Keyed hashes of normalised words, so the store can be asked "which records hold this name (or word)?" without
 * holding it in plaintext (ADR 0091). A word is normalised (Unicode compatibility form, accents and case dropped,
 * split at anything not a letter or digit, words of one character left out) and hashed with HMAC-SHA256 under the
 * blind-index key and a purpose ({@code name}, {@code title}, {@code field}), so the same word gives unrelated hashes
 * in different purposes and nobody without the key can test a guess. Only equality is kept: no prefix, no spelling
 * variant; the hash is cut to 16 bytes (base64), which keeps collisions out of reach for any realistic registry.
 */
@Component
public class BlindIndex {

    /** What a hashed word is part of: a person's name, a case title, a non-sensitive field of a case. */
    public enum Purpose { NAME, TITLE, FIELD }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MIN_KEY_BYTES = 32;
    private static final int HASH_BYTES = 16;
    /** Words a search or an index takes at most from one text: a name or title has far fewer. */
    public static final int MAX_WORDS = 50;

    private final SecretKeySpec key;

    public BlindIndex(BlindIndexProperties properties) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(properties.key().strip());
        } catch (IllegalArgumentException e) {
            // the message never echoes the value, which is the key
            throw new IllegalStateException("humanrights.blind-index.key is not base64", e);
        }
        if (raw.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("humanrights.blind-index.key must hold at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(raw, "HmacSHA256");
    }

    /** The normalised words of a text, in order, each once, at most {@link #MAX_WORDS}. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        Set<String> words = new LinkedHashSet<>();
        for (String word : NOT_WORD.split(plain)) {
            if (word.length() > 1 && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return new ArrayList<>(words);
    }

    /** The keyed hashes of a text's words for a purpose, each once. */
    public List<String> hashes(Purpose purpose, String text) {
        return words(text).stream().map(word -> hash(purpose, word)).distinct().toList();
    }

    /**
     * One hash of the whole name, whatever the order of its words ("Deng Nyandeng" and "NYANDENG deng" give the same):
     * what two records of one person share, so the registry can flag them as duplicate candidates. Null for no name.
     */
    public String identityKey(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? null : hash(Purpose.NAME, "identity:" + String.join(" ", new TreeSet<>(words)));
    }

    /** The keyed hash of one word already normalised (one of {@link #words}). */
    public String hash(Purpose purpose, String word) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal((purpose.name() + ":" + word).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, HASH_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
