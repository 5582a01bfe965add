package org.qmrinodes.core.fit;

/**
 * In-place solution of small symmetric positive definite systems by the square-root-free Cholesky
 * factorisation A = L·D·Lᵀ, without allocation.
 */
final class SmallLinearSystem {

    private SmallLinearSystem() {
    }

    /**
     * Solves A·x = b for symmetric positive definite A.
     *
     * @param a the m×m matrix, row-major; overwritten by L below the diagonal (unit diagonal implied)
     *        and D on the diagonal
     * @param b the right-hand side; overwritten by the solution
     * @param m the order
     * @return false if A is not (numerically) positive definite
     */
    static boolean solve(final double[] a, final double[] b, final int m) {
        for (int j = 0; j < m; j++) {
            double d = a[j * m + j];
            for (int k = 0; k < j; k++) {
                final double l = a[j * m + k];
                d -= l * l * a[k * m + k];
            }
            if (!(d > 0)) {
                return false;
            }
            a[j * m + j] = d;
            final double inv = 1 / d;
            for (int i = j + 1; i < m; i++) {
                double s = a[i * m + j];
                for (int k = 0; k < j; k++) {
                    s -= a[i * m + k] * a[j * m + k] * a[k * m + k];
                }
                a[i * m + j] = s * inv;
            }
        }
        for (int i = 0; i < m; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= a[i * m + k] * b[k];
            }
            b[i] = s;
        }
        for (int i = m - 1; i >= 0; i--) {
            double s = b[i] / a[i * m + i];
            for (int k = i + 1; k < m; k++) {
                s -= a[k * m + i] * b[k];
            }
            b[i] = s;
        }
        return true;
    }
}
