package org.qmrinodes.core.stats.lasso;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * glmnet's two-class logistic path solver ({@code lognet}, Newton version, dense): standardised
 * features, then for each lambda iteratively reweighted least squares around the current fit,
 * each weighted least-squares problem solved by cyclic coordinate descent with soft-thresholding
 * (Friedman, Hastie &amp; Tibshirani 2010, J Stat Softw 33(1), §3), with warm starts along the path,
 * the sequential strong rule to choose the features visited and a KKT check of all others (Tibshirani
 * et al. 2012, JRSS B 74(2)).
 *
 * <p>With weights w<sub>i</sub> = 1/n, working weights v<sub>i</sub> = w<sub>i</sub>p<sub>i</sub>(1 − p<sub>i</sub>),
 * residuals r<sub>i</sub> = w<sub>i</sub>(y<sub>i</sub> − p<sub>i</sub>) and x̃ = Σ v<sub>i</sub>x<sub>ij</sub>², a
 * coordinate update is β<sub>j</sub> ← S(Σ r<sub>i</sub>x<sub>ij</sub> + x̃β<sub>j</sub>, λα) / (x̃ + λ(1 − α)), S the
 * soft-threshold. A weighted least-squares fit has converged when every x̃Δβ<sub>j</sub>² (and
 * Σv·Δβ₀² for the intercept) is below thresh × dev₀, dev₀ the null deviance/(2n); the IRLS loop when
 * the same holds between successive quadratic approximations.
 */
final class LogisticCoordinateDescent {

    private static final double PMIN = 1e-9;
    private static final double BIG = 9.9e35;
    private static final double EPS = 1e-6;
    private static final double FDEV = 1e-5;
    private static final double DEVMAX = 0.999;
    private static final int MNLAM = 5;
    private static final double FMAX = Math.log(1.0 / PMIN - 1.0);
    private static final double VMIN = (1.0 + PMIN) * PMIN * (1.0 - PMIN);

    private final int n;
    private final int p;
    private final double[][] x;
    private final double[] y;
    private final double[] w;
    private final boolean[] ju;
    private final double[] xm;
    private final double[] xs;

    private final double[] b;
    private double b0;
    private final double[] v;
    private final double[] r;
    private double xmz;
    private final double[] xv;
    private final boolean[] strong;
    private final int[] active;
    private final boolean[] isActive;
    private int nin;
    private int nlp;

    private LogisticCoordinateDescent(final FeatureMatrix data) {
        n = data.rows();
        p = data.featureCount();
        y = new double[n];
        w = new double[n];
        final boolean[] positive = data.positiveView();
        final double wi = 1.0 / n;
        for (int i = 0; i < n; i++) {
            y[i] = positive[i] ? 1 : 0;
            w[i] = wi;
        }
        x = new double[p][];
        ju = new boolean[p];
        xm = new double[p];
        xs = new double[p];
        b = new double[p];
        v = new double[n];
        r = new double[n];
        xv = new double[p];
        strong = new boolean[p];
        active = new int[p];
        isActive = new boolean[p];
        for (int j = 0; j < p; j++) {
            final double[] col = data.columnView(j);
            ju[j] = !isConstant(col);
            if (!ju[j]) {
                continue;
            }
            requireRepresentableScale(data.features().get(j), col);
            final double mean = Vectors.dot(w, col, n);
            final double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = col[i] - mean;
            }
            final double sd = weightedSd(w, c);
            for (int i = 0; i < n; i++) {
                c[i] /= sd;
            }
            xm[j] = mean;
            xs[j] = sd;
            x[j] = c;
        }
    }

    /**
     * sqrt(Σ w·c²) of centred values, computed on c / max|c| so that features on any scale whose
     * squares would overflow or underflow (a feature times 1e160 or 1e-300) keep their exact spread.
     */
    private static double weightedSd(final double[] w, final double[] c) {
        double largest = 0;
        for (final double v : c) {
            largest = Math.max(largest, Math.abs(v));
        }
        double ss = 0;
        for (int i = 0; i < c.length; i++) {
            final double u = c[i] / largest;
            ss += w[i] * u * u;
        }
        return largest * Math.sqrt(ss);
    }

    /**
     * Refuses a feature whose values are so large that their differences overflow, or so small
     * that their 1/n-weighted mean falls into the subnormal range and loses precision.
     */
    private static void requireRepresentableScale(final String feature, final double[] col) {
        double largest = 0;
        for (final double v : col) {
            largest = Math.max(largest, Math.abs(v));
        }
        if (largest > Double.MAX_VALUE / 2 || largest / col.length < Double.MIN_NORMAL) {
            throw new InvalidDataException("Feature column '" + feature + "': its values (largest magnitude " + largest
                + ") cannot be standardised in double precision; rescale the feature.");
        }
    }

    private static boolean isConstant(final double[] col) {
        for (int i = 1; i < col.length; i++) {
            if (col[i] != col[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fits the path.
     *
     * @param data the complete cases
     * @param settings the settings
     * @return the path on the original scale
     */
    static LogisticPath fit(final FeatureMatrix data, final ElasticNetSettings settings) {
        return new LogisticCoordinateDescent(data).path(data, settings);
    }

    private LogisticPath path(final FeatureMatrix data, final ElasticNetSettings s) {
        final List<String> warnings = new ArrayList<>();
        final List<String> constant = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            if (!ju[j]) {
                constant.add("'" + data.features().get(j) + "'");
            }
        }
        final int positives = (int) Vectors.sum(y, n);
        if (positives < 2 || n - positives < 2) {
            throw new InvalidDataException("The data have " + positives + " positive and " + (n - positives)
                + " negative cases; penalised logistic regression needs at least 2 of each.");
        }
        if (constant.size() == p) {
            throw new InvalidDataException("Every feature column is constant over the " + n + " complete cases.");
        }
        if (!constant.isEmpty()) {
            warnings.add(constant.size() + " constant feature(s) left out (coefficient 0): " + preview(constant) + ".");
        }
        final double alpha = s.alpha();
        final double[] ulam = s.lambdas();
        final boolean automatic = ulam == null;
        final int nlam = automatic ? s.lambdaCount() : ulam.length;
        final double alf = automatic ? Math.pow(Math.max(EPS, s.minRatio(n, p)), 1.0 / (nlam - 1.0)) : 1.0;
        final int mnl = Math.min(MNLAM, nlam);
        final int ne = s.maxVariables() > 0 ? s.maxVariables() : p + 1;
        final int nx = Math.min(2 * ne + 20, p);

        final double q0 = Vectors.dot(w, y, n);
        final double bz = Math.log(q0 / (1.0 - q0));
        final double[] bs = new double[p];
        b0 = bz;
        final double vi = q0 * (1.0 - q0);
        final double[] q = new double[n];
        final double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = vi * w[i];
            r[i] = w[i] * (y[i] - q0);
            q[i] = q0;
        }
        xmz = vi;
        final double dev1 = -(bz * q0 + Math.log(1.0 - q0));
        final double dev0 = dev1;
        final double shr = s.threshold() * dev0;
        final double[] ga = new double[p];
        for (int j = 0; j < p; j++) {
            if (ju[j]) {
                ga[j] = Math.abs(Vectors.dot(r, x[j], n));
            }
        }

        final List<double[]> pathB = new ArrayList<>();
        final List<Double> pathB0 = new ArrayList<>();
        final List<Double> pathLambda = new ArrayList<>();
        final List<Double> pathDev = new ArrayList<>();
        double alm = 0;
        steps:
        for (int m = 0; m < nlam; m++) {
            double alm0 = alm;
            if (!automatic) {
                alm = ulam[m];
            } else if (m > 1) {
                alm *= alf;
            } else if (m == 0) {
                alm = BIG;
            } else {
                alm0 = 0;
                for (int j = 0; j < p; j++) {
                    if (ju[j]) {
                        alm0 = Math.max(alm0, ga[j]);
                    }
                }
                alm0 /= Math.max(alpha, 1e-3);
                alm = alm0 * alf;
            }
            final double l1 = alm * alpha;
            final double l2 = alm * (1.0 - alpha);
            final double tlam = alpha * (2.0 * alm - alm0);
            for (int k = 0; k < p; k++) {
                if (!strong[k] && ju[k] && ga[k] > tlam) {
                    strong[k] = true;
                }
            }
            boolean varianceCollapsed = false;
            irls:
            while (true) {
                final double bs0 = b0;
                for (int l = 0; l < nin; l++) {
                    bs[active[l]] = b[active[l]];
                }
                for (int j = 0; j < p; j++) {
                    if (strong[j]) {
                        xv[j] = Vectors.weightedSquares(v, x[j], n);
                    }
                }
                while (true) {
                    double dlx = sweep(true, l1, l2, nx);
                    if (Double.isNaN(dlx)) {
                        warnings.add("More than " + nx + " features entered the model at lambda number " + (m + 1)
                            + "; the path stops before it (as glmnet's pmax).");
                        break steps;
                    }
                    if (dlx < shr) {
                        break;
                    }
                    if (nlp > s.maxPasses()) {
                        warnings.add(maxPassWarning(s, m));
                        break steps;
                    }
                    do {
                        dlx = sweep(false, l1, l2, nx);
                        if (dlx >= shr && nlp > s.maxPasses()) {
                            warnings.add(maxPassWarning(s, m));
                            break steps;
                        }
                    } while (dlx >= shr);
                }
                Arrays.fill(eta, b0);
                for (int l = 0; l < nin; l++) {
                    final int k = active[l];
                    if (b[k] != 0) {
                        Vectors.axpy(b[k], x[k], eta, n);
                    }
                }
                xmz = 0;
                for (int i = 0; i < n; i++) {
                    final double fi = eta[i];
                    q[i] = fi < -FMAX ? 0.0 : fi > FMAX ? 1.0 : 1.0 / (1.0 + Math.exp(-fi));
                    v[i] = w[i] * q[i] * (1.0 - q[i]);
                    xmz += v[i];
                }
                if (xmz <= VMIN) {
                    varianceCollapsed = true;
                    break;
                }
                for (int i = 0; i < n; i++) {
                    r[i] = w[i] * (y[i] - q[i]);
                }
                if (xmz * (b0 - bs0) * (b0 - bs0) >= shr) {
                    continue;
                }
                for (int l = 0; l < nin; l++) {
                    final int k = active[l];
                    final double d = b[k] - bs[k];
                    if (xv[k] * d * d >= shr) {
                        continue irls;
                    }
                }
                boolean violated = false;
                for (int k = 0; k < p; k++) {
                    if (strong[k] || !ju[k]) {
                        continue;
                    }
                    ga[k] = Math.abs(Vectors.dot(r, x[k], n));
                    if (ga[k] > l1) {
                        strong[k] = true;
                        violated = true;
                    }
                }
                if (!violated) {
                    break;
                }
            }
            final double[] beta = new double[p];
            int me = 0;
            for (int l = 0; l < nin; l++) {
                final int k = active[l];
                beta[k] = b[k];
                me += b[k] != 0 ? 1 : 0;
            }
            double devi = 0;
            for (int i = 0; i < n; i++) {
                final double pi = Math.min(Math.max(PMIN, q[i]), 1.0 - PMIN);
                devi -= w[i] * (y[i] * Math.log(pi) + (1.0 - y[i]) * Math.log(1.0 - pi));
            }
            final double devRatio = (dev1 - devi) / dev0;
            final double previous = m == 0 ? 0 : pathDev.get(m - 1);
            pathB.add(beta);
            pathB0.add(b0);
            pathLambda.add(alm);
            pathDev.add(devRatio);
            if (m + 1 < mnl || !automatic) {
                continue;
            }
            if (me > ne || devRatio - previous < FDEV || devRatio > DEVMAX || varianceCollapsed) {
                break;
            }
        }
        return originalScale(data, alpha, pathLambda, pathB0, pathB, pathDev, automatic, 2.0 * n * dev0, nlp,
            warnings);
    }

    /**
     * One cyclic pass of coordinate descent over the strong set (or only the active set), then the
     * intercept update β₀ ← β₀ + Σr/Σv.
     *
     * @return the largest weighted squared change x̃Δβ² (Σv·Δβ₀² for the intercept), or NaN when a
     *         feature would enter beyond {@code nx} active features
     */
    private double sweep(final boolean strongSet, final double l1, final double l2, final int nx) {
        nlp++;
        double dlx = 0;
        final int count = strongSet ? p : nin;
        for (int c = 0; c < count; c++) {
            final int k = strongSet ? c : active[c];
            if (strongSet && !strong[k]) {
                continue;
            }
            final double d = updateCoordinate(k, l1, l2);
            if (d == 0) {
                continue;
            }
            dlx = Math.max(dlx, xv[k] * d * d);
            if (!isActive[k]) {
                if (nin == nx) {
                    return Double.NaN;
                }
                isActive[k] = true;
                active[nin++] = k;
            }
        }
        final double d0 = Vectors.sum(r, n) / xmz;
        if (d0 != 0) {
            b0 += d0;
            dlx = Math.max(dlx, xmz * d0 * d0);
            Vectors.axpy(-d0, v, r, n);
        }
        return dlx;
    }

    /** @return the coefficient change of the soft-thresholded update of feature {@code k} */
    private double updateCoordinate(final int k, final double l1, final double l2) {
        final double bk = b[k];
        final double u = Vectors.dot(r, x[k], n) + xv[k] * bk;
        final double au = Math.abs(u) - l1;
        b[k] = au > 0 ? Math.copySign(au, u) / (xv[k] + l2) : 0.0;
        final double d = b[k] - bk;
        if (d != 0) {
            final double[] xk = x[k];
            for (int i = 0; i < n; i++) {
                r[i] -= d * v[i] * xk[i];
            }
        }
        return d;
    }

    private LogisticPath originalScale(final FeatureMatrix data, final double alpha, final List<Double> lambdas,
        final List<Double> b0s, final List<double[]> bs, final List<Double> devs, final boolean automatic,
        final double nullDeviance, final int passes, final List<String> warnings) {
        final int steps = lambdas.size();
        if (steps == 0) {
            throw new InvalidDataException("No lambda could be fitted: " + String.join(" ", warnings));
        }
        final double[] lambda = new double[steps];
        final double[] a0 = new double[steps];
        final double[] dev = new double[steps];
        final double[][] beta = new double[steps][];
        for (int s = 0; s < steps; s++) {
            lambda[s] = lambdas.get(s);
            dev[s] = devs.get(s);
            final double[] b = bs.get(s);
            double intercept = b0s.get(s);
            for (int j = 0; j < p; j++) {
                if (b[j] != 0) {
                    intercept -= b[j] * (xm[j] / xs[j]);
                    b[j] /= xs[j];
                }
            }
            a0[s] = intercept;
            beta[s] = b;
        }
        if (automatic && steps > 2) {
            lambda[0] = Math.exp(2 * Math.log(lambda[1]) - Math.log(lambda[2]));
        }
        return new LogisticPath(data.features(), alpha, lambda, a0, beta, dev, nullDeviance, n, data.skippedRows(),
            passes, warnings);
    }

    private static String maxPassWarning(final ElasticNetSettings s, final int m) {
        return "Coordinate descent did not converge within " + s.maxPasses() + " passes at lambda number " + (m + 1)
            + "; the path stops before it (as glmnet).";
    }

    private static String preview(final List<String> items) {
        return items.size() <= 10 ? String.join(", ", items)
            : String.join(", ", items.subList(0, 10)) + ", ... (" + items.size() + " in all)";
    }
}
