package io.hololoom.trainer.ppo;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.learn.Trainer;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.TrainerProvider;

/** Provides the {@code ppo} trainer; settings in {@link PpoTrainerConfig}. */
public final class PpoTrainerProvider implements TrainerProvider {
    @Override
    public String name() {
        return PpoTrainer.NAME;
    }

    @Override
    public Trainer create(PluginContext context) {
        requireNonNull(context, "context is null");
        return new PpoTrainer(PpoTrainerConfig.from(context.config(), context.seed()));
    }

    @Override
    public String description() {
        return "PPO: clipped surrogate, GAE, value loss, entropy bonus, KL early stop, Adam, exact checkpoints";
    }
}
