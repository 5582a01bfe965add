package org.qmrinodes.core.fit;

/**
 * Weighted least-squares polynomial y ≈ c<sub>0</sub> + c<sub>1</sub>x + … + c<sub>d</sub>x<sup>d</sup>
 * by the normal equations, with x scaled by max|x| for conditioning (b² reaches 4·10⁶ in DKI).
 * One instance per thread; the fits do not allocate.
 *
 * <p>When the abscissae are the same for every voxel (the acquisition values of a design), construct
 * with them: the scale and the powers of the scaled x are then computed once, and for weights that
 * do not change from voxel to voxel ({@link #fixWeights}) the whole solution operator
 * (XᵀWX)⁻¹XᵀW is precomputed, so that a fit is one small matrix–vector product.
 */
final class PolynomialLeastSquares {

    private final int m;
    private final double[] normal;
    private final double[] rhs;
    private final double[] moments;
    /** Scale and powers t<sub>i</sub><sup>k</sup> (k &lt; 2m − 1) of fixed abscissae, or null. */
    private final double fixedScale;
    private final double[] powers;
    private final int points;
    /** Row-major m × points solution operator for fixed weights (scale folded in), or null. */
    private double[] operator;

    PolynomialLeastSquares(final int degree) {
        m = degree + 1;
        normal = new double[m * m];
        rhs = new double[m];
        moments = new double[2 * m - 1];
        fixedScale = Double.NaN;
        powers = null;
        points = 0;
    }

    /**
     * @param degree polynomial degree
     * @param x the abscissae every later {@link #fit(double[], double[], double[])} uses
     */
    PolynomialLeastSquares(final int degree, final double[] x) {
        m = degree + 1;
        normal = new double[m * m];
        rhs = new double[m];
        moments = new double[2 * m - 1];
        points = x.length;
        fixedScale = scale(x, x.length);
        powers = new double[points * moments.length];
        for (int i = 0; i < points; i++) {
            final double t = x[i] / fixedScale;
            double p = 1;
            for (int k = 0; k < moments.length; k++) {
                powers[i * moments.length + k] = p;
                p *= t;
            }
        }
    }

    private static double scale(final double[] x, final int n) {
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(x[i]));
        }
        return !(scale > 0) || Double.isInfinite(scale) ? 1 : scale;
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
        final double scale = scale(x, n);
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
        return solve(scale, coef);
    }

    /**
     * Fit on the abscissae given at construction.
     *
     * @param y ordinates, one per abscissa
     * @param w weights (≥ 0)
     * @param coef receives c<sub>0</sub> … c<sub>d</sub>
     * @return false if the system is singular
     */
    boolean fit(final double[] y, final double[] w, final double[] coef) {
        java.util.Arrays.fill(moments, 0);
        java.util.Arrays.fill(rhs, 0);
        final int k2 = moments.length;
        for (int i = 0; i < points; i++) {
            final double wi = w[i];
            final double wy = wi * y[i];
            for (int k = 0; k < k2; k++) {
                final double p = powers[i * k2 + k];
                moments[k] += wi * p;
                if (k < m) {
                    rhs[k] += wy * p;
                }
            }
        }
        return solve(fixedScale, coef);
    }

    /**
     * Precomputes the solution for weights that every later {@link #fitFixed} uses.
     *
     * @param w weights (≥ 0), one per abscissa given at construction
     * @return false if the system is singular
     */
    boolean fixWeights(final double[] w) {
        final double[] unit = new double[points];
        final double[] column = new double[m];
        final double[] op = new double[m * points];
        for (int i = 0; i < points; i++) {
            unit[i] = 1;
            if (!fit(unit, w, column)) {
                return false;
            }
            for (int j = 0; j < m; j++) {
                op[j * points + i] = column[j];
            }
            unit[i] = 0;
        }
        operator = op;
        return true;
    }

    /**
     * Fit with the abscissae given at construction and the weights of {@link #fixWeights}.
     *
     * @param y ordinates
     * @param coef receives c<sub>0</sub> … c<sub>d</sub>
     */
    void fitFixed(final double[] y, final double[] coef) {
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (int i = 0; i < points; i++) {
                s += operator[j * points + i] * y[i];
            }
            coef[j] = s;
        }
    }

    private boolean solve(final double scale, final double[] coef) {
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
