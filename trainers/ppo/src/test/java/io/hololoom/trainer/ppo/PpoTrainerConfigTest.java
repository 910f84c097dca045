package io.hololoom.trainer.ppo;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.testkit.MapPluginConfig;
import io.hololoom.trainer.a2c.A2cTrainerConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PpoTrainerConfigTest {
    private static final String PREFIX = "hololoom.trainer.ppo.";

    @Test
    void defaultsAreTheOriginalSettings() {
        PpoTrainerConfig c = PpoTrainerConfig.from(MapPluginConfig.empty("trainer", "ppo"), 7);
        assertThat(c).isEqualTo(PpoTrainerConfig.defaults(7));
        assertThat(c.learningRate()).isEqualTo(3e-4);
        assertThat(c.clipRange()).isEqualTo(0.2);
        assertThat(c.gamma()).isEqualTo(0.99);
        assertThat(c.gaeLambda()).isEqualTo(0.95);
        assertThat(c.valueCoef()).isEqualTo(0.5);
        assertThat(c.entropyCoef()).isEqualTo(0.01);
        assertThat(c.maxGradNorm()).isEqualTo(0.5);
        assertThat(c.epochs()).isEqualTo(4);
        assertThat(c.minibatchSize()).isEqualTo(64);
        assertThat(c.targetKl()).isEqualTo(0.01);
        assertThat(c.adamEpsilon()).isEqualTo(1e-5);
        assertThat(c.seed()).isEqualTo(7);
    }

    @Test
    void everythingCanBeOverridden() {
        PpoTrainerConfig c = PpoTrainerConfig.from(MapPluginConfig.of("trainer", "ppo", Map.ofEntries(
                entry("learning-rate", "1e-3"), entry("total-updates", "100"), entry("anneal-clip-range", "true"),
                entry("clip-range", "0.3"), entry("clip-range-value", "0.2"), entry("gamma", "0.98"),
                entry("gae-lambda", "0.8"), entry("value-coef", "1"), entry("entropy-coef", "0"),
                entry("max-grad-norm", "1"), entry("epochs", "20"), entry("minibatch-size", "256"),
                entry("target-kl", "0"), entry("batch-size", "256"), entry("normalize-advantages", "false"),
                entry("baseline", "none"), entry("decoupled", "true"), entry("max-behaviour-weight", "2"), entry("adam-epsilon", "1e-8"), entry("seed", "3"))), 7);
        assertThat(c).isEqualTo(new PpoTrainerConfig(1e-3, 100, true, 0.3, 0.2, 0.98, 0.8, 1, 0, 1, 20, 256, 0, 256,
                false, PpoTrainerConfig.Baseline.NONE, true, 2, 1e-8, 3));
        assertThat(PpoTrainerConfig.from(MapPluginConfig.of("trainer", "ppo", c.toProperties()), 0))
                .as("provenance rebuilds the configuration").isEqualTo(c);
    }

    @Test
    void badValuesAreConfigurationErrorsNamingTheKey() {
        for (String[] bad : new String[][] {{"learning-rate", "0"}, {"gamma", "1.5"}, {"epochs", "0"},
                {"minibatch-size", "x"}, {"anneal-clip-range", "yes"}, {"target-kl", "-1"}, {"baseline", "mean"},
                {"decoupled", "maybe"}, {"max-behaviour-weight", "0"}}) {
            assertThatThrownBy(() -> PpoTrainerConfig.from(MapPluginConfig.of("trainer", "ppo",
                    Map.of(bad[0], bad[1])), 1))
                    .isInstanceOfSatisfying(HololoomException.class,
                            e -> assertThat(e.category()).isEqualTo(HololoomException.Category.CONFIGURATION))
                    .hasMessageContaining(PREFIX + bad[0]);
        }
        assertThatThrownBy(() -> A2cTrainerConfig.from(MapPluginConfig.of("trainer", "a2c", Map.of("batch-size",
                "0")), 1)).isInstanceOf(HololoomException.class)
                .hasMessageContaining("hololoom.trainer.a2c.batch-size");
    }

    @Test
    void a2cDefaultsAndOverrides() {
        assertThat(A2cTrainerConfig.from(MapPluginConfig.empty("trainer", "a2c"), 4))
                .isEqualTo(A2cTrainerConfig.defaults(4));
        assertThat(A2cTrainerConfig.from(MapPluginConfig.of("trainer", "a2c", Map.of("learning-rate", "0.01",
                "batch-size", "5")), 4).batchSize()).isEqualTo(5);
    }
}
