package io.hololoom.tool.note;

import static io.hololoom.tool.testkit.ConfigAssertions.keysRead;
import static io.hololoom.tool.testkit.ConfigAssertions.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.testkit.MapPluginConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoteConfigTest {

    @Test
    void defaults() {
        assertThat(NoteConfig.from(MapPluginConfig.empty("tool", "note"))).isEqualTo(new NoteConfig(4000, 10, "note"));
        assertThat(keysRead("note", NoteConfig::from)).containsExactlyInAnyOrder("max-length", "max-tags", "source");
    }

    @Test
    void explicitValues() {
        assertThat(NoteConfig.from(MapPluginConfig.of("tool", "note",
                Map.of("max-length", "100", "max-tags", "0", "source", " chat "))))
                .isEqualTo(new NoteConfig(100, 0, "chat"));
    }

    @Test
    void badValuesAreConfigurationErrors() {
        rejects("note", NoteConfig::from, "max-length", "9");
        rejects("note", NoteConfig::from, "max-tags", "51");
        assertThatThrownBy(() -> NoteConfig.from(MapPluginConfig.of("tool", "note", Map.of("source", "  "))))
                .isInstanceOf(HololoomException.class).hasMessageContaining("[hololoom.tool.note.source]");
        assertThatThrownBy(() -> new NoteConfig(100, 1, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
