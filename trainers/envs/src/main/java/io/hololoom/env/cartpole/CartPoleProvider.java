package io.hololoom.env.cartpole;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.env.Environment;
import io.hololoom.api.plugin.EnvironmentProvider;
import io.hololoom.api.plugin.PluginContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Provides {@code cartpole} (CartPole-v1). Setting: {@code hololoom.environment.cartpole.max-episode-steps}
 * (default 500, in [1, 100000]).
 */
public final class CartPoleProvider implements EnvironmentProvider {
    public static final String NAME = "cartpole";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Environment create(PluginContext context) {
        requireNonNull(context, "context is null");
        return new CartPole(context.config().integer("max-episode-steps", CartPole.MAX_EPISODE_STEPS, 1, 100_000));
    }

    @Override
    public String description() {
        return "CartPole-v1 with Gymnasium's exact dynamics (500-step time limit)";
    }

    /**
     * Settings that train CartPole well, as full configuration keys: the neural policy's sizes (so its network is
     * built at start) and its fastest backend for this size, PPO tuned after the SB3 zoo's CartPole-v1 values
     * (single environment, rollout 256), and A2C values. Apply them as defaults under the user's own settings.
     */
    public static Map<String, String> recommendedSettings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("hololoom.policy.neural.backend", "java");
        s.put("hololoom.policy.neural.hidden-sizes", "64,64");
        s.put("hololoom.policy.neural.observation-size", "4");
        s.put("hololoom.policy.neural.action-count", "2");
        s.put("hololoom.trainer.ppo.batch-size", "256");
        s.put("hololoom.trainer.ppo.minibatch-size", "64");
        s.put("hololoom.trainer.ppo.epochs", "4");
        s.put("hololoom.trainer.ppo.learning-rate", "1e-3");
        s.put("hololoom.trainer.ppo.total-updates", "400");
        s.put("hololoom.trainer.ppo.anneal-clip-range", "true");
        s.put("hololoom.trainer.ppo.gamma", "0.98");
        s.put("hololoom.trainer.ppo.gae-lambda", "0.8");
        s.put("hololoom.trainer.ppo.entropy-coef", "0.0");
        s.put("hololoom.trainer.ppo.target-kl", "0");
        // the program's routing defaults differ here; CartPole wants plain PPO with a critic baseline
        s.put("hololoom.trainer.ppo.baseline", "critic");
        s.put("hololoom.trainer.ppo.normalize-advantages", "true");
        s.put("hololoom.trainer.ppo.decoupled", "false");
        s.put("hololoom.trainer.a2c.batch-size", "32");
        s.put("hololoom.trainer.a2c.learning-rate", "1e-3");
        s.put("hololoom.trainer.a2c.gae-lambda", "0.95");
        s.put("hololoom.trainer.a2c.normalize-advantages", "true");
        return s;
    }
}
