package io.hololoom.core.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionTest {
    @Test
    void countsAccuracyPrecisionAndRecall() {
        Confusion c = new Confusion(List.of("calc", "note"));
        assertThat(c.accuracy()).isZero();
        c.add("calc", "calc");
        c.add("calc", "calc");
        c.add("calc", "note");
        c.add("note", "note");
        c.add("note", "error");
        c.add("search", "calc");
        assertThat(c.total()).isEqualTo(6);
        assertThat(c.accuracy()).isEqualTo(3 / 6.0);
        double[] calc = c.precisionRecall().get("calc");
        assertThat(calc[0]).as("precision").isEqualTo(2 / 3.0);
        assertThat(calc[1]).as("recall").isEqualTo(2 / 3.0);
        assertThat(calc[2]).as("support").isEqualTo(3);
        double[] note = c.precisionRecall().get("note");
        assertThat(note[0]).isEqualTo(1 / 2.0);
        assertThat(note[1]).isEqualTo(1 / 2.0);
        assertThat(c.tools()).containsExactly("calc", "note");
    }

    @Test
    void rendersAnAlignedMatrixWithAnOtherColumn() {
        Confusion c = new Confusion(List.of("calc", "note"));
        c.add("calc", "calc");
        c.add("note", "error");
        List<String> lines = c.render().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("label\\chose").contains("calc").contains("note").endsWith("other");
        assertThat(lines.get(1).trim().split("\\s+")).containsExactly("calc", "1", "0", "0");
        assertThat(lines.get(2).trim().split("\\s+")).containsExactly("note", "0", "0", "1");
    }

    @Test
    void renderedRowsLineUp() {
        Confusion c = new Confusion(List.of("calc", "note"));
        c.add("calc", "calc");
        List<String> lines = c.render().lines().toList();
        assertThat(lines).extracting(String::length).containsOnly(lines.get(0).length());
    }
}
