package io.hololoom.api;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A query to weave.
 *
 * @param text the user's text; validated by the loom (blank, too long, bad characters are rejected there)
 * @param card the pattern card to use, or empty to let the loom choose by query length
 */
public record Query(String text, Optional<PatternCard> card) {
    public Query {
        requireNonNull(text, "text is null");
        requireNonNull(card, "card is null");
    }

    public static Query of(String text) {
        return new Query(text, Optional.empty());
    }

    public static Query of(String text, PatternCard card) {
        return new Query(text, Optional.of(card));
    }
}
