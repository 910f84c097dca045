package io.hololoom.core.testing;

import io.hololoom.api.learn.ActorCriticNetwork;
import io.hololoom.api.learn.ForwardPass;
import io.hololoom.api.learn.NetworkShape;

/**
 * A linear actor-critic network for tests: {@code logits = W·x}, {@code value = v·x}, parameters {@code [W rows...,
 * v]} in one flat vector, starting at zero (uniform probabilities). {@code onChange} runs after every
 * {@link #setParameters}.
 */
public final class LinearNetwork implements ActorCriticNetwork {
    private final int inputs;
    private final int actions;
    private final Runnable onChange;
    private volatile float[] params;

    public LinearNetwork(int inputs, int actions, Runnable onChange) {
        this.inputs = inputs;
        this.actions = actions;
        this.onChange = onChange;
        this.params = new float[(actions + 1) * inputs];
    }

    @Override
    public NetworkShape shape() {
        return new NetworkShape(inputs, actions, params.length);
    }

    @Override
    public ForwardPass forward(float[][] observations) {
        float[] p = params;
        float[][] logits = new float[observations.length][actions];
        float[] values = new float[observations.length];
        for (int b = 0; b < observations.length; b++) {
            float[] x = observations[b];
            if (x.length != inputs) {
                throw new IllegalArgumentException("row " + b + " has " + x.length + " values, expected " + inputs);
            }
            for (int a = 0; a <= actions; a++) {
                double s = 0;
                for (int i = 0; i < inputs; i++) {
                    s += p[a * inputs + i] * x[i];
                }
                if (a < actions) {
                    logits[b][a] = (float) s;
                } else {
                    values[b] = (float) s;
                }
            }
        }
        return new ForwardPass(logits, values, observations);
    }

    @Override
    public float[] backward(ForwardPass pass, float[][] dLogits, float[] dValues) {
        float[][] x = (float[][]) pass.cache();
        float[] g = new float[params.length];
        for (int b = 0; b < x.length; b++) {
            for (int a = 0; a <= actions; a++) {
                float d = a < actions ? dLogits[b][a] : dValues[b];
                for (int i = 0; i < inputs; i++) {
                    g[a * inputs + i] += d * x[b][i];
                }
            }
        }
        return g;
    }

    @Override
    public float[] parameters() {
        return params.clone();
    }

    @Override
    public void setParameters(float[] parameters) {
        if (parameters.length != params.length) {
            throw new IllegalArgumentException("expected " + params.length + " parameters, got " + parameters.length);
        }
        for (float f : parameters) {
            if (!Float.isFinite(f)) {
                throw new IllegalArgumentException("parameter is not finite");
            }
        }
        params = parameters.clone();
        onChange.run();
    }
}
