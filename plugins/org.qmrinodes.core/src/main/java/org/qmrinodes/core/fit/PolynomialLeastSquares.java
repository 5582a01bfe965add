package org.qmrinodes.core.fit;

/**
 * Weighted least-squares polynomial y ≈ c<sub>0</sub> + c<sub>1</sub>x + … + c<sub>d</sub>x<sup>d</sup>
 * by the normal equations, with x scaled by max|x| for conditioning (b² reaches 4·10⁶ in DKI).
 * One instance per thread; {@link #fit} does not allocate.
 */
final class PolynomialLeastSquares {

    private final int m;
    private final double[] normal;
    private final double[] rhs;
    private final double[] moments;

    PolynomialLeastSquares(final int degree) {
        m = degree + 1;
        normal = new double[m * m];
        rhs = new double[m];
        moments = new double[2 * m - 1];
    }

    /**
     * @param x abscissae
     * @param y ordinates
     * @param w weights (≥ 0)
     * @param n number of points used (first n)
     * @param coef receives c<sub>0</sub> … c<sub>d</sub>
     * @return false if the system is singular (too few distinct x with positive weight)
     */
    boolean fit(final double[] x, final double[] y, final double[] w, final int n, final double[] coef) {
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(x[i]));
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            scale = 1;
        }
        java.util.Arrays.fill(moments, 0);
        java.util.Arrays.fill(rhs, 0);
        for (int i = 0; i < n; i++) {
            final double t = x[i] / scale;
            double wt = w[i];
            for (int k = 0; k < moments.length; k++) {
                moments[k] += wt;
                if (k < m) {
                    rhs[k] += wt * y[i];
                }
                wt *= t;
            }
        }
        for (int j = 0; j < m; j++) {
            for (int l = 0; l < m; l++) {
                normal[j * m + l] = moments[j + l];
            }
        }
        if (!SmallLinearSystem.solve(normal, rhs, m)) {
            return false;
        }
        double s = 1;
        for (int j = 0; j < m; j++) {
            coef[j] = rhs[j] / s;
            s *= scale;
        }
        return true;
    }
}
