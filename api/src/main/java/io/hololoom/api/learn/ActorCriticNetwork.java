package io.hololoom.api.learn;

/**
 * A function approximator with a policy head (logits) and a value head, in plain arrays, so that training
 * algorithms (PPO, A2C, ...) and network backends (ND4J, plain Java, ...) can be swapped independently.
 *
 * <p>All parameters live in one flat vector; optimisers, gradient clipping and checkpoints work on it
 * without knowing the architecture. For a categorical policy the loss gradient with respect to logits
 * and values has a closed form, so trainers need no autodiff.
 *
 * <p><b>Thread safety:</b> {@link #forward} may run concurrently with other forwards; {@link #backward}
 * and {@link #setParameters} must not run concurrently with anything (trainers own the network while
 * they update it).
 */
public interface ActorCriticNetwork {
    NetworkShape shape();

    /**
     * Runs the network on a batch.
     *
     * @param observations {@code [batch][observationSize]}
     * @throws IllegalArgumentException if a row has the wrong length
     */
    ForwardPass forward(float[][] observations);

    /**
     * Back-propagates the loss gradient with respect to the outputs of {@code pass}.
     *
     * @param dLogits {@code [batch][actions]} dLoss/dLogits
     * @param dValues {@code [batch]} dLoss/dValue
     * @return dLoss/dParameters, a new flat array of {@code parameterCount} values (not accumulated)
     */
    float[] backward(ForwardPass pass, float[][] dLogits, float[] dValues);

    /** A copy of the flat parameter vector. */
    float[] parameters();

    /**
     * Replaces the parameters.
     *
     * @throws IllegalArgumentException if the length is wrong or a value is not finite
     */
    void setParameters(float[] parameters);
}
