package org.qmrinodes.core.image;

import java.util.stream.IntStream;

/**
 * Cubic B-spline interpolation of one volume, as ITK's {@code BSplineInterpolateImageFunction} of
 * order 3 (SimpleITK {@code sitkBSpline}) does it.
 *
 * <p>The volume is first turned into B-spline coefficients c, so that the spline
 * {@code f(x) = Σ c[m] β³(x − m)} passes through every voxel value (Unser, "Splines: a perfect fit
 * for signal and image processing", IEEE Signal Process. Mag. 16(6), 1999; Unser, Aldroubi, Eden,
 * IEEE Trans. Signal Process. 41(2), 1993). The direct B-spline filter is separable, so it runs
 * along each axis in turn (axes of one voxel are left alone): each line is multiplied by the gain
 * (1 − z)(1 − 1/z) = 6 of the single pole z = √3 − 2, then filtered causally
 * {@code c⁺[m] = s[m] + z c⁺[m−1]} and anti-causally {@code c[m] = z (c[m+1] − c⁺[m])}, with the
 * line mirrored about its first and last sample (…, s[2], s[1], s[0], s[1], s[2], …). The causal
 * filter starts from {@code Σ z^m s[m]} over the first ⌈ln 10⁻¹⁰ / ln |z|⌉ = 18 samples when the line
 * is longer than that and from the exact mirrored sum otherwise; the anti-causal one from
 * {@code c[N−1] = z / (z² − 1) · (z c⁺[N−2] + c⁺[N−1])} — the initial values and tolerance of ITK.
 *
 * <p>At a continuous index x the value is {@code Σ w_a w_b w_c · c} over the 4 × 4 × 4 coefficients
 * around it, with, per axis, t = x − ⌊x⌋ and the cubic B-spline weights (1 − t)³/6,
 * (4 − 6t² + 3t³)/6, (1 + 3t + 3t² − 3t³)/6 and t³/6 of the coefficients ⌊x⌋ − 1 … ⌊x⌋ + 2; indices
 * outside the grid are mirrored the same way as the prefilter's lines.
 */
final class CubicBSpline {

    private static final double POLE = Math.sqrt(3) - 2;
    private static final double GAIN = (1 - POLE) * (1 - 1 / POLE);
    private static final int HORIZON = (int) Math.ceil(Math.log(1e-10) / Math.log(Math.abs(POLE)));

    private final double[] coefficients;
    private final int[] size;

    /**
     * Computes the coefficients (once per volume; the lines of an axis in parallel).
     *
     * @param values the voxel values, column fastest, then row, then slice
     * @param columns number of columns
     * @param rows number of rows
     * @param slices number of slices
     */
    CubicBSpline(final float[] values, final int columns, final int rows, final int slices) {
        size = new int[] {columns, rows, slices};
        coefficients = new double[values.length];
        for (int v = 0; v < values.length; v++) {
            coefficients[v] = values[v];
        }
        final int[] stride = {1, columns, columns * rows};
        for (int axis = 0; axis < 3; axis++) {
            final int n = size[axis];
            if (n == 1) {
                continue;
            }
            // the lines of this axis start at every voxel whose index along it is 0
            final int a = axis == 0 ? 1 : 0;
            final int b = axis == 2 ? 1 : 2;
            final int step = stride[axis];
            IntStream.range(0, size[b]).parallel().forEach(q -> {
                final double[] line = new double[n];
                for (int p = 0; p < size[a]; p++) {
                    final int start = p * stride[a] + q * stride[b];
                    for (int m = 0; m < n; m++) {
                        line[m] = coefficients[start + m * step];
                    }
                    toCoefficients(line);
                    for (int m = 0; m < n; m++) {
                        coefficients[start + m * step] = line[m];
                    }
                }
            });
        }
    }

    /** The direct cubic B-spline filter of one line with mirror boundaries, in place. */
    static void toCoefficients(final double[] c) {
        final int n = c.length;
        for (int m = 0; m < n; m++) {
            c[m] *= GAIN;
        }
        c[0] = initialCausal(c);
        for (int m = 1; m < n; m++) {
            c[m] += POLE * c[m - 1];
        }
        c[n - 1] = POLE / (POLE * POLE - 1) * (POLE * c[n - 2] + c[n - 1]);
        for (int m = n - 2; m >= 0; m--) {
            c[m] = POLE * (c[m + 1] - c[m]);
        }
    }

    private static double initialCausal(final double[] c) {
        final int n = c.length;
        double zm = POLE;
        if (HORIZON < n) {
            double sum = c[0];
            for (int m = 1; m < HORIZON; m++) {
                sum += zm * c[m];
                zm *= POLE;
            }
            return sum;
        }
        // Σ over the mirrored, 2N−2-periodic line, summed in closed form
        double z2m = Math.pow(POLE, 2 * n - 3);
        double sum = c[0] + Math.pow(POLE, n - 1) * c[n - 1];
        for (int m = 1; m <= n - 2; m++) {
            sum += (zm + z2m) * c[m];
            zm *= POLE;
            z2m /= POLE;
        }
        return sum / (1 - Math.pow(POLE, 2 * n - 2));
    }

    /**
     * @param x continuous column index
     * @param y continuous row index
     * @param z continuous slice index
     * @param scratch room for the 12 weights, reused between calls ({@link #scratch()})
     * @param index room for the 12 coefficient indices, likewise ({@link #indices()})
     * @return the spline's value there
     */
    double at(final double x, final double y, final double z, final double[] scratch, final int[] index) {
        support(x, size[0], scratch, index, 0);
        support(y, size[1], scratch, index, 4);
        support(z, size[2], scratch, index, 8);
        final int nc = size[0];
        final int plane = size[0] * size[1];
        double value = 0;
        for (int c = 0; c < 4; c++) {
            final int kOffset = index[8 + c] * plane;
            double sumRows = 0;
            for (int b = 0; b < 4; b++) {
                final int offset = kOffset + index[4 + b] * nc;
                double sumColumns = 0;
                for (int a = 0; a < 4; a++) {
                    sumColumns += scratch[a] * coefficients[offset + index[a]];
                }
                sumRows += scratch[4 + b] * sumColumns;
            }
            value += scratch[8 + c] * sumRows;
        }
        return value;
    }

    /** @return room for the weights of {@link #at} */
    static double[] scratch() {
        return new double[12];
    }

    /** @return room for the indices of {@link #at} */
    static int[] indices() {
        return new int[12];
    }

    private static void support(final double x, final int n, final double[] w, final int[] index, final int at) {
        final double base = Math.floor(x);
        final double t = x - base;
        final double s = 1 - t;
        final double t2 = t * t;
        final double t3 = t2 * t;
        w[at] = s * s * s / 6;
        w[at + 1] = (4 - 6 * t2 + 3 * t3) / 6;
        w[at + 2] = (1 + 3 * t + 3 * t2 - 3 * t3) / 6;
        w[at + 3] = t3 / 6;
        final int first = (int) base - 1;
        for (int m = 0; m < 4; m++) {
            index[at + m] = mirror(first + m, n);
        }
    }

    private static int mirror(final int i, final int n) {
        if (n == 1) {
            return 0;
        }
        if (i >= 0 && i < n) {
            return i;
        }
        final int period = 2 * n - 2;
        final int r = ((i % period) + period) % period;
        return r < n ? r : period - r;
    }
}
