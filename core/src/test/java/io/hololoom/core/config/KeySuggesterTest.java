package io.hololoom.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeySuggesterTest {
    private static final List<String> KNOWN = List.of("hololoom.policy", "hololoom.embedder", "hololoom.tools");

    @Test
    void suggestsTheClosestKeyForATypo() {
        assertThat(KeySuggester.closest("hololoom.polcy", KNOWN)).contains("hololoom.policy");
        assertThat(KeySuggester.closest("hololoom.embeder", KNOWN)).contains("hololoom.embedder");
        assertThat(KeySuggester.closest("hololoom.tool", KNOWN)).contains("hololoom.tools");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(KeySuggester.closest("hololoom.completely-different", KNOWN)).isEmpty();
        assertThat(KeySuggester.closest("x", List.of())).isEmpty();
    }

    @Test
    void editDistanceIsLevenshtein() {
        assertThat(KeySuggester.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(KeySuggester.distance("", "abc")).isEqualTo(3);
        assertThat(KeySuggester.distance("same", "same")).isZero();
    }
}
