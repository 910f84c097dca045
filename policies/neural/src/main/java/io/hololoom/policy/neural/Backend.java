package io.hololoom.policy.neural;

import java.util.Locale;

/** The network implementations; their names are used in configuration ({@code hololoom.policy.neural.backend}). */
public enum Backend {
    /** INDArray operations on OpenBLAS with explicit backprop. */
    ND4J(Nd4jActorCriticNetwork.NAME),
    /** Plain Java float arrays with explicit backprop; the reference implementation. */
    JAVA(JavaActorCriticNetwork.NAME);

    private final String configName;

    Backend(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /**
     * The backend with this configuration name, ignoring case.
     *
     * @throws IllegalArgumentException naming the known backends
     */
    public static Backend of(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Backend b : values()) {
            if (b.configName.equals(n)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unknown network backend [" + name + "]; known backends [nd4j, java]");
    }
}
