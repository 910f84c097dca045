package io.hololoom.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.plugin.PluginConfig;
import io.hololoom.core.testing.FastTempDir;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typed getters as plugins see them through {@link HololoomConfig#view}. */
class PluginConfigGettersTest {
    private static final String PREFIX = "hololoom.policy.demo.";

    @TempDir(factory = FastTempDir.class)
    Path home;

    private PluginConfig view(Map<String, String> relative) {
        Map<String, String> flags = new java.util.HashMap<>();
        relative.forEach((k, v) -> flags.put(PREFIX + k, v));
        return HololoomConfig.load(home, flags, Map.of()).view(PREFIX);
    }

    private static void assertInvalid(ThrowingCallable call, String key, String value, String expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(HololoomException.class, e -> {
            assertThat(e.category()).isEqualTo(Category.CONFIGURATION);
            assertThat(e.getMessage()).isEqualTo("Invalid value [" + value + "] for [" + PREFIX + key + "]: expected "
                    + expected + ". Fix it in hololoom.properties or pass --set " + PREFIX + key + "=VALUE");
        });
    }

    @Test
    void absentKeysGiveTheDefaults() {
        PluginConfig c = view(Map.of());
        assertThat(c.prefix()).isEqualTo(PREFIX);
        assertThat(c.integer("n", 3, 1, 10)).isEqualTo(3);
        assertThat(c.longValue("l", 4L, 1, 10)).isEqualTo(4L);
        assertThat(c.decimal("d", 0.5, 0, 1)).isEqualTo(0.5);
        assertThat(c.bool("b", true)).isTrue();
        assertThat(c.duration("t", Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(c.choice("c", "a", "a", "b")).isEqualTo("a");
        assertThat(c.string("s", "def")).isEqualTo("def");
        assertThat(c.list("xs", List.of("q"))).containsExactly("q");
        assertThat(c.integers("is", new int[] {1, 2}, 0, 9)).containsExactly(1, 2);
    }

    @Test
    void explicitValuesAreParsedAndTrimmed() {
        PluginConfig c = view(Map.of("n", " 7 ", "l", "9", "d", "0.25", "b", "FALSE", "c", "B", "s", "  x ",
                "xs", "a, b,,c ", "is", "64, 32"));
        assertThat(c.integer("n", 3, 1, 10)).isEqualTo(7);
        assertThat(c.longValue("l", 4L, 1, 10)).isEqualTo(9L);
        assertThat(c.decimal("d", 0.5, 0, 1)).isEqualTo(0.25);
        assertThat(c.bool("b", true)).isFalse();
        assertThat(c.choice("c", "a", "a", "b")).isEqualTo("b");
        assertThat(c.string("s", "def")).isEqualTo("x");
        assertThat(c.list("xs", List.of())).containsExactly("a", "b", "c");
        assertThat(c.integers("is", new int[0], 1, 100)).containsExactly(64, 32);
    }

    @Test
    void durationsAcceptUnitsAndIso8601() {
        Map<String, Duration> cases = Map.of("500ms", Duration.ofMillis(500), "5s", Duration.ofSeconds(5), "5m",
                Duration.ofMinutes(5), "1h", Duration.ofHours(1), "2d", Duration.ofDays(2), "PT5M", Duration.ofMinutes(5),
                " pt1.5s ", Duration.ofMillis(1500));
        cases.forEach((text, expected) ->
                assertThat(view(Map.of("t", text)).duration("t", Duration.ZERO)).as(text).isEqualTo(expected));
    }

    @Test
    void badIntegersNameTheKeyTheValueAndTheRange() {
        assertInvalid(() -> view(Map.of("n", "abc")).integer("n", 1, 1, 10), "n", "abc", "an integer in [1, 10]");
        assertInvalid(() -> view(Map.of("n", "11")).integer("n", 1, 1, 10), "n", "11", "an integer in [1, 10]");
        assertInvalid(() -> view(Map.of("n", "2.5")).integer("n", 1, 1, 10), "n", "2.5", "an integer in [1, 10]");
        assertInvalid(() -> view(Map.of("l", "0")).longValue("l", 1, 1, 10), "l", "0", "an integer in [1, 10]");
    }

    @Test
    void badDecimalsIncludingNonFiniteAreRejected() {
        assertInvalid(() -> view(Map.of("d", "lots")).decimal("d", 0, 0, 1), "d", "lots", "a number in [0.0, 1.0]");
        assertInvalid(() -> view(Map.of("d", "1.5")).decimal("d", 0, 0, 1), "d", "1.5", "a number in [0.0, 1.0]");
        assertInvalid(() -> view(Map.of("d", "NaN")).decimal("d", 0, -1e9, 1e9), "d", "NaN",
                "a number in [-1.0E9, 1.0E9]");
        assertInvalid(() -> view(Map.of("d", "Infinity")).decimal("d", 0, 0, Double.POSITIVE_INFINITY), "d",
                "Infinity", "a number in [0.0, Infinity]");
    }

    @Test
    void badBooleansDurationsChoicesAndListsAreRejected() {
        assertInvalid(() -> view(Map.of("b", "yes")).bool("b", false), "b", "yes", "true or false");
        String durationHint = "a positive duration such as 500ms, 5s, 5m, 1h or PT5M";
        for (String bad : new String[] {"5 parsecs", "0s", "-5s", "s", "", "PT-1S", "10y"}) {
            assertInvalid(() -> view(Map.of("t", bad)).duration("t", Duration.ofSeconds(1)), "t", bad, durationHint);
        }
        assertInvalid(() -> view(Map.of("c", "z")).choice("c", "a", "a", "b"), "c", "z", "one of [a, b]");
        assertInvalid(() -> view(Map.of("is", "1,x")).integers("is", new int[0], 0, 9), "is", "1,x",
                "comma-separated integers in [0, 9]");
        assertInvalid(() -> view(Map.of("is", "1,99")).integers("is", new int[0], 0, 9), "is", "1,99",
                "comma-separated integers in [0, 9]");
    }
}
