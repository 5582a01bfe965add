package org.qmrinodes.core.fit;

/**
 * Fitter of models whose logarithm is a polynomial in the acquisition value x (mono-exponential:
 * degree 1; apparent kurtosis: degree 2). LLS/WLLS solve ln S = Σ c<sub>j</sub>x<sup>j</sup> with
 * weights n (LLS) or n·S² (WLLS); NLLS refines the parameters on the signal with
 * Levenberg–Marquardt, started from the WLLS estimate moved inside the bounds.
 */
abstract class LogPolynomialFitter extends VoxelFitter implements LevenbergMarquardt.Model {

    /** Acquisition values of the design points. */
    final double[] x;
    private final double[] counts;
    private final FitMethod method;
    private final double[] lo;
    private final double[] hi;
    private final int maxIterations;
    private final PolynomialLeastSquares polynomial;
    private final boolean fixedWeights;
    private final LevenbergMarquardt lm;
    private final double[] logY;
    private final double[] w;
    private final double[] coef;
    private final double[] p;
    private final double[] grad;

    LogPolynomialFitter(final Design design, final FitMethod method, final double[] lo, final double[] hi,
        final int maxIterations, final int degree) {
        x = design.values;
        counts = design.counts;
        this.method = method;
        this.lo = lo;
        this.hi = hi;
        this.maxIterations = maxIterations;
        polynomial = new PolynomialLeastSquares(degree, x);
        // LLS weights are the image counts, the same in every voxel: solve the normal equations once
        fixedWeights = method == FitMethod.LLS && polynomial.fixWeights(counts);
        lm = new LevenbergMarquardt(lo.length);
        logY = new double[x.length];
        w = new double[x.length];
        coef = new double[degree + 1];
        p = new double[lo.length];
        grad = new double[lo.length];
    }

    /** Converts the polynomial coefficients of ln S into the fitted parameters (NaN allowed). */
    abstract void fromCoefficients(double[] c, double[] q);

    /** Writes S0 and the reported parameters for fitted parameters {@code q}. */
    abstract void report(double[] q, double[] out);

    @Override
    final VoxelStatus fit(final double[] y, final int voxel, final double[] out) {
        final int n = x.length;
        for (int g = 0; g < n; g++) {
            logY[g] = Math.log(y[g]);
            w[g] = method == FitMethod.LLS ? counts[g] : counts[g] * y[g] * y[g];
        }
        if (fixedWeights) {
            polynomial.fitFixed(logY, coef);
        } else if (!polynomial.fit(logY, w, coef)) {
            return VoxelStatus.FAILED;
        }
        fromCoefficients(coef, p);
        final VoxelStatus status;
        if (method == FitMethod.NLLS) {
            for (int i = 0; i < p.length; i++) {
                if (Double.isNaN(p[i])) {
                    p[i] = lo[i];
                }
            }
            moveInside(p, lo, hi);
            status = afterIteration(lm.minimize(this, y, counts, n, p, lo, hi, maxIterations), p, lo, hi);
        } else {
            status = clamp(p, lo, hi);
        }
        report(p, out);
        return status;
    }

    @Override
    final double predicted(final int g) {
        return value(p, g, grad);
    }
}
