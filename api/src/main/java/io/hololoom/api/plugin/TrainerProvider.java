package io.hololoom.api.plugin;

import io.hololoom.api.learn.Trainer;

/** Provides a {@link Trainer}; family {@code trainer}, chosen by {@code hololoom.trainer}. */
public interface TrainerProvider extends PluginProvider<Trainer> {
}
