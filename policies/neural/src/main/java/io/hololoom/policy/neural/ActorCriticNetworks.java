package io.hololoom.policy.neural;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.learn.ActorCriticNetwork;

/**
 * Creates actor-critic networks (separate actor and critic MLPs, tanh, orthogonal initialisation).
 *
 * <p>The same layout and seed give the same initial parameters on every backend.
 */
public final class ActorCriticNetworks {
    private ActorCriticNetworks() {
    }

    /** A network with freshly initialised parameters drawn from {@code seed}. */
    public static ActorCriticNetwork create(Backend backend, NetworkLayout layout, long seed) {
        return create(backend, layout, ParameterInitializer.initialise(requireNonNull(layout, "layout is null"), seed));
    }

    /**
     * A network with the given flat parameters (layout described in {@link NetworkLayout}).
     *
     * @throws IllegalArgumentException if the length is wrong or a value is not finite
     */
    public static ActorCriticNetwork create(Backend backend, NetworkLayout layout, float[] parameters) {
        requireNonNull(backend, "backend is null");
        requireNonNull(layout, "layout is null");
        return switch (backend) {
            case ND4J -> new Nd4jActorCriticNetwork(layout, parameters);
            case JAVA -> new JavaActorCriticNetwork(layout, parameters);
        };
    }

    /** The initial parameters {@link #create(Backend, NetworkLayout, long)} uses. */
    public static float[] initialParameters(NetworkLayout layout, long seed) {
        return ParameterInitializer.initialise(requireNonNull(layout, "layout is null"), seed);
    }
}
