package io.hololoom.api;

/**
 * Turns what happened (a Spacetime) and what the user said into a number the policy learns from.
 *
 * <p><b>Contract:</b> pure (same inputs, same output), thread-safe, result finite and in [-1, 1]. A reward
 * function that cannot produce a finite value must throw {@link IllegalArgumentException} rather than
 * return NaN or infinity; the loom also rejects non-finite values with a clear error.
 */
public interface RewardFunction {
    double reward(Spacetime spacetime, Feedback feedback);
}
