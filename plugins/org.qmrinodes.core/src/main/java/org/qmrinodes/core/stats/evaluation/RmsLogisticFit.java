package org.qmrinodes.core.stats.evaluation;

/**
 * Binary logistic regression fitted exactly as R {@code rms::lrm.fit} (rms 6.5) iterates, because
 * the evaluation indices of {@code val.prob}, {@code validate} and {@code calibrate} depend on its
 * early stop: Newton–Raphson from intercept logit(ȳ) and zero slopes, linear predictor clamped to
 * ±30, step halving when −2 log likelihood gets worse (failure if on the first step), and a stop
 * one step after the change in −2LL falls to {@code dlike} = 0.025 or below (or at once when the
 * score is below 1e-9 and the change below 0.1·dlike); failure without convergence within
 * {@code maxit − 1} steps or with a singular information matrix. See
 * {@code validation/evaluation/ALGORITHMS.md} §0.
 */
final class RmsLogisticFit {

    /** Default maximum iterations of lrm.fit. */
    static final int MAXIT = 12;
    /** Default convergence criterion on −2LL. */
    static final double DLIKE = 0.025;

    /**
     * @param coefficients intercept, then one slope per column
     * @param deviance −2 log likelihood at the coefficients
     * @param nullDeviance −2 log likelihood of the intercept-only model
     * @param failed whether the fit failed (divergence, singular information, one class)
     */
    record Fit(double[] coefficients, double deviance, double nullDeviance, boolean failed) {

        /** @return the likelihood-ratio χ², null deviance minus deviance */
        double likelihoodRatio() {
            return nullDeviance - deviance;
        }

        /** @return Nagelkerke's R² for n observations */
        double nagelkerke(final int n) {
            return (1 - Math.exp(-likelihoodRatio() / n)) / (1 - Math.exp(-nullDeviance / n));
        }
    }

    private RmsLogisticFit() {
    }

    /**
     * @param x design, {@code x[i][j]} value of column j for row i (no intercept column)
     * @param y outcomes
     * @param initial start coefficients (intercept first), or null for lrm.fit's
     * @param maxit maximum iterations ({@code 1}: statistics at the initial values, no fitting)
     * @param tol singularity tolerance of the linear solve
     * @return the fit
     */
    static Fit fit(final double[][] x, final boolean[] y, final double[] initial, final int maxit, final double tol) {
        final int n = y.length;
        final int k = n == 0 ? 0 : x[0].length;
        final int p = k + 1;
        int events = 0;
        for (final boolean b : y) {
            if (b) {
                events++;
            }
        }
        final double nullDeviance = events == 0 || events == n ? 0
            : -2 * (events * Math.log((double) events / n) + (n - events) * Math.log((double) (n - events) / n));
        final double[] beta = new double[p];
        if (initial != null) {
            System.arraycopy(initial, 0, beta, 0, p);
        } else if (events == 0 || events == n) {
            return new Fit(beta, Double.NaN, nullDeviance, true);
        } else {
            beta[0] = Math.log((double) events / (n - events));
        }
        final double[] u = new double[p];
        final double[][] v = new double[p][p];
        if (maxit <= 1) {
            return new Fit(beta, evaluate(x, y, beta, u, v), nullDeviance, false);
        }
        double oldL = 1e30;
        double step = 1;
        final double[] delta = new double[p];
        for (int iter = 1; iter <= maxit - 1; iter++) {
            final double l = evaluate(x, y, beta, u, v);
            double maxU = 0;
            for (final double s : u) {
                maxU = Math.max(maxU, Math.abs(s));
            }
            if (maxU < 1e-9 && Math.abs(l - oldL) < 0.1 * DLIKE) {
                return new Fit(beta, evaluate(x, y, beta, u, v), nullDeviance, false);
            }
            if (l > oldL) {
                if (iter == 1) {
                    return new Fit(beta, l, nullDeviance, true);
                }
                step /= 2;
                for (int j = 0; j < p; j++) {
                    beta[j] -= step * delta[j];
                }
                continue;
            }
            step = 1;
            if (!solve(v, u, delta, tol)) {
                return new Fit(beta, l, nullDeviance, true);
            }
            for (int j = 0; j < p; j++) {
                beta[j] += delta[j];
            }
            if (Math.abs(oldL - l) <= DLIKE) {
                return new Fit(beta, evaluate(x, y, beta, u, v), nullDeviance, false);
            }
            oldL = l;
        }
        return new Fit(beta, evaluate(x, y, beta, u, v), nullDeviance, maxit > 2);
    }

    /** @return −2 log likelihood at beta; fills the score u and information v */
    private static double evaluate(final double[][] x, final boolean[] y, final double[] beta, final double[] u,
        final double[][] v) {
        final int p = beta.length;
        java.util.Arrays.fill(u, 0);
        for (final double[] row : v) {
            java.util.Arrays.fill(row, 0);
        }
        double l = 0;
        for (int i = 0; i < y.length; i++) {
            double eta = beta[0];
            for (int j = 1; j < p; j++) {
                eta += beta[j] * x[i][j - 1];
            }
            eta = Math.max(-30, Math.min(30, eta));
            final double prob = 1 / (1 + Math.exp(-eta));
            l -= 2 * (y[i] ? Math.log(prob) : Math.log1p(-prob));
            final double r = (y[i] ? 1 : 0) - prob;
            final double w = prob * (1 - prob);
            for (int a = 0; a < p; a++) {
                final double xa = a == 0 ? 1 : x[i][a - 1];
                u[a] += r * xa;
                for (int b = 0; b <= a; b++) {
                    final double xb = b == 0 ? 1 : x[i][b - 1];
                    v[a][b] += w * xa * xb;
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = a + 1; b < p; b++) {
                v[a][b] = v[b][a];
            }
        }
        return l;
    }

    /** Solves v·d = u by Gaussian elimination with partial pivoting; false when v is singular to tol. */
    private static boolean solve(final double[][] v, final double[] u, final double[] d, final double tol) {
        final int p = u.length;
        final double[][] a = new double[p][p + 1];
        double scale = 0;
        for (int i = 0; i < p; i++) {
            System.arraycopy(v[i], 0, a[i], 0, p);
            a[i][p] = u[i];
            scale = Math.max(scale, Math.abs(v[i][i]));
        }
        for (int c = 0; c < p; c++) {
            int pivot = c;
            for (int r = c + 1; r < p; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            if (!(Math.abs(a[pivot][c]) > tol * scale)) {
                return false;
            }
            final double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            for (int r = c + 1; r < p; r++) {
                final double m = a[r][c] / a[c][c];
                for (int j = c; j <= p; j++) {
                    a[r][j] -= m * a[c][j];
                }
            }
        }
        for (int c = p - 1; c >= 0; c--) {
            double s = a[c][p];
            for (int j = c + 1; j < p; j++) {
                s -= a[c][j] * d[j];
            }
            d[c] = s / a[c][c];
        }
        return true;
    }
}
