package io.hololoom.env.loop;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.env.Environment;
import io.hololoom.api.env.Step;
import java.util.ArrayList;
import java.util.List;

/** Plays a fixed action sequence from an explicit state: what {@code hololoom env run} prints. */
public final class EnvironmentScript {
    private EnvironmentScript() {
    }

    /**
     * Sets {@code state}, applies {@code actions} in order and returns one JSON line per step:
     * {@code {"t":1, "state":[x, x_dot, theta, theta_dot], "reward":1.0, "terminated":false, "truncated":false}}
     * ({@code t} counts steps from 1; numbers as {@code Double.toString}). Stops after the step that terminates
     * or truncates the episode; remaining actions are ignored.
     *
     * @throws IllegalArgumentException for a bad state or action (the lines so far are lost)
     * @throws UnsupportedOperationException if the environment cannot be set to a state
     */
    public static List<String> run(Environment environment, double[] state, int[] actions) {
        requireNonNull(environment, "environment is null");
        requireNonNull(state, "state is null");
        requireNonNull(actions, "actions is null");
        environment.setState(state);
        List<String> lines = new ArrayList<>();
        for (int t = 0; t < actions.length; t++) {
            Step step = environment.step(actions[t]);
            lines.add(line(t + 1, step));
            if (step.terminated() || step.truncated()) {
                break;
            }
        }
        return lines;
    }

    /** One step as a JSON line. */
    public static String line(int t, Step step) {
        StringBuilder b = new StringBuilder("{\"t\":").append(t).append(", \"state\":[");
        double[] s = step.state();
        for (int i = 0; i < s.length; i++) {
            b.append(i == 0 ? "" : ", ").append(Double.toString(s[i]));
        }
        return b.append("], \"reward\":").append(Double.toString(step.reward())).append(", \"terminated\":")
                .append(step.terminated()).append(", \"truncated\":").append(step.truncated()).append('}').toString();
    }

    /**
     * Parses {@code X,XDOT,THETA,THETADOT}-style text into numbers.
     *
     * @throws IllegalArgumentException naming the bad item
     */
    public static double[] parseState(String text) {
        requireNonNull(text, "text is null");
        String[] parts = text.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("state item [" + parts[i].trim() + "] at position [" + (i + 1)
                        + "] is not a number; expected comma-separated numbers such as 0.01,0,-0.02,0");
            }
        }
        return out;
    }

    /**
     * Parses {@code 1,0,1,...} into actions.
     *
     * @throws IllegalArgumentException naming the bad item
     */
    public static int[] parseActions(String text) {
        requireNonNull(text, "text is null");
        String[] parts = text.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("action [" + parts[i].trim() + "] at position [" + (i + 1)
                        + "] is not an integer; expected comma-separated action indices such as 1,0,1");
            }
        }
        return out;
    }
}
