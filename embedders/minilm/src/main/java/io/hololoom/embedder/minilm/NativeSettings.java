package io.hololoom.embedder.minilm;

import java.nio.file.Path;

/**
 * DJL settings that must be in place before DJL first runs. Each is only a default: an environment
 * variable or system property the user set wins.
 */
final class NativeSettings {
    static final String DJL_CACHE_DIR = "DJL_CACHE_DIR";
    static final String OFFLINE = "ai.djl.offline";

    private NativeSettings() {
    }

    /**
     * Makes DJL unpack its native tokenizer library under {@code cacheDirectory/djl} instead of
     * {@code ~/.djl.ai}, and never download anything (the natives ship inside the jars; a platform without
     * them should fail with a clear error rather than fetch code at run time).
     */
    static synchronized void applyDefaults(Path cacheDirectory) {
        if (System.getenv(DJL_CACHE_DIR) == null && System.getProperty(DJL_CACHE_DIR) == null) {
            System.setProperty(DJL_CACHE_DIR, cacheDirectory.resolve("djl").toAbsolutePath().toString());
        }
        if (System.getenv(OFFLINE) == null && System.getProperty(OFFLINE) == null) {
            System.setProperty(OFFLINE, "true");
        }
    }
}
