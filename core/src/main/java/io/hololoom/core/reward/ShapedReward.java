package io.hololoom.core.reward;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Feedback;
import io.hololoom.api.RewardFunction;
import io.hololoom.api.Spacetime;

/**
 * {@code shaped}: potential-based shaping {@code R + γΦ(s') − Φ(s)} around another reward function (Ng et al.
 * 1999: it leaves the optimal policy unchanged). Tool routing is one step long, so {@code s'} is terminal and
 * {@code Φ(s') = 0}. The potential is {@code weight · f(s)} with {@code f} chosen by
 * {@code hololoom.reward.shaped.potential}: {@code context} (retrieved shards / 10), {@code motifs} (detected
 * motifs / 5, at most 1) or {@code zero}. Clipped to [−1, 1].
 */
public final class ShapedReward implements RewardFunction {
    private final RewardFunction base;
    private final String potential;
    private final double weight;
    private final double gamma;

    public ShapedReward(RewardFunction base, String potential, double weight, double gamma) {
        this.base = requireNonNull(base, "base is null");
        this.potential = requireNonNull(potential, "potential is null");
        this.weight = weight;
        this.gamma = gamma;
    }

    @Override
    public double reward(Spacetime spacetime, Feedback feedback) {
        double r = Rewards.requireFinite(base.reward(spacetime, feedback), "shaped/base");
        double phiNext = 0;
        return Rewards.clip(r + gamma * phiNext - phi(spacetime));
    }

    double phi(Spacetime s) {
        return switch (potential) {
            case "context" -> weight * Math.min(1, s.trace().contextIds().size() / 10.0);
            case "motifs" -> weight * Math.min(1, s.trace().motifs().size() / 5.0);
            default -> 0;
        };
    }
}
