package io.hololoom.benchmarks.learning;

import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps ND4J's native extraction (≈ 400 MB) inside the build directory instead of the home directory. */
final class NativeCache {
    static final String PROPERTY = "org.bytedeco.javacpp.cachedir";

    private NativeCache() {
    }

    /** Sets the JavaCPP cache directory unless the command line did; call before ND4J is first used. */
    static void configure() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        Path target = Files.isDirectory(Path.of("benchmarks", "target")) ? Path.of("benchmarks", "target")
                : Path.of("target");
        System.setProperty(PROPERTY, target.resolve("native-cache").resolve("javacpp").toAbsolutePath().toString());
    }
}
