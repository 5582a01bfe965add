package org.qmrinodes.core.stats.regression;

/**
 * Householder QR decomposition of the weighted design matrix A = W<sup>½</sup>X (n × p, n ≥ p),
 * the numerically stable way to work with the Fisher information I = XᵀWX = RᵀR without forming
 * it: solves I·δ = u, gives I⁻¹, log det I = 2 Σ log |R<sub>jj</sub>| and the diagonal of the hat
 * matrix H = A I⁻¹ Aᵀ = Q Qᵀ (the squared row norms of the thin Q).
 */
final class WeightedQr {

    private final int n;
    private final int p;
    private final double[][] r;
    private final double[][] householder;
    private final double[] beta;

    /**
     * @param x design rows (n × p)
     * @param weights one weight per row
     */
    WeightedQr(final double[][] x, final double[] weights) {
        n = x.length;
        p = x[0].length;
        final double[][] a = new double[p][n];
        for (int i = 0; i < n; i++) {
            final double s = Math.sqrt(weights[i]);
            for (int j = 0; j < p; j++) {
                a[j][i] = s * x[i][j];
            }
        }
        householder = new double[p][];
        beta = new double[p];
        r = new double[p][p];
        for (int k = 0; k < p; k++) {
            final double[] col = a[k];
            double norm = 0;
            for (int i = k; i < n; i++) {
                norm = Math.hypot(norm, col[i]);
            }
            final double alpha = col[k] > 0 ? -norm : norm;
            final double[] v = new double[n];
            System.arraycopy(col, k, v, k, n - k);
            v[k] -= alpha;
            double vv = 0;
            for (int i = k; i < n; i++) {
                vv += v[i] * v[i];
            }
            householder[k] = v;
            beta[k] = vv == 0 ? 0 : 2 / vv;
            for (int j = k; j < p; j++) {
                reflect(k, a[j]);
            }
            for (int j = k; j < p; j++) {
                r[k][j] = a[j][k];
            }
        }
    }

    private void reflect(final int k, final double[] y) {
        if (beta[k] == 0) {
            return;
        }
        final double[] v = householder[k];
        double dot = 0;
        for (int i = k; i < n; i++) {
            dot += v[i] * y[i];
        }
        final double f = beta[k] * dot;
        for (int i = k; i < n; i++) {
            y[i] -= f * v[i];
        }
    }

    /** @return the smallest |R<sub>jj</sub>| relative to the largest; near 0 means X is rank deficient */
    double relativeMinimumPivot() {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int j = 0; j < p; j++) {
            min = Math.min(min, Math.abs(r[j][j]));
            max = Math.max(max, Math.abs(r[j][j]));
        }
        return max == 0 ? 0 : min / max;
    }

    /** @return the index of the first column whose pivot is relatively below {@code tolerance}, or −1 */
    int firstDependentColumn(final double tolerance) {
        double max = 0;
        for (int j = 0; j < p; j++) {
            max = Math.max(max, Math.abs(r[j][j]));
        }
        for (int j = 0; j < p; j++) {
            if (Math.abs(r[j][j]) <= tolerance * max) {
                return j;
            }
        }
        return -1;
    }

    /** @return δ with RᵀR δ = u */
    double[] solve(final double[] u) {
        final double[] z = new double[p];
        for (int i = 0; i < p; i++) {
            double s = u[i];
            for (int k = 0; k < i; k++) {
                s -= r[k][i] * z[k];
            }
            z[i] = s / r[i][i];
        }
        final double[] d = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < p; k++) {
                s -= r[i][k] * d[k];
            }
            d[i] = s / r[i][i];
        }
        return d;
    }

    /** @return I⁻¹ = R⁻¹R⁻ᵀ */
    double[][] inverse() {
        final double[][] inv = new double[p][];
        for (int j = 0; j < p; j++) {
            final double[] e = new double[p];
            e[j] = 1;
            inv[j] = solve(e);
        }
        return inv;
    }

    /** @return log det I = 2 Σ log |R<sub>jj</sub>| */
    double logDeterminant() {
        double s = 0;
        for (int j = 0; j < p; j++) {
            s += Math.log(Math.abs(r[j][j]));
        }
        return 2 * s;
    }

    /** @return the diagonal of the hat matrix, h<sub>i</sub> = Σ<sub>j</sub> Q<sub>ij</sub>² */
    double[] hatDiagonal() {
        final double[] h = new double[n];
        for (int j = 0; j < p; j++) {
            final double[] q = new double[n];
            q[j] = 1;
            for (int k = p - 1; k >= 0; k--) {
                reflect(k, q);
            }
            for (int i = 0; i < n; i++) {
                h[i] += q[i] * q[i];
            }
        }
        return h;
    }
}
