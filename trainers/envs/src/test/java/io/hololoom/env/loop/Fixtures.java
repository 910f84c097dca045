package io.hololoom.env.loop;

import io.hololoom.env.cartpole.CartPoleProvider;
import io.hololoom.policy.neural.NeuralPolicy;
import io.hololoom.policy.neural.NeuralPolicyConfig;
import io.hololoom.trainer.ppo.PpoTrainer;
import io.hololoom.trainer.ppo.PpoTrainerConfig;
import java.util.Map;

/** The real policy and trainer built from the CartPole recommended settings plus overrides. */
final class Fixtures {
    private Fixtures() {
    }

    static NeuralPolicy policy(long seed, String... overrides) {
        return new NeuralPolicy(NeuralPolicyConfig.from(MapPluginConfig.of("hololoom.policy.neural.",
                CartPoleProvider.recommendedSettings(), overrides), seed));
    }

    static PpoTrainer ppo(long seed, String... overrides) {
        return new PpoTrainer(PpoTrainerConfig.from(MapPluginConfig.of("hololoom.trainer.ppo.",
                CartPoleProvider.recommendedSettings(), overrides), seed));
    }

    static Map<String, String> settings() {
        return CartPoleProvider.recommendedSettings();
    }
}
