package io.hololoom.env.cartpole;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.env.Step;
import io.hololoom.api.learn.SeededRandom;
import io.hololoom.env.loop.RestorableEnvironment;
import java.util.Arrays;

/**
 * CartPole-v1 with Gymnasium's dynamics to the last bit ({@code classic_control/cartpole.py}, Euler integration):
 * state {@code [x, x_dot, theta, theta_dot]}, action 0 pushes left and 1 pushes right with force 10, reward +1
 * every step including the last, terminated when {@code |x| > 2.4} or {@code |theta| > 12°}, truncated after
 * {@link #maxEpisodeSteps} steps (500, the TimeLimit of v1).
 *
 * <p>Reset draws each state variable uniformly in [-0.05, 0.05) from the given seed with this project's random
 * source; the numbers differ from Gymnasium's for the same seed (NumPy's generator), the dynamics do not.
 * Not thread-safe.
 */
public final class CartPole implements RestorableEnvironment {
    public static final int MAX_EPISODE_STEPS = 500;
    static final double GRAVITY = 9.8;
    static final double MASS_CART = 1.0;
    static final double MASS_POLE = 0.1;
    static final double TOTAL_MASS = MASS_POLE + MASS_CART;
    static final double LENGTH = 0.5;
    static final double POLE_MASS_LENGTH = MASS_POLE * LENGTH;
    static final double FORCE_MAG = 10.0;
    static final double TAU = 0.02;
    static final double THETA_THRESHOLD = 12 * 2 * Math.PI / 360;
    static final double X_THRESHOLD = 2.4;

    private final int maxEpisodeSteps;
    private double x;
    private double xDot;
    private double theta;
    private double thetaDot;
    private int elapsed;
    private boolean started;
    private boolean done;

    public CartPole() {
        this(MAX_EPISODE_STEPS);
    }

    /** @param maxEpisodeSteps the time limit, at least 1 */
    public CartPole(int maxEpisodeSteps) {
        if (maxEpisodeSteps < 1) {
            throw new IllegalArgumentException("cartpole max episode steps must be at least 1, was ["
                    + maxEpisodeSteps + "]");
        }
        this.maxEpisodeSteps = maxEpisodeSteps;
    }

    public int maxEpisodeSteps() {
        return maxEpisodeSteps;
    }

    @Override
    public int observationSize() {
        return 4;
    }

    @Override
    public int actionCount() {
        return 2;
    }

    @Override
    public double[] reset(long seed) {
        SeededRandom random = new SeededRandom(seed);
        double[] s = new double[4];
        for (int i = 0; i < 4; i++) {
            s[i] = -0.05 + 0.1 * random.nextDouble();
        }
        start(s);
        return s.clone();
    }

    @Override
    public void setState(double[] state) {
        requireNonNull(state, "state is null");
        if (state.length != 4 || !Arrays.stream(state).allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("cartpole state must be 4 finite numbers [x, x_dot, theta, theta_dot],"
                    + " got " + Arrays.toString(state));
        }
        start(state);
    }

    private void start(double[] s) {
        x = s[0];
        xDot = s[1];
        theta = s[2];
        thetaDot = s[3];
        elapsed = 0;
        started = true;
        done = false;
    }

    @Override
    public Step step(int action) {
        if (action != 0 && action != 1) {
            throw new IllegalArgumentException("cartpole action must be 0 (left) or 1 (right), was [" + action + "]");
        }
        if (!started || done) {
            throw new IllegalStateException(started ? "the cartpole episode has ended; call reset first"
                    : "the cartpole episode was never started; call reset first");
        }
        double force = action == 1 ? FORCE_MAG : -FORCE_MAG;
        double cosTheta = Math.cos(theta);
        double sinTheta = Math.sin(theta);
        // Python evaluates left to right with theta_dot**2 and costheta**2 first; keep that order bit for bit
        double thetaDotSquared = thetaDot * thetaDot;
        double cosThetaSquared = cosTheta * cosTheta;
        double temp = (force + POLE_MASS_LENGTH * thetaDotSquared * sinTheta) / TOTAL_MASS;
        double thetaAcc = (GRAVITY * sinTheta - cosTheta * temp)
                / (LENGTH * (4.0 / 3.0 - MASS_POLE * cosThetaSquared / TOTAL_MASS));
        double xAcc = temp - POLE_MASS_LENGTH * thetaAcc * cosTheta / TOTAL_MASS;
        x = x + TAU * xDot;
        xDot = xDot + TAU * xAcc;
        theta = theta + TAU * thetaDot;
        thetaDot = thetaDot + TAU * thetaAcc;
        elapsed++;
        boolean terminated = x < -X_THRESHOLD || x > X_THRESHOLD || theta < -THETA_THRESHOLD
                || theta > THETA_THRESHOLD;
        boolean truncated = elapsed >= maxEpisodeSteps;
        done = terminated || truncated;
        return new Step(new double[] {x, xDot, theta, thetaDot}, 1.0, terminated, truncated);
    }

    /** {@code [x, x_dot, theta, theta_dot, elapsed steps, started (0/1), done (0/1)]}. */
    @Override
    public double[] snapshot() {
        return new double[] {x, xDot, theta, thetaDot, elapsed, started ? 1 : 0, done ? 1 : 0};
    }

    @Override
    public void restore(double[] snapshot) {
        requireNonNull(snapshot, "snapshot is null");
        if (snapshot.length != 7 || !Arrays.stream(snapshot).allMatch(Double::isFinite) || snapshot[4] < 0
                || snapshot[4] != Math.rint(snapshot[4])) {
            throw new IllegalArgumentException("not a cartpole snapshot: " + Arrays.toString(snapshot));
        }
        x = snapshot[0];
        xDot = snapshot[1];
        theta = snapshot[2];
        thetaDot = snapshot[3];
        elapsed = (int) snapshot[4];
        started = snapshot[5] != 0;
        done = snapshot[6] != 0;
    }

    @Override
    public String toString() {
        return "CartPole[" + x + ", " + xDot + ", " + theta + ", " + thetaDot + "; step " + elapsed + "]";
    }
}
