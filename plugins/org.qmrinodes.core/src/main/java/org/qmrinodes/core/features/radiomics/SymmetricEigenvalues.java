package org.qmrinodes.core.features.radiomics;

import java.util.Arrays;

/**
 * Eigenvalues of small real matrices that are similar to a symmetric one, by cyclic Jacobi
 * rotations (accurate to a few ulps of the matrix norm).
 */
final class SymmetricEigenvalues {

    private static final int MAX_SWEEPS = 100;

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
     * @param a a symmetric m×m matrix in the first m² entries, row-major (overwritten)
     * @param m the order
     * @return its eigenvalues, ascending
     */
    static double[] symmetric(final double[] a, final int m) {
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            double norm = 0;
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < m; c++) {
                    final double v = a[r * m + c] * a[r * m + c];
                    norm += v;
                    off += r != c ? v : 0;
                }
            }
            if (off <= 1e-32 * norm || off == 0) {
                break;
            }
            for (int p = 0; p < m - 1; p++) {
                for (int q = p + 1; q < m; q++) {
                    rotate(a, m, p, q);
                }
            }
        }
        final double[] values = new double[m];
        for (int r = 0; r < m; r++) {
            values[r] = a[r * m + r];
        }
        Arrays.sort(values);
        return values;
    }

    /** One Jacobi rotation that zeroes a[p][q]. */
    private static void rotate(final double[] a, final int m, final int p, final int q) {
        final double apq = a[p * m + q];
        if (apq == 0) {
            return;
        }
        final double theta = (a[q * m + q] - a[p * m + p]) / (2 * apq);
        final double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        final double c = 1 / Math.sqrt(t * t + 1);
        final double s = t * c;
        for (int r = 0; r < m; r++) {
            final double arp = a[r * m + p];
            final double arq = a[r * m + q];
            a[r * m + p] = c * arp - s * arq;
            a[r * m + q] = s * arp + c * arq;
        }
        for (int r = 0; r < m; r++) {
            final double apr = a[p * m + r];
            final double aqr = a[q * m + r];
            a[p * m + r] = c * apr - s * aqr;
            a[q * m + r] = s * apr + c * aqr;
        }
    }
}
