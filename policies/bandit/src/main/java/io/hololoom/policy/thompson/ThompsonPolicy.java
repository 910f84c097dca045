package io.hololoom.policy.thompson;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.policy.bandit.BanditRandom;
import io.hololoom.policy.bandit.BanditState;
import io.hololoom.policy.bandit.Bandits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Context-free Thompson sampling with a Beta posterior per tool name.
 *
 * <p>A reward {@code r} in [-1, 1] counts as a fractional success {@code s = (r+1)/2}: the tool's posterior
 * becomes {@code Beta(priorAlpha + Σs, priorBeta + Σ(1-s))}. The observation vector is ignored.
 *
 * <p>Each decision draws {@code samples} joint samples of all posteriors (Commons Math
 * {@link BetaDistribution} on the policy's seeded generator) and reports as probabilities a Monte Carlo
 * estimate of P(tool is best), which is exactly the probability with which Thompson sampling picks it:
 * {@code (wins + 0.5) / (samples + 0.5·A)} (the Jeffreys estimate, so that no logged propensity is ever
 * zero, not even for a GREEDY choice). In {@link Mode#EXPLORE} the action is the winner of the first draw
 * (classic Thompson sampling); in {@link Mode#GREEDY} it is the highest posterior mean (lowest index on
 * ties). Strategy names:
 * {@code thompson} and {@code greedy}. The value is {@code Σ p·(2·mean - 1)}, back on the reward scale.
 *
 * <p><b>State</b> (inside the {@link BanditState} envelope, kind {@code thompson}): {@code long} random
 * state, {@code long} version, {@code int} tool count, then per tool {@code UTF} name, {@code long} updates,
 * {@code double} Σs, {@code double} Σ(1-s). Priors are settings, not state, so changing them applies to
 * loaded statistics too.
 *
 * <p><b>Thread safety:</b> all methods synchronise on the policy.
 */
public final class ThompsonPolicy implements Policy {
    public static final String NAME = "thompson";
    static final int MAX_TOOLS = 100_000;
    /** Jeffreys pseudo-count added to each tool's wins, so no estimated probability is exactly zero. */
    static final double SMOOTHING = 0.5;

    private final ThompsonPolicyConfig config;
    private final BanditRandom random;
    private Map<String, Arm> arms = new LinkedHashMap<>();
    private volatile long version;

    /** Learned statistics of one tool. */
    private static final class Arm {
        long updates;
        double successes;
        double failures;
    }

    public ThompsonPolicy(ThompsonPolicyConfig config, long seed) {
        this.config = requireNonNull(config, "config is null");
        this.random = new BanditRandom(seed);
    }

    public ThompsonPolicyConfig config() {
        return config;
    }

    @Override
    public synchronized Decision decide(Observation observation, Mode mode) {
        requireNonNull(observation, "observation is null");
        requireNonNull(mode, "mode is null");
        List<String> tools = observation.actions();
        int n = tools.size();
        BetaDistribution[] posteriors = new BetaDistribution[n];
        double[] means = new double[n];
        for (int i = 0; i < n; i++) {
            Arm arm = arms.get(tools.get(i));
            double a = config.priorAlpha() + (arm == null ? 0 : arm.successes);
            double b = config.priorBeta() + (arm == null ? 0 : arm.failures);
            posteriors[i] = new BetaDistribution(random, a, b);
            means[i] = a / (a + b);
        }
        int[] wins = new int[n];
        int firstWinner = -1;
        double[] draw = new double[n];
        for (int m = 0; m < config.samples(); m++) {
            for (int i = 0; i < n; i++) {
                draw[i] = posteriors[i].sample();
            }
            int winner = Bandits.argmax(draw);
            wins[winner]++;
            if (firstWinner < 0) {
                firstWinner = winner;
            }
        }
        double[] p = new double[n];
        double value = 0;
        double total = config.samples() + SMOOTHING * n;
        for (int i = 0; i < n; i++) {
            p[i] = (wins[i] + SMOOTHING) / total;
            value += p[i] * (2 * means[i] - 1);
        }
        int action = mode == Mode.GREEDY ? Bandits.argmax(means) : firstWinner;
        return new Decision(action, tools.get(action), p, value, mode == Mode.GREEDY ? "greedy" : NAME);
    }

    @Override
    public synchronized void update(Observation observation, int action, double reward) {
        String tool = Bandits.tool(NAME, observation, action);
        Bandits.checkReward(NAME, reward);
        double success = (reward + 1) / 2;
        Arm arm = arms.computeIfAbsent(tool, t -> new Arm());
        arm.updates++;
        arm.successes += success;
        arm.failures += 1 - success;
        version++;
    }

    @Override
    public long version() {
        return version;
    }

    /** The posterior mean success probability of {@code tool} (the prior mean if it was never updated). */
    public synchronized double posteriorMean(String tool) {
        Arm arm = arms.get(tool);
        double a = config.priorAlpha() + (arm == null ? 0 : arm.successes);
        double b = config.priorBeta() + (arm == null ? 0 : arm.failures);
        return a / (a + b);
    }

    @Override
    public synchronized void writeState(OutputStream out) throws IOException {
        BanditState.write(out, NAME, data -> {
            data.writeLong(random.state());
            data.writeLong(version);
            data.writeInt(arms.size());
            for (Map.Entry<String, Arm> e : arms.entrySet()) {
                data.writeUTF(e.getKey());
                data.writeLong(e.getValue().updates);
                data.writeDouble(e.getValue().successes);
                data.writeDouble(e.getValue().failures);
            }
        });
    }

    @Override
    public synchronized void readState(InputStream in) throws IOException {
        BanditState.Reader r = BanditState.read(in, NAME);
        long randomState = r.readLong("random state");
        long savedVersion = r.readCount("version");
        int count = r.readInt("tool count", 0, MAX_TOOLS);
        Map<String, Arm> loaded = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String tool = r.readName("tool name " + i);
            Arm arm = new Arm();
            arm.updates = r.readCount("updates of [" + tool + "]");
            arm.successes = r.readFinite("successes of [" + tool + "]");
            arm.failures = r.readFinite("failures of [" + tool + "]");
            if (arm.successes < 0 || arm.failures < 0) {
                throw r.corrupt("negative success or failure count of [" + tool + "]");
            }
            if (loaded.put(tool, arm) != null) {
                throw r.corrupt("duplicate tool [" + tool + "]");
            }
        }
        r.finish();
        arms = loaded;
        random.restore(randomState);
        version = Math.max(version + 1, savedVersion);
    }
}
