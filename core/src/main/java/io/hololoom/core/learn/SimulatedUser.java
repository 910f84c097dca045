package io.hololoom.core.learn;

import io.hololoom.api.Feedback;
import io.hololoom.api.Spacetime;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The user of experiments ({@code learn}, {@code eval}, {@code ope}): judges a Spacetime against its label.
 * Right tool → rating 5, wrong tool → rating 1; when the label has an answer and the tool was right, the answer
 * is correct if the response contains it (case, accents and spacing ignored). Used only by experiments,
 * never by {@code weave}.
 */
public final class SimulatedUser {
    private SimulatedUser() {
    }

    public static Feedback judge(Spacetime s, Workload.Example label) {
        boolean right = s.tool().equals(label.tool());
        Optional<Boolean> correct = right && label.answer().isPresent()
                ? Optional.of(contains(s.response(), label.answer().get())) : Optional.empty();
        return new Feedback(OptionalInt.of(right ? 5 : 1), Optional.of(right), correct, Optional.of(label.tool()), "");
    }

    static boolean contains(String response, String answer) {
        return normalise(response).contains(normalise(answer));
    }

    private static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[\\s,]+", " ").trim();
    }
}
