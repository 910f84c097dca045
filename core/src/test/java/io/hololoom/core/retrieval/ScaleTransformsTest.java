package io.hololoom.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleTransformsTest {
    private static final int D = 48;

    private static ScaleTransform fitted(String name) {
        ScaleTransform t = ScaleTransforms.create(name, D, 7);
        return t.fit(SyntheticVectors.clustered(3, 600, D, 12, 0.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"prefix", "random-rotation", "pca"})
    void preservesNormsAndDotProducts(String name) {
        ScaleTransform t = fitted(name);
        Random random = new Random(11);
        for (int n = 0; n < 50; n++) {
            float[] a = SyntheticVectors.randomUnit(random, D);
            float[] b = SyntheticVectors.randomUnit(random, D);
            float[] ta = t.apply(a);
            float[] tb = t.apply(b);
            assertThat(SyntheticVectors.dot(ta, ta)).isCloseTo(1.0, within(1e-5));
            assertThat(SyntheticVectors.dot(ta, tb)).isCloseTo(SyntheticVectors.dot(a, b), within(1e-5));
            float[] back = new float[D];
            t.invert(ta, back);
            for (int i = 0; i < D; i++) {
                assertThat(back[i]).isCloseTo(a[i], within(1e-5f));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"random-rotation", "pca"})
    void rotationMatricesAreOrthonormal(String name) {
        ScaleTransform t = fitted(name);
        // the images of the basis vectors are the matrix columns; check R^T R = I through them
        float[][] columns = new float[D][];
        for (int j = 0; j < D; j++) {
            float[] e = new float[D];
            e[j] = 1f;
            columns[j] = t.apply(e);
        }
        for (int i = 0; i < D; i++) {
            for (int j = 0; j < D; j++) {
                assertThat(SyntheticVectors.dot(columns[i], columns[j])).isCloseTo(i == j ? 1.0 : 0.0, within(1e-5));
            }
        }
    }

    @Test
    void randomRotationDependsOnTheSeedOnly() {
        ScaleTransform a = ScaleTransforms.create("random-rotation", D, 5);
        ScaleTransform b = ScaleTransforms.create("random-rotation", D, 5);
        ScaleTransform c = ScaleTransforms.create("random-rotation", D, 6);
        float[] v = SyntheticVectors.randomUnit(new Random(1), D);
        assertThat(a.apply(v)).containsExactly(b.apply(v));
        assertThat(a.apply(v)).isNotEqualTo(c.apply(v));
        assertThat(a.apply(v)).isNotEqualTo(v);
    }

    @Test
    void pcaSortsComponentsByVariance() {
        List<float[]> sample = SyntheticVectors.clustered(3, 800, D, 12, 0.5);
        PcaTransform pca = (PcaTransform) ScaleTransforms.create("pca", D, 7).fit(sample);
        assertThat(pca.fitted()).isTrue();
        double[] reported = pca.variances();
        double[] measured = varianceAlongOutputs(pca, sample);
        for (int i = 0; i < D; i++) {
            assertThat(measured[i]).isCloseTo(reported[i], within(1e-4));
            if (i > 0) {
                assertThat(reported[i]).isLessThanOrEqualTo(reported[i - 1]);
            }
        }
        // the data have a decaying spectrum, so the first quarter must hold well over a quarter of the variance
        double total = 0;
        double head = 0;
        for (int i = 0; i < D; i++) {
            total += measured[i];
            head += i < D / 4 ? measured[i] : 0;
        }
        assertThat(head / total).isGreaterThan(0.5);
        // whereas the raw (randomly oriented) coordinates have no such order
        double[] raw = varianceAlongOutputs(ScaleTransforms.create("prefix", D, 0), sample);
        double rawHead = 0;
        for (int i = 0; i < D / 4; i++) {
            rawHead += raw[i];
        }
        assertThat(rawHead / total).isLessThan(head / total);
    }

    @Test
    void unfittedPcaIsTheIdentityAndFittingIsDeterministic() {
        ScaleTransform pca = ScaleTransforms.create("pca", D, 7);
        assertThat(pca.fittable()).isTrue();
        float[] v = SyntheticVectors.randomUnit(new Random(2), D);
        assertThat(pca.apply(v)).containsExactly(v);
        assertThat(pca.fit(List.of(v))).isSameAs(pca);
        List<float[]> sample = SyntheticVectors.clustered(4, 300, D, 6, 0.5);
        assertThat(pca.fit(sample).apply(v)).containsExactly(pca.fit(sample).apply(v));
    }

    @Test
    void fixedTransformsIgnoreFit() {
        ScaleTransform prefix = ScaleTransforms.create("PREFIX", D, 0);
        assertThat(prefix.name()).isEqualTo("prefix");
        assertThat(prefix.fittable()).isFalse();
        assertThat(prefix.fit(SyntheticVectors.clustered(4, 100, D, 6, 0.5))).isSameAs(prefix);
    }

    @Test
    void unknownNameListsKnownOnes() {
        assertThatThrownBy(() -> ScaleTransforms.create("pcaa", D, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown scale transform [pcaa]; known scale transforms [pca, prefix, random-rotation]");
        assertThatThrownBy(() -> ScaleTransforms.create("prefix", 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension");
    }

    @Test
    void pcaRejectsSampleOfWrongLength() {
        ScaleTransform pca = ScaleTransforms.create("pca", D, 0);
        assertThatThrownBy(() -> pca.fit(List.of(new float[D], new float[D + 1])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length [" + (D + 1) + "]");
    }

    private static double[] varianceAlongOutputs(ScaleTransform t, List<float[]> sample) {
        double[] mean = new double[D];
        double[] sq = new double[D];
        for (float[] v : sample) {
            float[] y = t.apply(v);
            for (int i = 0; i < D; i++) {
                mean[i] += y[i];
                sq[i] += (double) y[i] * y[i];
            }
        }
        double n = sample.size();
        double[] var = new double[D];
        for (int i = 0; i < D; i++) {
            var[i] = (sq[i] - mean[i] * mean[i] / n) / (n - 1);
        }
        return var;
    }
}
