package org.qmrinodes.core.stats.lasso;

/** Dense vector kernels of the coordinate-descent solver, unrolled for the JIT. */
final class Vectors {

    private Vectors() {
    }

    /** @return Σ a<sub>i</sub>b<sub>i</sub> over the first {@code n} elements */
    static double dot(final double[] a, final double[] b, final int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** @return Σ w<sub>i</sub>x<sub>i</sub>² over the first {@code n} elements */
    static double weightedSquares(final double[] w, final double[] x, final int n) {
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            s0 += w[i] * x[i] * x[i];
            s1 += w[i + 1] * x[i + 1] * x[i + 1];
        }
        for (; i < n; i++) {
            s0 += w[i] * x[i] * x[i];
        }
        return s0 + s1;
    }

    /** @return Σ a<sub>i</sub> over the first {@code n} elements */
    static double sum(final double[] a, final int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i];
        }
        return s;
    }

    /** y ← y + c·x over the first {@code n} elements. */
    static void axpy(final double c, final double[] x, final double[] y, final int n) {
        for (int i = 0; i < n; i++) {
            y[i] += c * x[i];
        }
    }
}
