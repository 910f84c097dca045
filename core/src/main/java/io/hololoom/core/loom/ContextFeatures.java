package io.hololoom.core.loom;

import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard;
import java.util.List;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Statistics of the retrieved context: scores, and spectral features of the shards' similarity graph (the
 * smallest Laplacian eigenvalues, whose second is the Fiedler value, and the top singular values of the
 * context embeddings), as the original computed them.
 *
 * @param topScore best similarity
 * @param meanScore mean similarity
 * @param gap best minus second-best similarity
 * @param fill retrieved / requested
 * @param noteFraction share of notes in the context
 * @param laplacian the 4 smallest eigenvalues of the graph Laplacian, ascending (zeros if fewer shards)
 * @param singular the top 2 singular values of the context embeddings divided by √n
 */
record ContextFeatures(double topScore, double meanScore, double gap, double fill, double noteFraction,
        double[] laplacian, double[] singular) {

    static final int LAPLACIAN_K = 4;
    static final int SINGULAR_K = 2;
    /** Length of {@link #toArray()}. */
    static final int SIZE = 5 + LAPLACIAN_K + SINGULAR_K;

    static final ContextFeatures EMPTY = new ContextFeatures(0, 0, 0, 0, 0, new double[LAPLACIAN_K],
            new double[SINGULAR_K]);

    static ContextFeatures of(List<ScoredShard> context, List<float[]> vectors, int requested) {
        if (context.isEmpty()) {
            return EMPTY;
        }
        int n = context.size();
        double top = context.get(0).score();
        double sum = 0;
        int notes = 0;
        for (ScoredShard s : context) {
            sum += s.score();
            if (s.shard().kind() == Shard.Kind.NOTE) {
                notes++;
            }
        }
        double gap = n > 1 ? top - context.get(1).score() : top;
        double[] lap = new double[LAPLACIAN_K];
        double[] sv = new double[SINGULAR_K];
        if (vectors.size() == n && n > 1) {
            spectral(vectors, lap, sv);
        }
        return new ContextFeatures(top, sum / n, gap, Math.min(1, n / (double) requested), notes / (double) n, lap, sv);
    }

    private static void spectral(List<float[]> vectors, double[] lap, double[] sv) {
        int n = vectors.size();
        double[][] gram = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double dot = 0;
                float[] a = vectors.get(i);
                float[] b = vectors.get(j);
                for (int d = 0; d < a.length; d++) {
                    dot += a[d] * b[d];
                }
                gram[i][j] = dot;
                gram[j][i] = dot;
            }
        }
        double[][] laplacian = new double[n][n];
        for (int i = 0; i < n; i++) {
            double degree = 0;
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double w = Math.max(0, gram[i][j]);
                    laplacian[i][j] = -w;
                    degree += w;
                }
            }
            laplacian[i][i] = degree;
        }
        double[] eig = sortedEigenvalues(MatrixUtils.createRealMatrix(laplacian));
        for (int i = 0; i < LAPLACIAN_K && i < eig.length; i++) {
            lap[i] = Math.max(0, eig[i]) / n;
        }
        double[] g = sortedEigenvalues(MatrixUtils.createRealMatrix(gram));
        for (int i = 0; i < SINGULAR_K && i < g.length; i++) {
            sv[i] = Math.sqrt(Math.max(0, g[g.length - 1 - i]) / n);
        }
    }

    private static double[] sortedEigenvalues(RealMatrix m) {
        double[] e = new EigenDecomposition(m).getRealEigenvalues().clone();
        java.util.Arrays.sort(e);
        return e;
    }

    /** The Fiedler value (second-smallest Laplacian eigenvalue). */
    double fiedler() {
        return laplacian[1];
    }

    float[] toArray() {
        float[] v = new float[SIZE];
        v[0] = (float) topScore;
        v[1] = (float) meanScore;
        v[2] = (float) gap;
        v[3] = (float) fill;
        v[4] = (float) noteFraction;
        for (int i = 0; i < LAPLACIAN_K; i++) {
            v[5 + i] = (float) laplacian[i];
        }
        for (int i = 0; i < SINGULAR_K; i++) {
            v[5 + LAPLACIAN_K + i] = (float) singular[i];
        }
        return v;
    }
}
