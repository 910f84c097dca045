package io.hololoom.trainer.ppo;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.learn.Trainer;
import io.hololoom.api.plugin.TrainerProvider;
import io.hololoom.trainer.a2c.A2cTrainer;
import io.hololoom.testkit.FakePluginContext;
import io.hololoom.testkit.MapPluginConfig;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrainerDiscoveryTest {
    @Test
    void serviceLoaderFindsBothTrainersAndTheNameSelects() {
        Map<String, TrainerProvider> providers = ServiceLoader.load(TrainerProvider.class).stream()
                .map(ServiceLoader.Provider::get).collect(Collectors.toMap(TrainerProvider::name, p -> p));
        assertThat(providers).containsKeys("ppo", "a2c");

        Trainer ppo = providers.get("ppo").create(FakePluginContext.of(MapPluginConfig.of("trainer", "ppo",
                Map.of("batch-size", "128")), 1));
        assertThat(ppo).isInstanceOf(PpoTrainer.class);
        assertThat(ppo.batchSize()).isEqualTo(128);
        Trainer a2c = providers.get("a2c").create(FakePluginContext.of(MapPluginConfig.empty("trainer", "a2c"), 1));
        assertThat(a2c).isInstanceOf(A2cTrainer.class);
        assertThat(providers.values()).allSatisfy(p -> assertThat(p.description()).isNotBlank());
    }
}
