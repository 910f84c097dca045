package io.hololoom.trainer.a2c;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.learn.Trainer;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.TrainerProvider;

/** Provides the {@code a2c} trainer; settings in {@link A2cTrainerConfig}. */
public final class A2cTrainerProvider implements TrainerProvider {
    @Override
    public String name() {
        return A2cTrainer.NAME;
    }

    @Override
    public Trainer create(PluginContext context) {
        requireNonNull(context, "context is null");
        return new A2cTrainer(A2cTrainerConfig.from(context.config(), context.seed()));
    }

    @Override
    public String description() {
        return "Advantage actor-critic: one Adam step per batch on GAE advantages";
    }
}
