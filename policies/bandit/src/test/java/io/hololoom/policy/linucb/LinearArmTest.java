package io.hololoom.policy.linucb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.policy.bandit.BanditRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/** Sherman–Morrison updates agree with a direct solve of the ridge regression. */
class LinearArmTest {
    private static RealVector xv(double[] x) {
        return new ArrayRealVector(x);
    }

    @Test
    void rankOneUpdatesMatchTheDirectInverse() {
        int size = 7;
        double lambda = 0.5;
        LinearArm arm = new LinearArm(size, lambda);
        RealMatrix a = new Array2DRowRealMatrix(size, size);
        for (int i = 0; i < size; i++) {
            a.setEntry(i, i, lambda);
        }
        RealVector b = new ArrayRealVector(size);
        BanditRandom random = new BanditRandom(3);
        for (int step = 0; step < 200; step++) {
            double[] x = new double[size];
            int[] nz = new int[size];
            int k = 0;
            for (int i = 0; i < size; i++) {
                x[i] = random.nextInt(3) == 0 ? 0 : random.nextGaussian();
                if (x[i] != 0) {
                    nz[k++] = i;
                }
            }
            double r = Math.max(-1, Math.min(1, 0.3 * x[0] - 0.2 * x[1] + 0.1 * random.nextGaussian()));
            arm.update(x, nz, k, r);
            RealVector xv = new ArrayRealVector(x);
            a = a.add(xv.outerProduct(xv));
            b = b.add(xv.mapMultiply(r));
        }
        RealMatrix inverse = new LUDecomposition(a).getSolver().getInverse();
        RealVector theta = inverse.operate(b);
        for (int i = 0; i < size; i++) {
            assertThat(arm.theta[i]).isCloseTo(theta.getEntry(i), within(1e-9));
            assertThat(arm.b[i]).isCloseTo(b.getEntry(i), within(1e-9));
            for (int j = 0; j < size; j++) {
                assertThat(arm.inverse(i, j)).isCloseTo(inverse.getEntry(i, j), within(1e-9));
            }
        }
        assertThat(arm.updates).isEqualTo(200);

        // few non-zero features: the sparse path
        double[] x = {1, 0, 2, 0, 0, -1, 0};
        int[] nz = {0, 2, 5};
        assertThat(arm.variance(x, nz, 3)).isCloseTo(xv(x).dotProduct(inverse.operate(xv(x))), within(1e-12));
        assertThat(arm.mean(x, nz, 3)).isCloseTo(xv(x).dotProduct(theta), within(1e-9));
        // the dense path (most features non-zero) agrees with the sparse one
        double[] dense = {1, 0.1, 2, -0.3, 0.2, -1, 0.5};
        int[] all = {0, 1, 2, 3, 4, 5, 6};
        assertThat(arm.variance(dense, all, 7)).isCloseTo(xv(dense).dotProduct(inverse.operate(xv(dense))),
                within(1e-12));
        assertThat(LinearArm.packedLength(size)).isEqualTo(28);
        assertThat(arm.aInv).hasSize(28);
    }
}
