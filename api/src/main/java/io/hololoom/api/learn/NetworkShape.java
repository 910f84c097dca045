package io.hololoom.api.learn;

/**
 * The sizes of an actor-critic network.
 *
 * @param observationSize input length
 * @param actionCount number of logits
 * @param parameterCount length of the flat parameter vector
 */
public record NetworkShape(int observationSize, int actionCount, int parameterCount) {
    public NetworkShape {
        if (observationSize < 1 || actionCount < 1 || parameterCount < 1) {
            throw new IllegalArgumentException("network sizes must be positive: " + observationSize + ", "
                    + actionCount + ", " + parameterCount);
        }
    }
}
