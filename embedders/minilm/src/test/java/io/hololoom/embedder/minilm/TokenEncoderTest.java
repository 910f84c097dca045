package io.hololoom.embedder.minilm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pure-Java parts of tokenization: prefix cuts, truncation, surrogate repair. */
class TokenEncoderTest {
    @Test
    void shortTextsAreNotCut() {
        assertThat(TokenEncoder.prefix("hello world", 11)).isEqualTo("hello world");
        assertThat(TokenEncoder.prefix("", 8)).isEmpty();
    }

    @Test
    void longTextsAreCutBeforeAWordBoundary() {
        assertThat(TokenEncoder.prefix("hello wonderful world", 12)).isEqualTo("hello");
        assertThat(TokenEncoder.prefix("hello wonderful world", 15)).isEqualTo("hello wonderful");
        assertThat(TokenEncoder.prefix("alpha.beta.gamma", 12)).isEqualTo("alpha.beta");
        assertThat(TokenEncoder.prefix("東京東京東京", 3)).isEqualTo("東京東");
        assertThat(TokenEncoder.prefix("a\u00A0b c", 3)).isEqualTo("a\u00A0b");
    }

    @Test
    void controlCharactersAreNotBoundariesBecauseTheNormaliserDeletesThem() {
        assertThat(TokenEncoder.isWordBoundary('\u0007')).isFalse();
        assertThat(TokenEncoder.isWordBoundary('\f')).isFalse();
        assertThat(TokenEncoder.isWordBoundary('a')).isFalse();
        assertThat(TokenEncoder.isWordBoundary('\u2003')).isTrue();
        assertThat(TokenEncoder.isWordBoundary('\u00BF')).isTrue();
    }

    @Test
    void withoutABoundaryTheCutNeverSplitsASurrogatePair() {
        String emoji = "\uD83C\uDF89";
        String text = emoji.repeat(10);
        assertThat(TokenEncoder.prefix(text, 5)).isEqualTo(emoji.repeat(2));
        assertThat(TokenEncoder.prefix("x".repeat(20), 7)).isEqualTo("xxxxxxx");
    }

    @Test
    void truncationKeepsTheFirstTokensAndTheSeparator() {
        long[] ids = {101, 1, 2, 3, 4, 102};
        assertThat(TokenEncoder.truncate(ids, 6)).isSameAs(ids);
        assertThat(TokenEncoder.truncate(ids, 4)).containsExactly(101, 1, 2, 102);
        assertThat(TokenEncoder.truncate(ids, 2)).containsExactly(101, 102);
    }

    @Test
    void unpairedSurrogatesAreReplaced() {
        String ok = "pair \uD83C\uDF89 ok";
        assertThat(TokenEncoder.replaceUnpairedSurrogates(ok)).isSameAs(ok);
        assertThat(TokenEncoder.replaceUnpairedSurrogates("a\uD800b\uDC00c\uD83D"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
        assertThat(TokenEncoder.replaceUnpairedSurrogates("\uDC00\uD800")).isEqualTo("\uFFFD\uFFFD");
    }
}
