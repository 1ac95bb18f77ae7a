package org.unmiss.humanrights.protection;

import org.junit.jupiter.api.Test;
import org.unmiss.humanrights.protection.domain.BlindIndex;
import org.unmiss.humanrights.protection.domain.BlindIndexProperties;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The blind index alone (ADR 0091): what counts as the same word, what a key changes, and which keys it refuses. */
class BlindIndexTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final BlindIndex index = new BlindIndex(new BlindIndexProperties(KEY));

    @Test
    void wordsAreComparedWithoutAccentsCaseOrPunctuationAndOneLetterWordsAreLeftOut() {
        assertThat(BlindIndex.words("  Nyandéng  DENG-Garang, a. ")).containsExactly("nyandeng", "deng", "garang");
        assertThat(BlindIndex.words("Ｎｙａｎｄｅｎｇ")).containsExactly("nyandeng");
        assertThat(BlindIndex.words("- ! ?")).isEmpty();
        assertThat(BlindIndex.words(null)).isEmpty();
        assertThat(BlindIndex.words("w ".repeat(10) + "ab ".repeat(60) + "x1 y2")).containsExactly("ab", "x1", "y2");
    }

    @Test
    void theSameNameInAnyOrderHasOneIdentityKeyAndPurposesDoNotCompare() {
        assertThat(index.identityKey("Deng Nyandeng")).isEqualTo(index.identityKey("NYANDENG déng"))
                .isNotEqualTo(index.identityKey("Deng Nyandeng Garang"));
        assertThat(index.identityKey("?")).isNull();
        assertThat(index.hash(BlindIndex.Purpose.NAME, "deng")).isNotEqualTo(index.hash(BlindIndex.Purpose.TITLE, "deng"))
                .isNotEqualTo(index.hash(BlindIndex.Purpose.FIELD, "deng")).doesNotContain("deng").hasSize(22);
        assertThat(index.hashes(BlindIndex.Purpose.NAME, "Deng deng DENG")).hasSize(1);
    }

    @Test
    void anotherKeyGivesOtherHashesAndAShortOrMalformedKeyIsRefusedWithoutEchoingIt() {
        BlindIndex other = new BlindIndex(new BlindIndexProperties(Base64.getEncoder().encodeToString(new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32})));
        assertThat(other.hash(BlindIndex.Purpose.NAME, "deng")).isNotEqualTo(index.hash(BlindIndex.Purpose.NAME, "deng"));
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new BlindIndex(new BlindIndexProperties(shortKey))).hasMessageContaining("at least 32 bytes")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> new BlindIndex(new BlindIndexProperties("not base64!"))).hasMessageContaining("not base64")
                .hasMessageNotContaining("not base64!");
    }
}
