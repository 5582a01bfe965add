package org.qmrinodes.core.fit;

/**
 * Weighted non-linear least squares min Σ w<sub>g</sub>(y<sub>g</sub> − f<sub>g</sub>(p))² by
 * Levenberg–Marquardt with Marquardt's diagonal scaling (Marquardt, J. SIAM 1963), each trial point
 * projected onto the parameter bounds. One instance per thread; {@link #minimize} does not allocate.
 *
 * <p>Convergence: every accepted step changes each parameter by at most 1e-10 of its size, or the
 * cost stops decreasing (relative change ≤ 1e-15), or no damping up to 1e12 finds a descent (a
 * minimum, possibly on a bound), or the residual is at rounding level.
 */
final class LevenbergMarquardt {

    /** The model f<sub>g</sub>(p) and its gradient. */
    interface Model {
        /**
         * @param p parameters
         * @param g point index
         * @param grad receives ∂f<sub>g</sub>/∂p
         * @return f<sub>g</sub>(p)
         */
        double value(double[] p, int g, double[] grad);
    }

    /** {@link #minimize} outcome: converged. */
    static final int CONVERGED = 0;
    /** {@link #minimize} outcome: iteration limit reached. */
    static final int NOT_CONVERGED = 1;
    /** {@link #minimize} outcome: non-finite cost or parameters. */
    static final int FAILED = 2;

    private static final double STEP_TOL = 1e-10;
    private static final double COST_TOL = 1e-15;
    private static final double MAX_DAMPING = 1e12;

    private final int np;
    private final double[] grad;
    private final double[] jtj;
    private final double[] jtr;
    private final double[] a;
    private final double[] step;
    private final double[] trial;
    private double cost;

    LevenbergMarquardt(final int parameters) {
        np = parameters;
        grad = new double[np];
        jtj = new double[np * np];
        jtr = new double[np];
        a = new double[np * np];
        step = new double[np];
        trial = new double[np];
    }

    /** @return the weighted residual sum of squares at the end of the last {@link #minimize} */
    double cost() {
        return cost;
    }

    /**
     * @param model the model
     * @param y data
     * @param w weights
     * @param n number of points
     * @param p start on entry (inside the bounds), estimate on exit
     * @param lo lower bounds
     * @param hi upper bounds
     * @param maxIterations iteration limit
     * @return {@link #CONVERGED}, {@link #NOT_CONVERGED} or {@link #FAILED}
     */
    int minimize(final Model model, final double[] y, final double[] w, final int n, final double[] p,
        final double[] lo, final double[] hi, final int maxIterations) {
        cost = cost(model, y, w, n, p);
        double scaleY = 0;
        for (int g = 0; g < n; g++) {
            scaleY += w[g] * y[g] * y[g];
        }
        if (!Double.isFinite(cost)) {
            return FAILED;
        }
        double lambda = 1e-3;
        for (int iter = 0; iter < maxIterations; iter++) {
            if (cost <= 1e-26 * scaleY) {
                return CONVERGED;
            }
            java.util.Arrays.fill(jtj, 0);
            java.util.Arrays.fill(jtr, 0);
            for (int g = 0; g < n; g++) {
                final double r = y[g] - model.value(p, g, grad);
                for (int i = 0; i < np; i++) {
                    final double wgi = w[g] * grad[i];
                    jtr[i] += wgi * r;
                    for (int j = 0; j <= i; j++) {
                        jtj[i * np + j] += wgi * grad[j];
                    }
                }
            }
            double maxDiag = 0;
            for (int i = 0; i < np; i++) {
                maxDiag = Math.max(maxDiag, jtj[i * np + i]);
                for (int j = 0; j < i; j++) {
                    jtj[j * np + i] = jtj[i * np + j];
                }
            }
            if (!(maxDiag > 0) || Double.isInfinite(maxDiag)) {
                return Double.isFinite(maxDiag) ? CONVERGED : FAILED;
            }
            while (true) {
                System.arraycopy(jtj, 0, a, 0, np * np);
                for (int i = 0; i < np; i++) {
                    a[i * np + i] += lambda * Math.max(jtj[i * np + i], 1e-12 * maxDiag);
                }
                System.arraycopy(jtr, 0, step, 0, np);
                if (SmallLinearSystem.solve(a, step, np)) {
                    boolean small = true;
                    for (int i = 0; i < np; i++) {
                        trial[i] = Math.max(lo[i], Math.min(hi[i], p[i] + step[i]));
                        small &= Math.abs(trial[i] - p[i]) <= STEP_TOL * Math.abs(p[i]);
                    }
                    final double trialCost = cost(model, y, w, n, trial);
                    if (trialCost <= cost) {
                        final double decrease = cost - trialCost;
                        System.arraycopy(trial, 0, p, 0, np);
                        final double old = cost;
                        cost = trialCost;
                        lambda = Math.max(lambda * 0.1, 1e-12);
                        if (small || decrease <= COST_TOL * old) {
                            return CONVERGED;
                        }
                        break;
                    }
                }
                lambda *= 10;
                if (lambda > MAX_DAMPING) {
                    return CONVERGED;
                }
            }
        }
        return NOT_CONVERGED;
    }

    private double cost(final Model model, final double[] y, final double[] w, final int n, final double[] p) {
        double c = 0;
        for (int g = 0; g < n; g++) {
            final double r = y[g] - model.value(p, g, grad);
            c += w[g] * r * r;
        }
        return Double.isNaN(c) ? Double.POSITIVE_INFINITY : c;
    }
}
