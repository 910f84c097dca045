package io.hololoom.policy.neural;

import io.hololoom.api.learn.ForwardPass;

/**
 * The plain-Java backend: float arrays and hand-written backprop. It is the reference the ND4J backend is
 * checked against, and it is the faster one for small networks (no native call overhead).
 *
 * <p>Loops run over contiguous rows so the JIT can vectorise them; hidden-layer weights are also kept
 * transposed (per snapshot) so the input gradient is a row update rather than a dot-product reduction.
 */
final class JavaActorCriticNetwork extends AbstractActorCriticNetwork<JavaActorCriticNetwork.Weights> {
    static final String NAME = "java";

    /** The flat parameters plus transposed copies ({@code [out][in]}) of every layer after the first. */
    record Weights(float[] p, float[][] actorTransposed, float[][] criticTransposed) {
    }

    /** Activations of each layer, flattened {@code [batch * width]}; index 0 is the input. */
    record Cache(Snapshot<Weights> snapshot, int batch, float[][] actor, float[][] critic) {
    }

    JavaActorCriticNetwork(NetworkLayout layout, float[] parameters) {
        super(layout, parameters);
    }

    @Override
    String backendName() {
        return NAME;
    }

    @Override
    Weights weights(float[] p) {
        NetworkLayout layout = layout();
        return new Weights(p, transposes(p, layout.actorSizes(), layout, true),
                transposes(p, layout.criticSizes(), layout, false));
    }

    private static float[][] transposes(float[] p, int[] sizes, NetworkLayout layout, boolean actor) {
        float[][] t = new float[sizes.length - 1][];
        for (int l = 1; l < t.length; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            int off = actor ? layout.actorOffset(l) : layout.criticOffset(l);
            float[] m = new float[in * out];
            for (int i = 0; i < in; i++) {
                for (int j = 0; j < out; j++) {
                    m[j * in + i] = p[off + i * out + j];
                }
            }
            t[l] = m;
        }
        return t;
    }

    @Override
    ForwardPass forward(Snapshot<Weights> snapshot, float[][] observations) {
        NetworkLayout layout = layout();
        int batch = observations.length;
        int in = layout.observationSize();
        float[] x = new float[batch * in];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(observations[b], 0, x, b * in, in);
        }
        float[] p = snapshot.weights().p();
        float[][] actor = mlp(p, x, batch, layout.actorSizes(), layout, true);
        float[][] critic = mlp(p, x, batch, layout.criticSizes(), layout, false);
        int actions = layout.actionCount();
        float[] out = actor[actor.length - 1];
        float[][] logits = new float[batch][actions];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(out, b * actions, logits[b], 0, actions);
        }
        float[] values = critic[critic.length - 1].clone();
        return new ForwardPass(logits, values, new Cache(snapshot, batch, actor, critic));
    }

    private static float[][] mlp(float[] p, float[] x, int batch, int[] sizes, NetworkLayout layout, boolean actor) {
        int layers = sizes.length - 1;
        float[][] acts = new float[layers + 1][];
        acts[0] = x;
        for (int l = 0; l < layers; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            int w = actor ? layout.actorOffset(l) : layout.criticOffset(l);
            int bias = w + in * out;
            float[] a = acts[l];
            float[] z = new float[batch * out];
            for (int b = 0; b < batch; b++) {
                int zo = b * out;
                System.arraycopy(p, bias, z, zo, out);
                int ao = b * in;
                for (int i = 0; i < in; i++) {
                    float xv = a[ao + i];
                    if (xv == 0f) {
                        continue;
                    }
                    int wo = w + i * out;
                    for (int j = 0; j < out; j++) {
                        z[zo + j] += xv * p[wo + j];
                    }
                }
            }
            if (l < layers - 1) {
                for (int k = 0; k < z.length; k++) {
                    z[k] = tanh(z[k]);
                }
            }
            acts[l + 1] = z;
        }
        return acts;
    }

    /** tanh through one exp: several times faster than Math.tanh and exact to float precision. */
    static float tanh(float v) {
        if (v > 20f) {
            return 1f;
        }
        if (v < -20f) {
            return -1f;
        }
        double e = Math.exp(2.0 * v);
        return (float) ((e - 1.0) / (e + 1.0));
    }

    @Override
    float[] backpropagate(ForwardPass pass, float[][] dLogits, float[] dValues) {
        Cache cache = cache(pass, Cache.class);
        NetworkLayout layout = layout();
        int batch = cache.batch();
        float[] grad = new float[layout.parameterCount()];
        int actions = layout.actionCount();
        float[] dOut = new float[batch * actions];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(dLogits[b], 0, dOut, b * actions, actions);
        }
        Weights w = cache.snapshot().weights();
        backprop(grad, dOut, cache.actor(), batch, layout.actorSizes(), w.actorTransposed(), layout, true);
        backprop(grad, dValues.clone(), cache.critic(), batch, layout.criticSizes(), w.criticTransposed(), layout,
                false);
        return grad;
    }

    private static void backprop(float[] grad, float[] dz, float[][] acts, int batch, int[] sizes,
            float[][] transposed, NetworkLayout layout, boolean actor) {
        for (int l = sizes.length - 2; l >= 0; l--) {
            int in = sizes[l];
            int out = sizes[l + 1];
            int w = actor ? layout.actorOffset(l) : layout.criticOffset(l);
            int bias = w + in * out;
            float[] a = acts[l];
            for (int b = 0; b < batch; b++) {
                int zo = b * out;
                for (int j = 0; j < out; j++) {
                    grad[bias + j] += dz[zo + j];
                }
                int ao = b * in;
                for (int i = 0; i < in; i++) {
                    float xv = a[ao + i];
                    if (xv == 0f) {
                        continue;
                    }
                    int wo = w + i * out;
                    for (int j = 0; j < out; j++) {
                        grad[wo + j] += xv * dz[zo + j];
                    }
                }
            }
            if (l == 0) {
                break;
            }
            // dz for the previous layer: (dz · Wᵀ) ⊙ (1 − a²), with a the tanh output of layer l
            float[] t = transposed[l];
            float[] prev = new float[batch * in];
            for (int b = 0; b < batch; b++) {
                int zo = b * out;
                int po = b * in;
                for (int j = 0; j < out; j++) {
                    float g = dz[zo + j];
                    if (g == 0f) {
                        continue;
                    }
                    int to = j * in;
                    for (int i = 0; i < in; i++) {
                        prev[po + i] += g * t[to + i];
                    }
                }
                for (int i = 0; i < in; i++) {
                    float av = a[po + i];
                    prev[po + i] *= 1f - av * av;
                }
            }
            dz = prev;
        }
    }
}
