package io.hololoom.api.plugin;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A plugin's settings: the configuration keys under its prefix ({@code hololoom.<family>.<name>.}).
 *
 * <p>The typed getters validate and fail with a message that names the full key, the bad value, what was
 * expected and how to set it. Keys a plugin never reads are reported by the loom as unknown at start-up.
 */
public interface PluginConfig {
    /** e.g. {@code hololoom.policy.linucb.} */
    String prefix();

    /** The raw value of {@code prefix + key}, marking the key as used. */
    Optional<String> raw(String key);

    default String string(String key, String defaultValue) {
        return raw(key).map(String::trim).orElse(defaultValue);
    }

    default int integer(String key, int defaultValue, int min, int max) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(value.get().trim());
            if (v < min || v > max) {
                throw invalid(key, value.get(), "an integer in [" + min + ", " + max + "]");
            }
            return v;
        } catch (NumberFormatException e) {
            throw invalid(key, value.get(), "an integer in [" + min + ", " + max + "]");
        }
    }

    default long longValue(String key, long defaultValue, long min, long max) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            long v = Long.parseLong(value.get().trim());
            if (v < min || v > max) {
                throw invalid(key, value.get(), "an integer in [" + min + ", " + max + "]");
            }
            return v;
        } catch (NumberFormatException e) {
            throw invalid(key, value.get(), "an integer in [" + min + ", " + max + "]");
        }
    }

    default double decimal(String key, double defaultValue, double min, double max) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            double v = Double.parseDouble(value.get().trim());
            if (!Double.isFinite(v) || v < min || v > max) {
                throw invalid(key, value.get(), "a number in [" + min + ", " + max + "]");
            }
            return v;
        } catch (NumberFormatException e) {
            throw invalid(key, value.get(), "a number in [" + min + ", " + max + "]");
        }
    }

    default boolean bool(String key, boolean defaultValue) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String v = value.get().trim().toLowerCase(Locale.ROOT);
        if (v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw invalid(key, value.get(), "true or false");
    }

    /** A duration as ISO-8601 ({@code PT5M}) or a number with a unit: {@code 500ms}, {@code 5s}, {@code 5m}, {@code 1h}. */
    default Duration duration(String key, Duration defaultValue) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        Duration d = parseDuration(value.get());
        if (d == null || d.isNegative() || d.isZero()) {
            throw invalid(key, value.get(), "a positive duration such as 500ms, 5s, 5m, 1h or PT5M");
        }
        return d;
    }

    /** One of {@code allowed}, ignoring case. */
    default String choice(String key, String defaultValue, String... allowed) {
        String v = string(key, defaultValue).toLowerCase(Locale.ROOT);
        if (Arrays.asList(allowed).contains(v)) {
            return v;
        }
        throw invalid(key, v, "one of " + Arrays.toString(allowed));
    }

    /** A comma-separated list of integers, e.g. {@code 64,64}. */
    default int[] integers(String key, int[] defaultValue, int min, int max) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue.clone();
        }
        try {
            int[] out = Arrays.stream(value.get().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .mapToInt(Integer::parseInt).toArray();
            for (int v : out) {
                if (v < min || v > max) {
                    throw invalid(key, value.get(), "comma-separated integers in [" + min + ", " + max + "]");
                }
            }
            return out;
        } catch (NumberFormatException e) {
            throw invalid(key, value.get(), "comma-separated integers in [" + min + ", " + max + "]");
        }
    }

    /** A comma-separated list of words. */
    default List<String> list(String key, List<String> defaultValue) {
        return raw(key).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(defaultValue);
    }

    /** The error for a bad value of {@code key}. */
    default HololoomException invalid(String key, String value, String expected) {
        return new HololoomException(Category.CONFIGURATION, "Invalid value [" + value + "] for [" + prefix() + key
                + "]: expected " + expected + ". Fix it in hololoom.properties or pass --set " + prefix() + key
                + "=VALUE");
    }

    /** Parses {@code 500ms, 5s, 5m, 1h, 2d} or ISO-8601; null when it is neither. */
    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1).trim());
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> null;
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }
}
