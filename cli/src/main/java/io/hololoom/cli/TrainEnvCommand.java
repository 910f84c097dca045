package io.hololoom.cli;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.Policy;
import io.hololoom.api.env.Environment;
import io.hololoom.api.learn.TrainablePolicy;
import io.hololoom.api.learn.Trainer;
import io.hololoom.core.Hololoom;
import io.hololoom.core.plugin.Family;
import io.hololoom.env.cartpole.CartPoleProvider;
import io.hololoom.env.loop.EnvironmentTrainer;
import io.hololoom.env.loop.TrainingOptions;
import io.hololoom.env.loop.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hololoom train-env cartpole --trainer ppo --seed S}: verify a trainer on a control task. */
@Command(name = "train-env", description = "Train a neural policy on an environment (e.g. cartpole) with a trainer.")
final class TrainEnvCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ENV", description = "Environment name, e.g. cartpole.")
    String name;

    @Option(names = "--trainer", paramLabel = "NAME", defaultValue = "ppo", description = "Trainer (default ppo).")
    String trainerName;

    @Option(names = "--policy", paramLabel = "NAME", defaultValue = "neural", description = "Trainable policy (neural).")
    String policyName;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default 1).")
    long seed;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "200000", description = "Step budget (200000).")
    long maxSteps;

    @Option(names = "--checkpoint-dir", paramLabel = "DIR", description = "Write checkpoints here (every 10 updates).")
    Path checkpointDir;

    @Option(names = "--resume", description = "Continue exactly from the checkpoint in --checkpoint-dir.")
    boolean resume;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("--max-steps must be at least 1, was [" + maxSteps + "]");
        }
        if (resume && checkpointDir == null) {
            throw new HololoomException(Category.INPUT, "--resume needs --checkpoint-dir DIR (where the run was saved)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> settings = new LinkedHashMap<>();
        if (name.equals("cartpole")) {
            settings.putAll(CartPoleProvider.recommendedSettings());
        }
        settings.put("hololoom.seed", Long.toString(seed));
        settings.putAll(global.flags());
        try (Hololoom h = Hololoom.open(io.hololoom.core.config.HololoomConfig.load(global.home(), settings,
                System.getenv()))) {
            Environment env = h.create(Family.ENVIRONMENT, name);
            Policy policy = h.create(Family.POLICY, policyName);
            if (!(policy instanceof TrainablePolicy trainable)) {
                throw new HololoomException(Category.CONFIGURATION, "Policy [" + policyName + "] cannot be trained by"
                        + " gradient; use a trainable policy such as neural");
            }
            Trainer trainer = h.create(Family.TRAINER, trainerName);
            TrainingOptions options = TrainingOptions.defaults(seed).withMaxSteps(maxSteps);
            if (checkpointDir != null) {
                options = options.withCheckpoints(checkpointDir, TrainingOptions.DEFAULT_CHECKPOINT_EVERY, resume);
            }
            EnvironmentTrainer loop = new EnvironmentTrainer(env, trainable, trainer, options);
            TrainingResult result;
            try (ProgressBar bar = noProgress ? null : new ProgressBarBuilder().setTaskName(name + " " + trainerName)
                    .setInitialMax(maxSteps).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
                result = loop.run(p -> {
                    if (bar != null) {
                        bar.stepTo(p.steps());
                        bar.setExtraMessage(String.format(Locale.ROOT, "episodes %d, mean return %.1f", p.episodes(),
                                p.meanReturn()));
                    }
                });
            }
            out.println(result.toJson());
            return 0;
        }
    }
}
