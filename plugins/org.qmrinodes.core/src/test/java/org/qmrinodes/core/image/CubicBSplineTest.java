package org.qmrinodes.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Properties of the cubic B-spline that hold whatever the data: it passes through every sample. */
class CubicBSplineTest {

    private static float value(final int i, final int j, final int k) {
        return (float) (Math.sin(1.7 * i + 0.3) * 50 + ((i * 7 + j * 3 + k * 5) % 4) * 10 - j * k);
    }

    /** Lines shorter and longer than the 18-sample horizon of the causal start, and single-voxel axes. */
    @Test
    void interpolatesTheSamples() {
        for (final int[] n : new int[][] {{2, 3, 1}, {5, 1, 4}, {30, 19, 2}, {1, 1, 25}}) {
            final float[] v = new float[n[0] * n[1] * n[2]];
            for (int k = 0; k < n[2]; k++) {
                for (int j = 0; j < n[1]; j++) {
                    for (int i = 0; i < n[0]; i++) {
                        v[(k * n[1] + j) * n[0] + i] = value(i, j, k);
                    }
                }
            }
            final CubicBSpline s = new CubicBSpline(v, n[0], n[1], n[2]);
            for (int k = 0; k < n[2]; k++) {
                for (int j = 0; j < n[1]; j++) {
                    for (int i = 0; i < n[0]; i++) {
                        assertEquals(value(i, j, k), s.at(i, j, k, CubicBSpline.scratch(), CubicBSpline.indices()), 1e-6,
                            n[0] + "x" + n[1] + "x" + n[2] + " at " + i + "," + j + "," + k);
                    }
                }
            }
        }
    }

    @Test
    void keepsAConstantConstantUpToTheGridEdge() {
        final float[] v = new float[6 * 4 * 3];
        java.util.Arrays.fill(v, 42.5f);
        final CubicBSpline s = new CubicBSpline(v, 6, 4, 3);
        for (final double[] x : new double[][] {{-0.5, -0.5, -0.5}, {5.5, 3.5, 2.5}, {2.3, 1.7, 0.1}}) {
            assertEquals(42.5, s.at(x[0], x[1], x[2], CubicBSpline.scratch(), CubicBSpline.indices()), 1e-9);
        }
    }
}
