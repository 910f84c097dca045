package io.hololoom.core.loom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MotifVocabularyTest {
    /** query; motifs that must be detected; motifs that must not be. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // calc
        "what is 17 * 23?; arithmetic number wh_question explain question_mark; remember search_verb notes_ref",
        "calculate the square root of 144; math_function math_word number; arithmetic remember",
        "(3 + 4) * 2; arithmetic number; explain",
        "2^10; arithmetic number; math_word",
        "15% of 80; math_word number; arithmetic remember",
        "CALCULATE 2 PLUS 3; math_word number; remember",
        "what is 6 x 7; arithmetic number; remember",
        // note
        "remember to buy milk tomorrow; remember; number arithmetic question_mark search_verb",
        "note: call the dentist #health; remember hashtag notes_ref; number",
        "jot down that the wifi password changed; remember; search_verb",
        "don't forget the standup at 10; remember number; arithmetic",
        // search
        "find documents about kubernetes networking; search_verb document_ref; remember number",
        "search the docs for TLS certificate rotation; search_verb document_ref; remember",
        "look up the page on caching; search_verb document_ref; count",
        // query
        "how many notes did I take last week?; count notes_ref time_ref wh_question question_mark; arithmetic",
        "list all my notes tagged work; list notes_ref tag_ref; search_verb",
        "show all notes from yesterday; list notes_ref time_ref; remember",
        "count my memos since monday; count notes_ref time_ref; arithmetic",
        // answer
        "explain how potential-based reward shaping works; explain; number notes_ref",
        "why does the cache use a ttl?; wh_question explain question_mark; search_verb",
        "tell me about pattern cards; explain; question_mark",
        "define entropy; explain; number"
    })
    void detectsTheMotifsOfTypicalQueries(String query, String present, String absent) {
        List<String> found = MotifVocabulary.detect(query);
        assertThat(found).containsAll(Arrays.asList(present.trim().split("\\s+")));
        assertThat(found).doesNotContainAnyElementsOf(Arrays.asList(absent.trim().split("\\s+")));
    }

    @Test
    void motifsComeInVocabularyOrderWithoutDuplicates() {
        List<String> names = MotifVocabulary.motifs().stream().map(MotifVocabulary.Motif::name).toList();
        assertThat(names).doesNotHaveDuplicates().hasSize(MotifVocabulary.size());
        List<String> found = MotifVocabulary.detect("how many notes mention 2 + 2 since today?");
        assertThat(found).isSortedAccordingTo((a, b) -> Integer.compare(names.indexOf(a), names.indexOf(b)));
        assertThat(MotifVocabulary.detect("")).isEmpty();
        assertThat(MotifVocabulary.detect("   ")).isEmpty();
    }

    @Test
    void onlyTheFirst2000CharactersAreScanned() {
        assertThat(MotifVocabulary.detect("a ".repeat(1000) + "remember this")).doesNotContain("remember");
        assertThat(MotifVocabulary.detect("remember this " + "a ".repeat(5000))).contains("remember");
    }

    @Test
    void oneHotMarksTheDetectedMotifsInOrder() {
        List<String> names = MotifVocabulary.motifs().stream().map(MotifVocabulary.Motif::name).toList();
        float[] v = MotifVocabulary.oneHot(List.of("number", "remember", "not-a-motif"));
        assertThat(v).hasSize(MotifVocabulary.size());
        for (int i = 0; i < v.length; i++) {
            boolean on = names.get(i).equals("number") || names.get(i).equals("remember");
            assertThat(v[i]).as(names.get(i)).isEqualTo(on ? 1f : 0f);
        }
        assertThat(MotifVocabulary.oneHot(List.of())).containsOnly(0f);
    }
}
