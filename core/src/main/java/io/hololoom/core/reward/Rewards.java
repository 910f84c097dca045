package io.hololoom.core.reward;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;

/** Shared checks for reward values. */
public final class Rewards {
    private Rewards() {
    }

    /** Clips to [−1, 1]; rejects non-finite values. */
    public static double clip(double r) {
        return Math.max(-1, Math.min(1, requireFinite(r, "reward")));
    }

    /**
     * Rejects a non-finite reward with a message naming the reward function.
     *
     * @throws HololoomException (CONFIGURATION) when {@code r} is NaN or infinite
     */
    public static double requireFinite(double r, String source) {
        if (!Double.isFinite(r)) {
            throw new HololoomException(Category.CONFIGURATION, "The reward function [" + source
                    + "] produced a non-finite reward [" + r + "]; check its weights (hololoom.reward.*)");
        }
        return r;
    }
}
