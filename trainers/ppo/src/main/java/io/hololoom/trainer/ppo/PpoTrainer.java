package io.hololoom.trainer.ppo;

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
 * Proximal policy optimisation (clipped surrogate) over any {@link ActorCriticNetwork}.
 *
 * <p>Per {@code train} call: values (recomputed when the batch has none), GAE with time-limit bootstrapping,
 * then {@code epochs} passes over seeded random minibatches; per minibatch: advantage normalisation, the
 * clipped surrogate + value loss − entropy bonus, approximate-KL early stop (before the step, SB3 style),
 * the closed-form gradient through {@link ActorCriticNetwork#backward}, global gradient-norm clipping and an
 * Adam step with the (optionally annealed) learning rate.
 *
 * <p>Metrics: {@code policy_loss, value_loss, entropy, approx_kl, clip_fraction} (means over the minibatches
 * evaluated), {@code explained_variance} (of the batch's values for its returns, NaN if the returns do not
 * vary), {@code grad_norm} (mean before clipping), {@code learning_rate, clip_range, early_stopped} (0 or 1),
 * {@code behaviour_weight} (1 unless decoupled).
 * Not thread-safe; checkpoints restore it exactly.
 */
public final class PpoTrainer extends GradientTrainer {
    public static final String NAME = "ppo";
    /** Rows per forward pass when computing the proximal policy's probabilities. */
    private static final int CHUNK = 1024;

    private final PpoTrainerConfig config;

    public PpoTrainer(PpoTrainerConfig config) {
        super(requireNonNull(config, "config is null").seed(), config.adamEpsilon());
        this.config = config;
    }

    public PpoTrainerConfig config() {
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
        double learningRate = config.learningRate(trainCall);
        double clipRange = config.clipRange(trainCall);
        int n = rollout.size();
        double[] baseAdvantages = config.baseline() == PpoTrainerConfig.Baseline.NONE ? rollout.returns()
                : rollout.advantages();
        double[] anchorLogP = rollout.oldLogProbabilities();
        double[] behaviourWeights = null;
        double meanWeight = 1;
        if (config.decoupled()) {
            anchorLogP = proximalLogProbabilities(network, rollout);
            behaviourWeights = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                behaviourWeights[i] = Math.min(config.maxBehaviourWeight(),
                        Math.exp(anchorLogP[i] - rollout.oldLogProbabilities()[i]));
                sum += behaviourWeights[i];
            }
            meanWeight = n == 0 ? 1 : sum / n;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double policyLoss = 0;
        double valueLoss = 0;
        double entropy = 0;
        double approxKl = 0;
        double clipFraction = 0;
        double gradNorm = 0;
        int evaluated = 0;
        int steps = 0;
        boolean stopped = false;
        for (int epoch = 0; epoch < config.epochs() && !stopped; epoch++) {
            random().shuffle(order);
            for (int start = 0; start < n; start += config.minibatchSize()) {
                int m = Math.min(config.minibatchSize(), n - start);
                float[][] observations = new float[m][];
                int[] actions = new int[m];
                double[] oldLogP = new double[m];
                double[] weights = behaviourWeights == null ? null : new double[m];
                double[] advantages = new double[m];
                double[] returns = new double[m];
                double[] oldValues = new double[m];
                for (int k = 0; k < m; k++) {
                    int row = order[start + k];
                    observations[k] = rollout.observations()[row];
                    actions[k] = rollout.actions()[row];
                    oldLogP[k] = anchorLogP[row];
                    if (weights != null) {
                        weights[k] = behaviourWeights[row];
                    }
                    advantages[k] = baseAdvantages[row];
                    returns[k] = rollout.returns()[row];
                    oldValues[k] = rollout.values()[row];
                }
                if (config.normalizeAdvantages()) {
                    advantages = PpoLoss.normalise(advantages);
                }
                ForwardPass pass = network.forward(observations);
                PpoLoss.Result loss = PpoLoss.evaluate(pass.logits(), pass.values(), actions, oldLogP, weights,
                        advantages, returns, oldValues, clipRange, config.clipRangeValue(), config.valueCoef(),
                        config.entropyCoef());
                evaluated++;
                policyLoss += loss.policyLoss();
                valueLoss += loss.valueLoss();
                entropy += loss.entropy();
                approxKl += loss.approxKl();
                clipFraction += loss.clipFraction();
                if (config.targetKl() > 0 && loss.approxKl() > 1.5 * config.targetKl()) {
                    stopped = true;
                    break;
                }
                float[] gradient = network.backward(pass, loss.dLogits(), loss.dValues());
                gradNorm += config.maxGradNorm() > 0 ? PolicyMath.clipGradientNorm(gradient, config.maxGradNorm())
                        : PolicyMath.clipGradientNorm(gradient, Double.POSITIVE_INFINITY);
                step(network, gradient, learningRate);
                steps++;
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("policy_loss", policyLoss / evaluated);
        metrics.put("value_loss", valueLoss / evaluated);
        metrics.put("entropy", entropy / evaluated);
        metrics.put("approx_kl", approxKl / evaluated);
        metrics.put("clip_fraction", clipFraction / evaluated);
        metrics.put("explained_variance", PolicyMath.explainedVariance(rollout.values(), rollout.returns()));
        metrics.put("grad_norm", steps == 0 ? 0.0 : gradNorm / steps);
        metrics.put("learning_rate", learningRate);
        metrics.put("clip_range", clipRange);
        metrics.put("early_stopped", stopped ? 1.0 : 0.0);
        metrics.put("behaviour_weight", meanWeight);
        return new TrainingReport(steps, metrics);
    }

    /** log pi_prox(a|s) of every row: the network's probabilities before this call's first step. */
    private static double[] proximalLogProbabilities(ActorCriticNetwork network, Rollout rollout) {
        int n = rollout.size();
        double[] out = new double[n];
        for (int start = 0; start < n; start += CHUNK) {
            int m = Math.min(CHUNK, n - start);
            float[][] rows = Arrays.copyOfRange(rollout.observations(), start, start + m);
            ForwardPass pass = network.forward(rows);
            for (int k = 0; k < m; k++) {
                out[start + k] = PolicyMath.logSoftmax(pass.logits()[k])[rollout.actions()[start + k]];
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "PpoTrainer" + config.toProperties();
    }
}
