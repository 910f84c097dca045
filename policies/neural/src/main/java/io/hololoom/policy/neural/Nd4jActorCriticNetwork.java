package io.hololoom.policy.neural;

import io.hololoom.api.learn.ForwardPass;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The ND4J backend: INDArray matrix products (OpenBLAS) with explicit backprop, no SameDiff (its graph
 * construction is slow for small networks and its gradient of logSoftmax fails). Native memory is freed by
 * the garbage collector; no workspaces are used, so concurrent forwards are independent.
 */
final class Nd4jActorCriticNetwork extends AbstractActorCriticNetwork<Nd4jActorCriticNetwork.Weights> {
    static final String NAME = "nd4j";

    /** Per layer: weights {@code [in, out]} and bias {@code [1, out]}, for the actor and the critic. */
    record Weights(INDArray[] actorW, INDArray[] actorB, INDArray[] criticW, INDArray[] criticB) {
    }

    /** Activations per layer ({@code [batch, width]}); index 0 is the input. */
    record Cache(Snapshot<Weights> snapshot, INDArray[] actor, INDArray[] critic) {
    }

    Nd4jActorCriticNetwork(NetworkLayout layout, float[] parameters) {
        super(layout, parameters);
    }

    @Override
    String backendName() {
        return NAME;
    }

    @Override
    Weights weights(float[] p) {
        NetworkLayout layout = layout();
        int layers = layout.layerCount();
        INDArray[] aw = new INDArray[layers];
        INDArray[] ab = new INDArray[layers];
        INDArray[] cw = new INDArray[layers];
        INDArray[] cb = new INDArray[layers];
        for (int l = 0; l < layers; l++) {
            aw[l] = matrix(p, layout.actorOffset(l), layout.actorSizes()[l], layout.actorSizes()[l + 1]);
            ab[l] = matrix(p, layout.actorOffset(l) + layout.actorSizes()[l] * layout.actorSizes()[l + 1], 1,
                    layout.actorSizes()[l + 1]);
            cw[l] = matrix(p, layout.criticOffset(l), layout.criticSizes()[l], layout.criticSizes()[l + 1]);
            cb[l] = matrix(p, layout.criticOffset(l) + layout.criticSizes()[l] * layout.criticSizes()[l + 1], 1,
                    layout.criticSizes()[l + 1]);
        }
        return new Weights(aw, ab, cw, cb);
    }

    private static INDArray matrix(float[] p, int offset, int rows, int cols) {
        return Nd4j.create(Arrays.copyOfRange(p, offset, offset + rows * cols), new long[] {rows, cols}, 'c');
    }

    @Override
    ForwardPass forward(Snapshot<Weights> snapshot, float[][] observations) {
        int batch = observations.length;
        int in = layout().observationSize();
        float[] flat = new float[batch * in];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(observations[b], 0, flat, b * in, in);
        }
        INDArray x = Nd4j.create(flat, new long[] {batch, in}, 'c');
        Weights w = snapshot.weights();
        INDArray[] actor = mlp(x, w.actorW(), w.actorB());
        INDArray[] critic = mlp(x, w.criticW(), w.criticB());
        float[][] logits = actor[actor.length - 1].toFloatMatrix();
        float[] values = flat(critic[critic.length - 1]);
        return new ForwardPass(logits, values, new Cache(snapshot, actor, critic));
    }

    private static INDArray[] mlp(INDArray x, INDArray[] weights, INDArray[] biases) {
        int layers = weights.length;
        INDArray[] acts = new INDArray[layers + 1];
        acts[0] = x;
        for (int l = 0; l < layers; l++) {
            INDArray z = acts[l].mmul(weights[l]).addiRowVector(biases[l]);
            acts[l + 1] = l < layers - 1 ? Transforms.tanh(z, false) : z;
        }
        return acts;
    }

    @Override
    float[] backpropagate(ForwardPass pass, float[][] dLogits, float[] dValues) {
        Cache cache = cache(pass, Cache.class);
        NetworkLayout layout = layout();
        float[] grad = new float[layout.parameterCount()];
        Weights w = cache.snapshot().weights();
        int batch = dValues.length;
        int actions = layout.actionCount();
        float[] dOut = new float[batch * actions];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(dLogits[b], 0, dOut, b * actions, actions);
        }
        backprop(grad, Nd4j.create(dOut, new long[] {batch, actions}, 'c'), cache.actor(), w.actorW(),
                layout.actorSizes(), layout, true);
        backprop(grad, Nd4j.create(dValues.clone(), new long[] {batch, 1}, 'c'), cache.critic(), w.criticW(),
                layout.criticSizes(), layout, false);
        return grad;
    }

    private static void backprop(float[] grad, INDArray dz, INDArray[] acts, INDArray[] weights, int[] sizes,
            NetworkLayout layout, boolean actor) {
        for (int l = weights.length - 1; l >= 0; l--) {
            int in = sizes[l];
            int out = sizes[l + 1];
            int offset = actor ? layout.actorOffset(l) : layout.criticOffset(l);
            INDArray a = acts[l];
            copy(Nd4j.gemm(a, dz, true, false), grad, offset, in * out);
            copy(dz.sum(0), grad, offset + in * out, out);
            if (l == 0) {
                break;
            }
            INDArray dPrev = Nd4j.gemm(dz, weights[l], false, true);
            dz = dPrev.muli(a.mul(a).rsubi(1.0));
        }
    }

    private static void copy(INDArray m, float[] target, int offset, int length) {
        float[] values = flat(m);
        if (values.length != length) {
            throw new IllegalStateException("ND4J returned [" + values.length + "] values, expected [" + length + "]");
        }
        System.arraycopy(values, 0, target, offset, length);
    }

    /** The elements of {@code m} in row-major order. */
    private static float[] flat(INDArray m) {
        INDArray c = m.ordering() == 'c' && !m.isView() && m.dataType() == DataType.FLOAT ? m
                : m.castTo(DataType.FLOAT).dup('c');
        float[] data = c.data().asFloat();
        return data.length == c.length() ? data : Arrays.copyOf(data, (int) c.length());
    }
}
