package org.qmrinodes.core.features.radiomics;

import java.util.Arrays;

/**
 * Eigenvalues of real matrices that are similar to a symmetric one (backward stable: accurate to a
 * few ulps of the matrix norm).
 */
final class SymmetricEigenvalues {

    private static final int MAX_ITERATIONS = 100;

    private SymmetricEigenvalues() {
    }

    /**
     * Eigenvalues of Q = D⁻¹S (S symmetric, D = diag(w)), through the symmetric D<sup>½</sup> Q D<sup>−½</sup>;
     * rows with w = 0 are zero rows and columns of Q and give eigenvalue 0.
     *
     * @param q the n×n matrix Q, row-major
     * @param w the diagonal of D (non-negative)
     * @param n the order
     * @param work an n×n work array (overwritten)
     * @return the n eigenvalues, ascending
     */
    static double[] ofSimilarSymmetric(final double[] q, final double[] w, final int n, final double[] work) {
        final int[] kept = new int[n];
        int m = 0;
        for (int x = 0; x < n; x++) {
            if (w[x] > 0) {
                kept[m++] = x;
            }
        }
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                final int x = kept[r];
                final int y = kept[c];
                work[r * m + c] = 0.5 * (q[x * n + y] * Math.sqrt(w[x] / w[y]) + q[y * n + x] * Math.sqrt(w[y] / w[x]));
            }
        }
        final double[] values = new double[n];
        final double[] reduced = symmetric(work, m);
        System.arraycopy(reduced, 0, values, n - m, m);
        Arrays.sort(values);
        return values;
    }

    /**
     * Householder reduction to tridiagonal form, then the implicit QL iteration with Wilkinson shifts
     * (Golub &amp; Van Loan, Matrix Computations, §8.3); O(m³) once, where cyclic Jacobi sweeps cost several
     * times that for the hundred-odd grey levels of a filtered image.
     *
     * @param a a symmetric m×m matrix in the first m² entries, row-major (overwritten)
     * @param m the order
     * @return its eigenvalues, ascending
     */
    static double[] symmetric(final double[] a, final int m) {
        final double[] d = new double[m];
        final double[] e = new double[m];
        tridiagonalise(a, m, d, e);
        tridiagonalEigenvalues(d, e, m);
        Arrays.sort(d);
        return d;
    }

    /** A = H T H with T tridiagonal: diagonal d, sub-diagonal e[0..m−2]. */
    private static void tridiagonalise(final double[] a, final int m, final double[] d, final double[] e) {
        final double[] v = new double[m];
        final double[] p = new double[m];
        for (int k = 0; k < m - 2; k++) {
            double norm = 0;
            for (int i = k + 1; i < m; i++) {
                norm += a[i * m + k] * a[i * m + k];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                continue;
            }
            final double alpha = a[(k + 1) * m + k] > 0 ? -norm : norm;
            double vv = 0;
            for (int i = k + 1; i < m; i++) {
                v[i] = a[i * m + k] - (i == k + 1 ? alpha : 0);
                vv += v[i] * v[i];
            }
            if (vv == 0) {
                continue;
            }
            final double beta = 2 / vv;
            double vp = 0;
            for (int i = k + 1; i < m; i++) {
                double sum = 0;
                for (int j = k + 1; j < m; j++) {
                    sum += a[i * m + j] * v[j];
                }
                p[i] = beta * sum;
                vp += v[i] * p[i];
            }
            final double half = beta * vp / 2;
            for (int i = k + 1; i < m; i++) {
                p[i] -= half * v[i];
            }
            for (int i = k + 1; i < m; i++) {
                for (int j = k + 1; j < m; j++) {
                    a[i * m + j] -= v[i] * p[j] + p[i] * v[j];
                }
            }
            a[(k + 1) * m + k] = alpha;
            a[k * m + k + 1] = alpha;
            for (int i = k + 2; i < m; i++) {
                a[i * m + k] = 0;
                a[k * m + i] = 0;
            }
        }
        for (int i = 0; i < m; i++) {
            d[i] = a[i * m + i];
            e[i] = i + 1 < m ? a[(i + 1) * m + i] : 0;
        }
    }

    /** The eigenvalues of the symmetric tridiagonal (d, e) into d, by implicit QL steps (e destroyed). */
    private static void tridiagonalEigenvalues(final double[] d, final double[] e, final int m) {
        for (int l = 0; l < m; l++) {
            for (int iteration = 0;; iteration++) {
                int end = l;
                while (end < m - 1) {
                    final double scale = Math.abs(d[end]) + Math.abs(d[end + 1]);
                    if (Math.abs(e[end]) <= 1e-17 * scale || Math.abs(e[end]) + scale == scale) {
                        break;
                    }
                    end++;
                }
                if (end == l) {
                    break;
                }
                if (iteration == MAX_ITERATIONS) {
                    throw new ArithmeticException("eigenvalues of a " + m + "x" + m + " matrix did not converge");
                }
                double g = (d[l + 1] - d[l]) / (2 * e[l]);
                double r = Math.hypot(g, 1);
                g = d[end] - d[l] + e[l] / (g + Math.copySign(r, g));
                double s = 1;
                double c = 1;
                double shift = 0;
                boolean deflated = false;
                for (int i = end - 1; i >= l; i--) {
                    final double f = s * e[i];
                    final double b = c * e[i];
                    r = Math.hypot(f, g);
                    e[i + 1] = r;
                    if (r == 0) {
                        d[i + 1] -= shift;
                        e[end] = 0;
                        deflated = true;
                        break;
                    }
                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - shift;
                    r = (d[i] - g) * s + 2 * c * b;
                    shift = s * r;
                    d[i + 1] = g + shift;
                    g = c * r - b;
                }
                if (!deflated) {
                    d[l] -= shift;
                    e[l] = g;
                    e[end] = 0;
                }
            }
        }
    }
}
