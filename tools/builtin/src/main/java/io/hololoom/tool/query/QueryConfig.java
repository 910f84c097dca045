package io.hololoom.tool.query;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Settings of the {@code query} tool (keys {@code hololoom.tool.query.*}).
 *
 * @param listLimit at most this many shards are listed ({@code list-limit}, default 10, 1..100)
 * @param snippetChars how much of each listed shard is shown ({@code snippet-chars}, default 100, 20..500)
 * @param maxQueryChars longer questions are refused ({@code max-query-chars}, default 500, 20..10000)
 * @param zone the time zone that decides where "today" and "this week" begin ({@code zone}, default
 *     {@code system}: the machine's zone; or an id such as {@code UTC} or {@code Europe/Paris})
 */
public record QueryConfig(int listLimit, int snippetChars, int maxQueryChars, ZoneId zone) {

    public static final String SYSTEM_ZONE = "system";

    public QueryConfig {
        check("list-limit", listLimit, 1, 100);
        check("snippet-chars", snippetChars, 20, 500);
        check("max-query-chars", maxQueryChars, 20, 10_000);
        requireNonNull(zone, "zone is null");
    }

    public static QueryConfig defaults() {
        return new QueryConfig(10, 100, 500, ZoneId.systemDefault());
    }

    /** Reads the settings; a bad value is a CONFIGURATION error naming the key. */
    public static QueryConfig from(PluginConfig config) {
        requireNonNull(config, "config is null");
        QueryConfig d = defaults();
        String zoneText = config.string("zone", SYSTEM_ZONE);
        ZoneId zone;
        if (zoneText.equalsIgnoreCase(SYSTEM_ZONE)) {
            zone = ZoneId.systemDefault();
        } else {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                throw config.invalid("zone", zoneText, "system or a time-zone id such as UTC or Europe/Paris");
            }
        }
        return new QueryConfig(config.integer("list-limit", d.listLimit, 1, 100),
                config.integer("snippet-chars", d.snippetChars, 20, 500),
                config.integer("max-query-chars", d.maxQueryChars, 20, 10_000), zone);
    }

    private static void check(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be in [" + min + ", " + max + "], was [" + value + "]");
        }
    }
}
