package io.hololoom.trainer.a2c;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of the {@code a2c} trainer (keys under {@code hololoom.trainer.a2c.}).
 *
 * @param learningRate {@code learning-rate}, default 7e-4, in (0, 1]
 * @param totalUpdates {@code total-updates}, default 0 = constant learning rate; else linear decay to 0
 * @param gamma {@code gamma}, default 0.99
 * @param gaeLambda {@code gae-lambda}, default 1.0 (plain n-step returns)
 * @param valueCoef {@code value-coef}, default 0.5
 * @param entropyCoef {@code entropy-coef}, default 0.01
 * @param maxGradNorm {@code max-grad-norm}, default 0.5; 0 = no clipping
 * @param batchSize {@code batch-size}, default 16: transitions per update
 * @param normalizeAdvantages {@code normalize-advantages}, default false
 * @param adamEpsilon {@code adam-epsilon}, default 1e-5
 * @param seed {@code seed}, default the run's seed
 */
public record A2cTrainerConfig(double learningRate, long totalUpdates, double gamma, double gaeLambda,
        double valueCoef, double entropyCoef, double maxGradNorm, int batchSize, boolean normalizeAdvantages,
        double adamEpsilon, long seed) {
    public A2cTrainerConfig {
        check(learningRate > 0 && learningRate <= 1, "learning rate", learningRate);
        check(totalUpdates >= 0, "total updates", totalUpdates);
        check(gamma >= 0 && gamma <= 1, "gamma", gamma);
        check(gaeLambda >= 0 && gaeLambda <= 1, "GAE lambda", gaeLambda);
        check(valueCoef >= 0 && Double.isFinite(valueCoef), "value coefficient", valueCoef);
        check(entropyCoef >= 0 && Double.isFinite(entropyCoef), "entropy coefficient", entropyCoef);
        check(maxGradNorm >= 0 && Double.isFinite(maxGradNorm), "max gradient norm", maxGradNorm);
        check(batchSize >= 1, "batch size", batchSize);
        check(adamEpsilon > 0 && adamEpsilon <= 1, "Adam epsilon", adamEpsilon);
    }

    private static void check(boolean ok, String what, Object value) {
        if (!ok) {
            throw new IllegalArgumentException("a2c " + what + " is out of range: [" + value + "]");
        }
    }

    public static A2cTrainerConfig defaults(long seed) {
        return new A2cTrainerConfig(7e-4, 0, 0.99, 1.0, 0.5, 0.01, 0.5, 16, false, 1e-5, seed);
    }

    /**
     * Reads the settings; unset keys take the defaults.
     *
     * @throws io.hololoom.api.HololoomException (CONFIGURATION) naming the key for a bad value
     */
    public static A2cTrainerConfig from(PluginConfig c, long runSeed) {
        requireNonNull(c, "config is null");
        A2cTrainerConfig d = defaults(runSeed);
        return new A2cTrainerConfig(c.decimal("learning-rate", d.learningRate, 1e-12, 1),
                c.longValue("total-updates", d.totalUpdates, 0, Long.MAX_VALUE),
                c.decimal("gamma", d.gamma, 0, 1),
                c.decimal("gae-lambda", d.gaeLambda, 0, 1),
                c.decimal("value-coef", d.valueCoef, 0, 1e6),
                c.decimal("entropy-coef", d.entropyCoef, 0, 1e6),
                c.decimal("max-grad-norm", d.maxGradNorm, 0, 1e6),
                c.integer("batch-size", d.batchSize, 1, 1 << 24),
                c.bool("normalize-advantages", d.normalizeAdvantages),
                c.decimal("adam-epsilon", d.adamEpsilon, 1e-12, 1),
                c.longValue("seed", runSeed, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    /** All settings under their configuration keys (provenance for checkpoints). */
    public Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("learning-rate", Double.toString(learningRate));
        p.put("total-updates", Long.toString(totalUpdates));
        p.put("gamma", Double.toString(gamma));
        p.put("gae-lambda", Double.toString(gaeLambda));
        p.put("value-coef", Double.toString(valueCoef));
        p.put("entropy-coef", Double.toString(entropyCoef));
        p.put("max-grad-norm", Double.toString(maxGradNorm));
        p.put("batch-size", Integer.toString(batchSize));
        p.put("normalize-advantages", Boolean.toString(normalizeAdvantages));
        p.put("adam-epsilon", Double.toString(adamEpsilon));
        p.put("seed", Long.toString(seed));
        return p;
    }

    /** The learning rate for the {@code trainCall}-th call (0-based). */
    public double learningRate(long trainCall) {
        return totalUpdates == 0 ? learningRate
                : learningRate * Math.max(0.0, 1.0 - (double) trainCall / totalUpdates);
    }
}
