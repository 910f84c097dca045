package io.hololoom.api.learn;

import io.hololoom.api.Policy;

/**
 * A policy backed by an {@link ActorCriticNetwork} that a {@link Trainer} improves by gradient.
 *
 * <p>Its {@link #version()} increases whenever the network's parameters are replaced.
 */
public interface TrainablePolicy extends Policy {
    ActorCriticNetwork network();
}
