package io.hololoom.benchmarks.learning;

import io.hololoom.api.learn.ActorCriticNetwork;
import io.hololoom.api.learn.ForwardPass;
import io.hololoom.policy.neural.ActorCriticNetworks;
import io.hololoom.policy.neural.Backend;
import io.hololoom.policy.neural.NetworkLayout;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One forward + backward pass of the neural policy's actor-critic network, per backend: what one PPO minibatch
 * costs. The default configuration (observation 400, hidden 128x128, batch 64, 5 actions) is the tool-routing
 * size that chose the default backend; the CartPole size is {@code -p observation=4 -p hidden=64 -p actions=2}.
 *
 * <pre>
 * OMP_NUM_THREADS=1 benchmarks/run jmh learning.NetworkBenchmark -f 1 -wi 3 -i 5
 * benchmarks/run jmh learning.NetworkBenchmark -f 1 -wi 3 -i 5        (ND4J with its default threads)
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NetworkBenchmark {
    @Param({"nd4j", "java"})
    public String backend;

    @Param({"400"})
    public int observation;

    @Param({"128"})
    public int hidden;

    @Param({"64"})
    public int batch;

    @Param({"5"})
    public int actions;

    private ActorCriticNetwork network;
    private float[][] observations;
    private float[][] dLogits;
    private float[] dValues;

    @Setup
    public void setUp() {
        NativeCache.configure();
        network = ActorCriticNetworks.create(Backend.of(backend), new NetworkLayout(observation, actions,
                new int[] {hidden, hidden}), 1L);
        Random random = new Random(2);
        observations = new float[batch][observation];
        for (float[] row : observations) {
            for (int i = 0; i < observation; i++) {
                row[i] = (float) random.nextGaussian();
            }
        }
        dLogits = new float[batch][actions];
        dValues = new float[batch];
        for (int b = 0; b < batch; b++) {
            for (int a = 0; a < actions; a++) {
                dLogits[b][a] = (float) random.nextGaussian() / batch;
            }
            dValues[b] = (float) random.nextGaussian() / batch;
        }
    }

    @Benchmark
    public float[] forwardBackward() {
        ForwardPass pass = network.forward(observations);
        return network.backward(pass, dLogits, dValues);
    }

    @Benchmark
    public ForwardPass forwardOne() {
        return network.forward(new float[][] {observations[0]});
    }
}
