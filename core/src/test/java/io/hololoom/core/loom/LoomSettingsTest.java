package io.hololoom.core.loom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.PatternCard;
import io.hololoom.testkit.MapPluginConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoomSettingsTest {
    private static LoomSettings settings(Map<String, String> values) {
        return LoomSettings.from(new MapPluginConfig("hololoom.", values));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(settings(Map.of())).isEqualTo(new LoomSettings(4096, Optional.empty(), 96, 65536, true, 32));
        assertThat(LoomSettings.BARE_BELOW).isEqualTo(50);
    }

    @Test
    void explicitValuesAreRead() {
        assertThat(settings(Map.of("query.max-length", "10", "card", "Fast", "encoder.embedding-dims", "0",
                "tools.max-output", "16", "reflect.on-weave", "false", "train.every", "1")))
                .isEqualTo(new LoomSettings(10, Optional.of(PatternCard.FAST), 0, 16, false, 1));
        assertThat(settings(Map.of("card", "AUTO")).card()).isEmpty();
    }

    @Test
    void cardsAreChosenByLengthUnlessForcedOrRequested() {
        LoomSettings auto = settings(Map.of());
        assertThat(auto.cardFor("x".repeat(49), Optional.empty())).isEqualTo(PatternCard.BARE);
        assertThat(auto.cardFor("x".repeat(50), Optional.empty())).isEqualTo(PatternCard.FAST);
        assertThat(auto.cardFor("x".repeat(5000), Optional.empty())).isEqualTo(PatternCard.FAST);
        assertThat(auto.cardFor("x", Optional.of(PatternCard.FUSED))).isEqualTo(PatternCard.FUSED);
        LoomSettings forced = settings(Map.of("card", "bare"));
        assertThat(forced.cardFor("x".repeat(500), Optional.empty())).isEqualTo(PatternCard.BARE);
        assertThat(forced.cardFor("x", Optional.of(PatternCard.FAST))).isEqualTo(PatternCard.FAST);
    }

    @Test
    void badValuesAreConfigurationErrors() {
        assertThatThrownBy(() -> settings(Map.of("card", "huge"))).isInstanceOf(HololoomException.class)
                .hasMessageStartingWith("Invalid value [huge] for [hololoom.card]: expected auto, bare, fast or fused");
        assertThatThrownBy(() -> settings(Map.of("query.max-length", "0")))
                .hasMessageStartingWith("Invalid value [0] for [hololoom.query.max-length]");
        assertThatThrownBy(() -> settings(Map.of("tools.max-output", "15")))
                .hasMessageStartingWith("Invalid value [15] for [hololoom.tools.max-output]");
        assertThatThrownBy(() -> settings(Map.of("reflect.on-weave", "maybe")))
                .hasMessageStartingWith("Invalid value [maybe] for [hololoom.reflect.on-weave]");
    }
}
