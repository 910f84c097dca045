package io.hololoom.api;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a user (or a simulated user) said about a Spacetime.
 *
 * @param rating 0..5 stars, if given
 * @param rightTool whether the chosen tool was the right one, if known
 * @param correct whether the answer was correct, if known
 * @param expectedTool the tool that should have been chosen, if known
 * @param comment free text; never logged
 */
public record Feedback(OptionalInt rating, Optional<Boolean> rightTool, Optional<Boolean> correct,
        Optional<String> expectedTool, String comment) {
    /** No feedback at all. */
    public static final Feedback NONE = new Feedback(OptionalInt.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), "");

    public Feedback {
        requireNonNull(rating, "rating is null");
        requireNonNull(rightTool, "rightTool is null");
        requireNonNull(correct, "correct is null");
        requireNonNull(expectedTool, "expectedTool is null");
        requireNonNull(comment, "comment is null");
        if (rating.isPresent() && (rating.getAsInt() < 0 || rating.getAsInt() > 5)) {
            throw new IllegalArgumentException("rating must be between 0 and 5, was [" + rating.getAsInt() + "]");
        }
    }

    public static Feedback rating(int stars) {
        return new Feedback(OptionalInt.of(stars), Optional.empty(), Optional.empty(), Optional.empty(), "");
    }

    public boolean isEmpty() {
        return rating.isEmpty() && rightTool.isEmpty() && correct.isEmpty() && expectedTool.isEmpty();
    }
}
