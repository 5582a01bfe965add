package org.qmrinodes.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Nearest, trilinear and cubic B-spline resampling against SimpleITK's sitkNearestNeighbor,
 * sitkLinear and sitkBSpline on the analytic volume and grids of
 * {@code validation/resampling/make_resampling_golden.py}. Both write float32, and the values agree
 * to the last bit here; the tolerances leave room for a last-bit difference of sin/cos.
 */
class ResamplingGoldenTest {

    private static final CsvTable GOLDEN =
        CsvTable.read(CsvTable.validationDir().resolve("resampling/simpleitk_resampling.csv"));

    static Volume source() {
        final Geometry g = new Geometry(23, 19, 11, new double[] {-12.5, 7.25, -9.0}, new double[] {1.1, 0.9, 2.0},
            direction(rotZ(8)));
        final float[] v = new float[(int) g.voxelCount()];
        for (int k = 0; k < g.slices(); k++) {
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    double x = 100 + 20 * Math.sin(0.45 * i) * Math.cos(0.35 * j) + 3 * k + 0.05 * i * j;
                    if ((i - 11) * (i - 11) + (j - 9) * (j - 9) < 30 && k >= 3 && k <= 7) {
                        x += 40;
                    }
                    if (i >= 17) {
                        x -= 25;
                    }
                    v[(k * g.rows() + j) * g.columns() + i] = (float) x;
                }
            }
        }
        return Volume.map(g, v);
    }

    static Geometry target() {
        return new Geometry(18, 17, 12, new double[] {-9.5, 10.0, -8.5}, new double[] {0.8, 0.7, 1.5},
            direction(multiply(rotX(9), rotZ(-12))));
    }

    private static double[][] rotZ(final double degrees) {
        final double c = Math.cos(Math.toRadians(degrees));
        final double s = Math.sin(Math.toRadians(degrees));
        return new double[][] {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
    }

    private static double[][] rotX(final double degrees) {
        final double c = Math.cos(Math.toRadians(degrees));
        final double s = Math.sin(Math.toRadians(degrees));
        return new double[][] {{1, 0, 0}, {0, c, -s}, {0, s, c}};
    }

    private static double[][] multiply(final double[][] a, final double[][] b) {
        final double[][] c = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int col = 0; col < 3; col++) {
                for (int m = 0; m < 3; m++) {
                    c[r][col] += a[r][m] * b[m][col];
                }
            }
        }
        return c;
    }

    /** ITK's direction matrix has the axis directions as columns; Geometry lists them one after another. */
    private static double[] direction(final double[][] m) {
        final double[] d = new double[9];
        for (int axis = 0; axis < 3; axis++) {
            for (int r = 0; r < 3; r++) {
                d[3 * axis + r] = m[r][axis];
            }
        }
        return d;
    }

    private static void compare(final Resampling.Interpolation interpolation, final String column,
        final double relativeTolerance) {
        final Volume out = Resampling.onto(source(), target(), interpolation);
        final double[] expected = GOLDEN.numbers(column);
        final double[] i = GOLDEN.numbers("i");
        final double[] j = GOLDEN.numbers("j");
        final double[] k = GOLDEN.numbers("k");
        int compared = 0;
        double worst = 0;
        for (int r = 0; r < expected.length; r++) {
            final float got = out.get((int) i[r], (int) j[r], (int) k[r], 0);
            assertEquals(Double.isNaN(expected[r]), Float.isNaN(got), column + " inside/outside at row " + r);
            if (!Double.isNaN(expected[r])) {
                worst = Math.max(worst, Math.abs(got - expected[r]) / Math.abs(expected[r]));
                compared++;
            }
        }
        assertTrue(compared > 3000, compared + " voxels inside");
        assertTrue(worst <= relativeTolerance, column + ": largest relative difference " + worst);
    }

    @Test
    void nearestMatchesSimpleItk() {
        compare(Resampling.Interpolation.NEAREST, "nearest", 0);
    }

    @Test
    void trilinearMatchesSimpleItk() {
        compare(Resampling.Interpolation.TRILINEAR, "linear", 1e-6);
    }

    @Test
    void cubicBSplineMatchesSimpleItk() {
        compare(Resampling.Interpolation.BSPLINE, "bspline", 1e-6);
    }
}
