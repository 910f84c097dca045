package io.hololoom.core.config;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.plugin.PluginConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resolved configuration of one run: built-in defaults, then {@code HOLOLOOM_HOME/learned.properties}
 * (written by {@code hololoom learn}), then {@code HOLOLOOM_HOME/hololoom.properties},
 * then environment variables, then command-line flags ({@code --set KEY=VALUE}); later layers win.
 *
 * <p>An environment variable overrides a key when its name is {@code HOLOLOOM_} followed by the key
 * without its {@code hololoom.} prefix, upper-cased, with dots and dashes as underscores
 * ({@code hololoom.policy.linucb.alpha} ← {@code HOLOLOOM_POLICY_LINUCB_ALPHA}). Immutable apart from the
 * record of which keys were read, which the loom uses to report unused keys. Thread-safe.
 */
public final class HololoomConfig {
    public static final String PREFIX = "hololoom.";
    public static final String FILE_NAME = "hololoom.properties";
    public static final String LEARNED_FILE_NAME = "learned.properties";
    private static final String DEFAULTS = "/io/hololoom/core/defaults.properties";

    private final Path home;
    private final Map<String, ConfigValue> layered;
    private final Map<String, String> environment;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private HololoomConfig(Path home, Map<String, ConfigValue> layered, Map<String, String> environment) {
        this.home = home;
        this.layered = layered;
        this.environment = environment;
    }

    /**
     * Loads the configuration.
     *
     * @param home the data directory; its {@code hololoom.properties} is read if it exists
     * @param flags values given on the command line
     * @param environment the process environment (pass {@code System.getenv()})
     * @throws HololoomException (CONFIGURATION) if the file cannot be read or a key is malformed
     */
    public static HololoomConfig load(Path home, Map<String, String> flags, Map<String, String> environment) {
        requireNonNull(home, "home is null");
        requireNonNull(flags, "flags is null");
        requireNonNull(environment, "environment is null");
        Map<String, ConfigValue> layered = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : defaults().entrySet()) {
            layered.put(e.getKey(), new ConfigValue(e.getKey(), e.getValue(), ConfigSource.DEFAULT, "built-in"));
        }
        readFile(home.resolve(LEARNED_FILE_NAME), ConfigSource.LEARNED, layered);
        readFile(home.resolve(FILE_NAME), ConfigSource.FILE, layered);
        for (Map.Entry<String, String> e : flags.entrySet()) {
            checkKeyShape(e.getKey(), "--set");
            layered.put(e.getKey(), new ConfigValue(e.getKey(), e.getValue().trim(), ConfigSource.FLAG, "--set"));
        }
        return new HololoomConfig(home, layered, Map.copyOf(environment));
    }

    private static void readFile(Path file, ConfigSource source, Map<String, ConfigValue> layered) {
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new HololoomException(Category.CONFIGURATION, "Cannot read configuration file [" + file
                        + "]: " + e.getMessage() + ". Fix or remove the file.", e);
            }
            for (String key : new TreeMap<>(p).keySet().stream().map(Object::toString).toList()) {
                checkKeyShape(key, "file " + file);
                layered.put(key, new ConfigValue(key, p.getProperty(key).trim(), source, file.toString()));
            }
        }
    }

    /** The built-in defaults. */
    public static Map<String, String> defaults() {
        Properties p = new Properties();
        try (InputStream in = HololoomConfig.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new HololoomException(Category.INTERNAL, "built-in defaults " + DEFAULTS + " are missing");
            }
            p.load(in);
        } catch (IOException e) {
            throw new HololoomException(Category.INTERNAL, "cannot read built-in defaults", e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).trim()));
        return out;
    }

    private static void checkKeyShape(String key, String where) {
        if (!key.startsWith(PREFIX) || key.length() == PREFIX.length() || key.contains(" ")) {
            throw new HololoomException(Category.CONFIGURATION, "Invalid configuration key [" + key + "] in " + where
                    + ": keys look like hololoom.<name>, e.g. hololoom.policy=linucb");
        }
    }

    /** The environment variable that overrides {@code key}. */
    public static String environmentName(String key) {
        String rest = key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : key;
        return "HOLOLOOM_" + rest.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public Path home() {
        return home;
    }

    /** The value of {@code key} and its source, or empty; marks the key as read. */
    public Optional<ConfigValue> lookup(String key) {
        used.add(key);
        ConfigValue v = layered.get(key);
        if (v != null && v.source() == ConfigSource.FLAG) {
            return Optional.of(v);
        }
        String envName = environmentName(key);
        String env = environment.get(envName);
        if (env != null) {
            return Optional.of(new ConfigValue(key, env.trim(), ConfigSource.ENVIRONMENT, envName));
        }
        return Optional.ofNullable(v);
    }

    /** The raw value of a key, if set anywhere. */
    public Optional<String> raw(String key) {
        return lookup(key).map(ConfigValue::value);
    }

    /** A typed view of the keys under {@code prefix} (which ends with a dot). */
    public PluginConfig view(String prefix) {
        return new PluginConfig() {
            @Override
            public String prefix() {
                return prefix;
            }

            @Override
            public Optional<String> raw(String key) {
                return HololoomConfig.this.raw(prefix + key);
            }
        };
    }

    /** A typed view of the core keys ({@code hololoom.*}). */
    public PluginConfig core() {
        return view(PREFIX);
    }

    /** A copy with more flags on top (used by {@code learn} to pick plugins per run). */
    public HololoomConfig with(Map<String, String> overrides) {
        Map<String, ConfigValue> copy = new LinkedHashMap<>(layered);
        overrides.forEach((k, v) -> {
            checkKeyShape(k, "override");
            copy.put(k, new ConfigValue(k, v, ConfigSource.FLAG, "override"));
        });
        return new HololoomConfig(home, copy, environment);
    }

    /** Keys that were set explicitly in the file or by flags. */
    public Map<String, ConfigValue> explicit() {
        Map<String, ConfigValue> out = new TreeMap<>();
        layered.forEach((k, v) -> {
            if (v.source() != ConfigSource.DEFAULT && v.source() != ConfigSource.LEARNED) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Every key known to this configuration (defaults, file, flags and keys read so far), resolved, sorted. */
    public Map<String, ConfigValue> resolved() {
        Set<String> keys = new java.util.TreeSet<>(layered.keySet());
        keys.addAll(used);
        Map<String, ConfigValue> out = new TreeMap<>();
        for (String key : keys) {
            ConfigValue v = layered.get(key);
            String env = environment.get(environmentName(key));
            if (v != null && v.source() == ConfigSource.FLAG) {
                out.put(key, v);
            } else if (env != null) {
                out.put(key, new ConfigValue(key, env.trim(), ConfigSource.ENVIRONMENT, environmentName(key)));
            } else if (v != null) {
                out.put(key, v);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Keys that have been read. */
    public Set<String> used() {
        return Set.copyOf(used);
    }
}
