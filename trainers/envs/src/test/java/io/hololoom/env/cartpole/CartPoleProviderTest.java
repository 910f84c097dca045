package io.hololoom.env.cartpole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.env.Environment;
import io.hololoom.api.plugin.EnvironmentProvider;
import io.hololoom.api.plugin.PluginConfig;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PluginProvider;
import io.hololoom.env.loop.MapPluginConfig;
import io.hololoom.policy.neural.NeuralPolicyConfig;
import io.hololoom.trainer.a2c.A2cTrainerConfig;
import io.hololoom.trainer.ppo.PpoTrainerConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CartPoleProviderTest {
    private record Context(PluginConfig config) implements PluginContext {
        @Override
        public long seed() {
            return 1;
        }

        @Override
        public Path dataDirectory() {
            return Path.of("target");
        }

        @Override
        public <S> S service(Class<S> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T plugin(Class<? extends PluginProvider<T>> family, String name) {
            throw new UnsupportedOperationException();
        }
    }

    private static PluginConfig config(String... kv) {
        return MapPluginConfig.of("hololoom.environment.cartpole.", Map.of(), kv);
    }

    @Test
    void serviceLoaderFindsCartPoleByName() {
        EnvironmentProvider provider = ServiceLoader.load(EnvironmentProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("cartpole")).findFirst().orElseThrow();
        Environment env = provider.create(new Context(config()));
        assertThat(env).isInstanceOf(CartPole.class);
        assertThat(((CartPole) env).maxEpisodeSteps()).isEqualTo(500);
        assertThat(env.observationSize()).isEqualTo(4);
        assertThat(env.actionCount()).isEqualTo(2);
        assertThat(provider.description()).isNotBlank();
    }

    @Test
    void maxEpisodeStepsIsConfigurableAndValidated() {
        assertThat(((CartPole) new CartPoleProvider().create(new Context(config("max-episode-steps", "200"))))
                .maxEpisodeSteps()).isEqualTo(200);
        assertThatThrownBy(() -> new CartPoleProvider().create(new Context(config("max-episode-steps", "0"))))
                .isInstanceOfSatisfying(HololoomException.class,
                        e -> assertThat(e.category()).isEqualTo(HololoomException.Category.CONFIGURATION))
                .hasMessageContaining("hololoom.environment.cartpole.max-episode-steps");
    }

    @Test
    void recommendedSettingsAreValidForThePolicyAndBothTrainers() {
        Map<String, String> s = CartPoleProvider.recommendedSettings();
        NeuralPolicyConfig neural = NeuralPolicyConfig.from(MapPluginConfig.of("hololoom.policy.neural.", s), 1);
        assertThat(neural.observationSize()).isEqualTo(4);
        assertThat(neural.actionCount()).isEqualTo(2);
        assertThat(PpoTrainerConfig.from(MapPluginConfig.of("hololoom.trainer.ppo.", s), 1).batchSize())
                .isEqualTo(Integer.parseInt(s.get("hololoom.trainer.ppo.batch-size")));
        assertThat(A2cTrainerConfig.from(MapPluginConfig.of("hololoom.trainer.a2c.", s), 1).batchSize()).isEqualTo(32);
    }

    @Test
    void recommendedSettingsAskForPlainPpoWhateverTheProgramsRoutingDefaultsAre() {
        // the program's defaults tune PPO for one-step routing (no baseline, raw rewards, decoupled replay);
        // these settings go over them for train-env, so they must name plain PPO's values explicitly
        Map<String, String> routing = new java.util.HashMap<>(Map.of("hololoom.trainer.ppo.baseline", "none",
                "hololoom.trainer.ppo.normalize-advantages", "false", "hololoom.trainer.ppo.decoupled", "true"));
        routing.putAll(CartPoleProvider.recommendedSettings());
        PpoTrainerConfig c = PpoTrainerConfig.from(MapPluginConfig.of("hololoom.trainer.ppo.", routing), 1);
        assertThat(c.baseline()).isEqualTo(PpoTrainerConfig.Baseline.CRITIC);
        assertThat(c.normalizeAdvantages()).isTrue();
        assertThat(c.decoupled()).isFalse();
    }
}
