package io.hololoom.core.loom;

import io.hololoom.api.PatternCard;
import io.hololoom.api.plugin.PluginConfig;
import java.util.Optional;

/**
 * The loom's own settings (core keys under {@code hololoom.}).
 *
 * @param maxQueryLength longest accepted query ({@code hololoom.query.max-length}, 4096)
 * @param card a forced pattern card, or empty for automatic ({@code hololoom.card}, auto)
 * @param embeddingDims leading embedding components in the observation ({@code hololoom.encoder.embedding-dims}, 96)
 * @param maxOutput longest tool output kept ({@code hololoom.tools.max-output}, 65536)
 * @param reflectOnWeave learn from every weave's outcome ({@code hololoom.reflect.on-weave}, true)
 * @param trainEvery experiences between trainer updates ({@code hololoom.train.every}, 32)
 */
public record LoomSettings(int maxQueryLength, Optional<PatternCard> card, int embeddingDims, int maxOutput,
        boolean reflectOnWeave, int trainEvery) {

    /** Queries shorter than this take the BARE card, others FAST (the original's rule). */
    public static final int BARE_BELOW = 50;

    public static LoomSettings from(PluginConfig core) {
        String card = core.string("card", "auto");
        Optional<PatternCard> forced;
        if (card.equalsIgnoreCase("auto")) {
            forced = Optional.empty();
        } else {
            try {
                forced = Optional.of(PatternCard.parse(card));
            } catch (IllegalArgumentException e) {
                throw core.invalid("card", card, "auto, bare, fast or fused");
            }
        }
        return new LoomSettings(core.integer("query.max-length", 4096, 1, 10_000_000), forced,
                core.integer("encoder.embedding-dims", 96, 0, 4096), core.integer("tools.max-output", 65536, 16, 100_000_000),
                core.bool("reflect.on-weave", true), core.integer("train.every", 32, 1, 1_000_000));
    }

    PatternCard cardFor(String text, Optional<PatternCard> requested) {
        return requested.or(() -> card).orElse(text.length() < BARE_BELOW ? PatternCard.BARE : PatternCard.FAST);
    }
}
