package io.hololoom.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatryoshkaGateTest {
    @Test
    void shortlistKeepsMultiplesOfKWithAMinimumAndNeverMoreThanThereAre() {
        MatryoshkaGate gate = MatryoshkaGate.shortlist(30, 20, 4);
        assertThat(gate.keep(0, 10, 100_000)).isEqualTo(200);
        assertThat(gate.keep(1, 10, 200)).isEqualTo(40);
        assertThat(gate.keep(1, 3, 200)).isEqualTo(30);
        assertThat(gate.keep(5, 10, 200)).isEqualTo(40);
        assertThat(gate.keep(0, 10, 120)).isEqualTo(120);
        assertThat(MatryoshkaGate.shortlist(1, 1).keep(0, 10, 1000)).isEqualTo(10);
    }

    @Test
    void originalKeepsRatiosAndMinimum() {
        MatryoshkaGate gate = MatryoshkaGate.original();
        assertThat(gate.mode()).isEqualTo(MatryoshkaGate.Mode.THRESHOLD);
        assertThat(gate.values()).containsExactly(0.3, 0.5, 1.0);
        assertThat(gate.thresholds()).containsExactly(0.6, 0.75, 0.85);
        assertThat(gate.minCandidates()).isEqualTo(5);
        assertThat(gate.keep(0, 10, 1000)).isEqualTo(300);
        assertThat(gate.keep(1, 10, 300)).isEqualTo(150);
        assertThat(gate.keep(0, 3, 10)).isEqualTo(5);
        assertThat(gate.threshold(1)).isEqualTo(0.75);
    }

    @Test
    void ofBuildsFromConfigValues() {
        assertThat(MatryoshkaGate.of("shortlist", new double[] {8, 2}, 40))
                .isEqualTo(MatryoshkaGate.shortlist(40, 8, 2));
        assertThat(MatryoshkaGate.of(" Original ", new double[0], 1)).isEqualTo(MatryoshkaGate.original());
        assertThat(MatryoshkaGate.of("shortlist", new double[0], MatryoshkaGate.DEFAULT_MIN_CANDIDATES))
                .isEqualTo(MatryoshkaGate.defaults());
        assertThatThrownBy(() -> MatryoshkaGate.of("greedy", new double[0], 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown Matryoshka gate mode [greedy]; known modes [shortlist, original]");
    }

    @Test
    void rejectsBadValues() {
        assertThatThrownBy(() -> MatryoshkaGate.shortlist(10, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0.5]").hasMessageContaining(">= 1");
        assertThatThrownBy(() -> MatryoshkaGate.shortlist(0, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minCandidates");
        assertThatThrownBy(() -> MatryoshkaGate.shortlist(5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one stage");
        assertThatThrownBy(() -> new MatryoshkaGate(MatryoshkaGate.Mode.THRESHOLD, List.of(0.5), List.of(), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one threshold per ratio");
        assertThatThrownBy(() -> new MatryoshkaGate(MatryoshkaGate.Mode.THRESHOLD, List.of(1.5), List.of(0.5), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keep ratio");
        assertThatThrownBy(() -> new MatryoshkaGate(MatryoshkaGate.Mode.THRESHOLD, List.of(0.5), List.of(2.0), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[-1, 1]");
        assertThatThrownBy(() -> new MatryoshkaGate(MatryoshkaGate.Mode.SHORTLIST, List.of(5.0), List.of(0.5), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold mode");
    }
}
