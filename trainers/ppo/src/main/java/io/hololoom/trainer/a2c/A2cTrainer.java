package io.hololoom.trainer.a2c;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.learn.ActorCriticNetwork;
import io.hololoom.api.learn.ExperienceBatch;
import io.hololoom.api.learn.ForwardPass;
import io.hololoom.api.learn.TrainingReport;
import io.hololoom.trainer.common.GradientTrainer;
import io.hololoom.trainer.common.PolicyMath;
import io.hololoom.trainer.common.Rollout;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Advantage actor-critic: one gradient step per batch on
 * {@code -mean(log pi(a|s) A) + c_v mean((V - R)^2) - c_h mean(H)} with GAE advantages (λ = 1 gives n-step
 * returns) and Adam. It exists beside {@code ppo} to show trainers swap by name over the same network contract.
 *
 * <p>Metrics: {@code policy_loss, value_loss, entropy, explained_variance, grad_norm, learning_rate}.
 * Not thread-safe; checkpoints restore it exactly.
 */
public final class A2cTrainer extends GradientTrainer {
    public static final String NAME = "a2c";

    private final A2cTrainerConfig config;

    public A2cTrainer(A2cTrainerConfig config) {
        super(requireNonNull(config, "config is null").seed(), config.adamEpsilon());
        this.config = config;
    }

    public A2cTrainerConfig config() {
        return config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> configuration() {
        return config.toProperties();
    }

    @Override
    public int batchSize() {
        return config.batchSize();
    }

    @Override
    protected TrainingReport update(ActorCriticNetwork network, ExperienceBatch batch, long trainCall) {
        Rollout rollout = Rollout.prepare(network, batch, config.gamma(), config.gaeLambda());
        int n = rollout.size();
        double[] advantages = rollout.advantages();
        if (config.normalizeAdvantages() && n > 1) {
            double mean = PolicyMath.mean(advantages);
            double std = Math.sqrt(PolicyMath.variance(advantages) * n / (n - 1));
            advantages = Arrays.stream(advantages).map(a -> (a - mean) / (std + 1e-8)).toArray();
        }
        ForwardPass pass = network.forward(rollout.observations());
        float[][] dLogits = new float[n][network.shape().actionCount()];
        float[] dValues = new float[n];
        double policyLoss = 0;
        double valueLoss = 0;
        double entropy = 0;
        for (int i = 0; i < n; i++) {
            double[] logP = PolicyMath.logSoftmax(pass.logits()[i]);
            double[] p = PolicyMath.exp(logP);
            int action = rollout.actions()[i];
            policyLoss -= logP[action] * advantages[i];
            PolicyMath.addLogProbabilityGradient(dLogits[i], p, action, -advantages[i] / n);
            double h = PolicyMath.entropy(p, logP);
            entropy += h;
            PolicyMath.addEntropyGradient(dLogits[i], p, logP, h, -config.entropyCoef() / n);
            double error = pass.values()[i] - rollout.returns()[i];
            valueLoss += error * error;
            dValues[i] = (float) (config.valueCoef() * 2 * error / n);
        }
        float[] gradient = network.backward(pass, dLogits, dValues);
        double norm = PolicyMath.clipGradientNorm(gradient,
                config.maxGradNorm() > 0 ? config.maxGradNorm() : Double.POSITIVE_INFINITY);
        double learningRate = config.learningRate(trainCall);
        step(network, gradient, learningRate);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("policy_loss", policyLoss / n);
        metrics.put("value_loss", valueLoss / n);
        metrics.put("entropy", entropy / n);
        metrics.put("explained_variance", PolicyMath.explainedVariance(rollout.values(), rollout.returns()));
        metrics.put("grad_norm", norm);
        metrics.put("learning_rate", learningRate);
        return new TrainingReport(1, metrics);
    }
}
