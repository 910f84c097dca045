package io.hololoom.trainer.ppo;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of the {@code ppo} trainer (keys under {@code hololoom.trainer.ppo.}); defaults are the original
 * system's PPO settings.
 *
 * @param learningRate {@code learning-rate}, default 3e-4, in (0, 1]
 * @param totalUpdates {@code total-updates}, default 0: when positive the learning rate falls linearly from
 *     {@code learning-rate} at the first {@code train} call to 0 after this many calls; 0 keeps it constant
 * @param annealClipRange {@code anneal-clip-range}, default false: anneal the clip range like the learning rate
 * @param clipRange {@code clip-range}, default 0.2, in (0, 1]: the surrogate's ratio clip epsilon
 * @param clipRangeValue {@code clip-range-value}, default 0 = off: clip the value prediction around the
 *     rollout's value by this much (CleanRL style)
 * @param gamma {@code gamma}, default 0.99, in [0, 1]: discount
 * @param gaeLambda {@code gae-lambda}, default 0.95, in [0, 1]
 * @param valueCoef {@code value-coef}, default 0.5: weight of the value loss {@code mean((V - R)^2)}
 * @param entropyCoef {@code entropy-coef}, default 0.01: weight of the entropy bonus
 * @param maxGradNorm {@code max-grad-norm}, default 0.5; 0 = no clipping of the global gradient norm
 * @param epochs {@code epochs}, default 4: passes over each batch
 * @param minibatchSize {@code minibatch-size}, default 64
 * @param targetKl {@code target-kl}, default 0.01; 0 = off: stop the update (SB3 style, checked per
 *     minibatch before its step) when {@code mean((r - 1) - log r) > 1.5 * target-kl}
 * @param batchSize {@code batch-size}, default 64: transitions per {@code train} call (the rollout length)
 * @param normalizeAdvantages {@code normalize-advantages}, default true: per minibatch, to mean 0 and std 1
 * @param baseline {@code baseline}, default {@code critic}: what the advantage is measured against. {@code critic}:
 *     GAE with the critic's values ({@code r - V(s)} for one-step episodes); {@code none}: no baseline, the
 *     advantage is the experience's return ({@code r} itself for one-step episodes; the critic is still
 *     trained and reported). Without a baseline, a reward's sign counts: with one-step rewards that are
 *     positive for a right choice and negative for a wrong one (tool routing), a wrong choice is pushed down
 *     even where the critic has learned to expect it, which a critic baseline would cancel
 * @param decoupled {@code decoupled}, default false: the decoupled objective of Hilton, Cobbe and Schulman (2022,
 *     "Batch size-invariance for policy optimization"): the ratio is clipped around the <em>proximal</em> policy
 *     (the network as it is when the {@code train} call starts) instead of the policy that logged the
 *     experience, and each row's surrogate is weighted by {@code pi_prox(a|s) / mu(a|s)} (truncated at
 *     {@code max-behaviour-weight}). Every update may then move the policy by the clip range again, also on
 *     experiences logged several updates ago; with false (plain PPO) an old experience whose probability has
 *     already moved past the clip range contributes nothing
 * @param maxBehaviourWeight {@code max-behaviour-weight}, default 1, &gt; 0: truncation of the importance weight
 *     {@code pi_prox / mu} of the decoupled objective (V-trace style: 1 never up-weights an experience)
 * @param adamEpsilon {@code adam-epsilon}, default 1e-5
 * @param seed {@code seed}, default the run's seed: minibatch shuffling
 */
public record PpoTrainerConfig(double learningRate, long totalUpdates, boolean annealClipRange, double clipRange,
        double clipRangeValue, double gamma, double gaeLambda, double valueCoef, double entropyCoef,
        double maxGradNorm, int epochs, int minibatchSize, double targetKl, int batchSize, boolean normalizeAdvantages,
        Baseline baseline, boolean decoupled, double maxBehaviourWeight, double adamEpsilon, long seed) {
    /** What advantages are measured against (key {@code baseline}). */
    public enum Baseline {
        /** The critic's value: GAE advantages. */
        CRITIC,
        /** Nothing: the advantage is the return. */
        NONE;

        /** The configuration value: {@code critic} or {@code none}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PpoTrainerConfig {
        requireNonNull(baseline, "baseline is null");
        check(learningRate > 0 && learningRate <= 1, "learning rate", learningRate, "(0, 1]");
        check(totalUpdates >= 0, "total updates", totalUpdates, ">= 0");
        check(clipRange > 0 && clipRange <= 1, "clip range", clipRange, "(0, 1]");
        check(clipRangeValue >= 0 && Double.isFinite(clipRangeValue), "value clip range", clipRangeValue, ">= 0");
        check(gamma >= 0 && gamma <= 1, "gamma", gamma, "[0, 1]");
        check(gaeLambda >= 0 && gaeLambda <= 1, "GAE lambda", gaeLambda, "[0, 1]");
        check(valueCoef >= 0 && Double.isFinite(valueCoef), "value coefficient", valueCoef, ">= 0");
        check(entropyCoef >= 0 && Double.isFinite(entropyCoef), "entropy coefficient", entropyCoef, ">= 0");
        check(maxGradNorm >= 0 && Double.isFinite(maxGradNorm), "max gradient norm", maxGradNorm, ">= 0");
        check(epochs >= 1, "epochs", epochs, ">= 1");
        check(minibatchSize >= 1, "minibatch size", minibatchSize, ">= 1");
        check(targetKl >= 0 && Double.isFinite(targetKl), "target KL", targetKl, ">= 0");
        check(batchSize >= 1, "batch size", batchSize, ">= 1");
        check(maxBehaviourWeight > 0 && Double.isFinite(maxBehaviourWeight), "max behaviour weight",
                maxBehaviourWeight, "(0, +inf)");
        check(adamEpsilon > 0 && adamEpsilon <= 1, "Adam epsilon", adamEpsilon, "(0, 1]");
    }

    private static void check(boolean ok, String what, Object value, String range) {
        if (!ok) {
            throw new IllegalArgumentException("ppo " + what + " must be in " + range + ", was [" + value + "]");
        }
    }

    public static PpoTrainerConfig defaults(long seed) {
        return new PpoTrainerConfig(3e-4, 0, false, 0.2, 0, 0.99, 0.95, 0.5, 0.01, 0.5, 4, 64, 0.01, 64, true, Baseline.CRITIC, false, 1.0,
                1e-5, seed);
    }

    /**
     * Reads the settings; unset keys take the defaults.
     *
     * @throws io.hololoom.api.HololoomException (CONFIGURATION) naming the key for a bad value
     */
    public static PpoTrainerConfig from(PluginConfig c, long runSeed) {
        requireNonNull(c, "config is null");
        PpoTrainerConfig d = defaults(runSeed);
        return new PpoTrainerConfig(c.decimal("learning-rate", d.learningRate, 1e-12, 1),
                c.longValue("total-updates", d.totalUpdates, 0, Long.MAX_VALUE),
                c.bool("anneal-clip-range", d.annealClipRange),
                c.decimal("clip-range", d.clipRange, 1e-6, 1),
                c.decimal("clip-range-value", d.clipRangeValue, 0, 1e6),
                c.decimal("gamma", d.gamma, 0, 1),
                c.decimal("gae-lambda", d.gaeLambda, 0, 1),
                c.decimal("value-coef", d.valueCoef, 0, 1e6),
                c.decimal("entropy-coef", d.entropyCoef, 0, 1e6),
                c.decimal("max-grad-norm", d.maxGradNorm, 0, 1e6),
                c.integer("epochs", d.epochs, 1, 10_000),
                c.integer("minibatch-size", d.minibatchSize, 1, 1 << 24),
                c.decimal("target-kl", d.targetKl, 0, 1e6),
                c.integer("batch-size", d.batchSize, 1, 1 << 24),
                c.bool("normalize-advantages", d.normalizeAdvantages),
                Baseline.valueOf(c.choice("baseline", d.baseline.key(), "critic", "none").toUpperCase(
                        java.util.Locale.ROOT)),
                c.bool("decoupled", d.decoupled),
                c.decimal("max-behaviour-weight", d.maxBehaviourWeight, 1e-6, 1e6),
                c.decimal("adam-epsilon", d.adamEpsilon, 1e-12, 1),
                c.longValue("seed", runSeed, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    /** All settings under their configuration keys (provenance for checkpoints). */
    public Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("learning-rate", Double.toString(learningRate));
        p.put("total-updates", Long.toString(totalUpdates));
        p.put("anneal-clip-range", Boolean.toString(annealClipRange));
        p.put("clip-range", Double.toString(clipRange));
        p.put("clip-range-value", Double.toString(clipRangeValue));
        p.put("gamma", Double.toString(gamma));
        p.put("gae-lambda", Double.toString(gaeLambda));
        p.put("value-coef", Double.toString(valueCoef));
        p.put("entropy-coef", Double.toString(entropyCoef));
        p.put("max-grad-norm", Double.toString(maxGradNorm));
        p.put("epochs", Integer.toString(epochs));
        p.put("minibatch-size", Integer.toString(minibatchSize));
        p.put("target-kl", Double.toString(targetKl));
        p.put("batch-size", Integer.toString(batchSize));
        p.put("normalize-advantages", Boolean.toString(normalizeAdvantages));
        p.put("baseline", baseline.key());
        p.put("decoupled", Boolean.toString(decoupled));
        p.put("max-behaviour-weight", Double.toString(maxBehaviourWeight));
        p.put("adam-epsilon", Double.toString(adamEpsilon));
        p.put("seed", Long.toString(seed));
        return p;
    }

    /** The learning rate for the {@code trainCall}-th call (0-based), after annealing. */
    public double learningRate(long trainCall) {
        return learningRate * progressRemaining(trainCall);
    }

    /** The clip range for the {@code trainCall}-th call (0-based), after annealing if enabled. */
    public double clipRange(long trainCall) {
        return annealClipRange ? clipRange * progressRemaining(trainCall) : clipRange;
    }

    private double progressRemaining(long trainCall) {
        return totalUpdates == 0 ? 1.0 : Math.max(0.0, 1.0 - (double) trainCall / totalUpdates);
    }
}
