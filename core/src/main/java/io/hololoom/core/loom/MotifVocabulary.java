package io.hololoom.core.loom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one shared vocabulary of motifs: named patterns that the feature extractor detects in a query and the
 * observation encoder turns into a one-hot block. Prior knowledge about queries enters the policy only
 * here, as features, never as hard-coded routing.
 *
 * <p>The order is part of the observation layout: append new motifs at the end and bump {@link #VERSION}.
 */
public final class MotifVocabulary {
    /** Changes whenever the list changes, so persisted policies built on the old layout are not reused. */
    public static final int VERSION = 1;

    /** One motif. */
    public record Motif(String name, Pattern pattern) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Motif> MOTIFS = List.of(
            motif("arithmetic", "\\d\\s*[-+*/^×÷%x−]\\s*[\\d(]|\\(\\s*[-\\d]|\\d\\s*\\^"),
            motif("math_function", "\\b(sqrt|square root|log|ln|sin|cos|tan|abs|round|floor|ceil|factorial|squared|cubed)\\b"),
            motif("math_word", "\\b(times|plus|minus|divided|divide|multiply|multiplied|subtract|sum of|product of|percent|"
                    + "power of|to the power|compute|calculate|calc|evaluate)\\b|\\d\\s*%"),
            motif("number", "\\d"),
            motif("remember", "\\b(remember|jot|save a note|take a note|make a note|write down|don't forget|do not forget|"
                    + "remind me|note that|note down|keep in mind|record that|log that)\\b|^\\s*note\\s*:"),
            motif("hashtag", "(^|\\s)#[\\p{L}\\d_-]+"),
            motif("count", "\\b(how many|count|number of|total of|tally)\\b"),
            motif("list", "\\b(list|show all|enumerate|give me all|all my)\\b"),
            motif("notes_ref", "\\b(notes?|noted|my notes|i saved|memos?)\\b"),
            motif("time_ref", "\\b(today|yesterday|this week|last week|this month|last \\d+ days|recent(ly)?|since)\\b"),
            motif("tag_ref", "\\b(tagged|tags?|labeled|labelled)\\b"),
            motif("search_verb", "\\b(find|search|look up|lookup|locate|retrieve|show me|pull up|dig up|browse)\\b"),
            motif("document_ref", "\\b(docs?|documents?|documentation|files?|pages?|articles?|sources?|references?)\\b"),
            motif("wh_question", "^\\W*(what|how|why|when|where|who|which|whats|what's)\\b"),
            motif("explain", "\\b(explain|describe|tell me about|what is|what are|what does|define|definition|meaning of|"
                    + "why does|why do|how does|how do)\\b"),
            motif("question_mark", "\\?\\s*$"));

    private MotifVocabulary() {
    }

    private static Motif motif(String name, String regex) {
        return new Motif(name, Pattern.compile(regex, FLAGS));
    }

    public static List<Motif> motifs() {
        return MOTIFS;
    }

    public static int size() {
        return MOTIFS.size();
    }

    /** The names of the motifs found in {@code text}, in vocabulary order. */
    public static List<String> detect(String text) {
        String t = text.length() > 2000 ? text.substring(0, 2000) : text;
        t = t.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (Motif m : MOTIFS) {
            if (m.pattern().matcher(t).find()) {
                found.add(m.name());
            }
        }
        return found;
    }

    /** The one-hot block for {@code detected}. */
    public static float[] oneHot(List<String> detected) {
        float[] v = new float[MOTIFS.size()];
        for (int i = 0; i < MOTIFS.size(); i++) {
            if (detected.contains(MOTIFS.get(i).name())) {
                v[i] = 1f;
            }
        }
        return v;
    }
}
