package org.qmrinodes.core.stats.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Cleveland's locally weighted scatterplot smoother (LOWESS; Cleveland, JASA 1979) as R's
 * {@code stats::lowess(x, y, f, iter, delta)} computes it: tricube-weighted local linear fits over
 * the {@code ns = max(2, min(n, ⌊f·n + 1e-7⌋))} nearest points, points within {@code delta} of a
 * fitted point interpolated, ties fitted once, and {@code iter} robustness passes with bisquare
 * weights on six times the median absolute residual. The points are sorted by x first (stably).
 */
public final class Lowess {

    /**
     * The smoothed curve.
     *
     * @param x the x values, sorted ascending (ties kept)
     * @param fitted the smoothed value at each x
     */
    public record Curve(double[] x, double[] fitted) {
    }

    private Lowess() {
    }

    /**
     * @param x the x values
     * @param y the y values
     * @param f the smoother span (fraction of points in each local fit), R's default 2/3
     * @param iter robustness iterations, R's default 3 ({@code val.prob} uses 0)
     * @param delta points closer than this to a fitted point are interpolated; NaN for R's default
     *        {@code 0.01 · (max x − min x)}
     * @return the curve
     */
    public static Curve smooth(final double[] x, final double[] y, final double f, final int iter, final double delta) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values, y " + y.length);
        }
        final int n = x.length;
        final Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        final double[] xs = new double[n];
        final double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[order[i]];
            ys[i] = y[order[i]];
        }
        if (n < 2) {
            return new Curve(xs, ys.clone());
        }
        final double d = Double.isNaN(delta) ? 0.01 * (xs[n - 1] - xs[0]) : delta;
        final int ns = Math.max(2, Math.min(n, (int) (f * n + 1e-7)));
        final double[] fit = new double[n];
        final double[] rw = new double[n];
        final double[] res = new double[n];
        final double[] w = new double[n];
        for (int pass = 0; pass <= iter; pass++) {
            onePass(xs, ys, ns, d, pass > 0, rw, w, fit);
            if (pass == iter) {
                break;
            }
            for (int i = 0; i < n; i++) {
                res[i] = ys[i] - fit[i];
            }
            if (!robustnessWeights(res, rw)) {
                break;
            }
        }
        return new Curve(xs, fit);
    }

    private static void onePass(final double[] x, final double[] y, final int ns, final double delta, final boolean robust,
        final double[] rw, final double[] w, final double[] ys) {
        final int n = x.length;
        int left = 0;
        int right = ns - 1;
        int last = -1;
        int i = 0;
        while (true) {
            while (right < n - 1 && x[i] - x[left] > x[right + 1] - x[i]) {
                left++;
                right++;
            }
            if (!localFit(x, y, n, x[i], i, left, right, robust, rw, w, ys)) {
                ys[i] = y[i];
            }
            if (last < i - 1) {
                final double denom = x[i] - x[last];
                for (int j = last + 1; j < i; j++) {
                    final double alpha = (x[j] - x[last]) / denom;
                    ys[j] = alpha * ys[i] + (1 - alpha) * ys[last];
                }
            }
            last = i;
            final double cut = x[last] + delta;
            int k;
            for (k = last + 1; k < n; k++) {
                if (x[k] > cut) {
                    break;
                }
                if (x[k] == x[last]) {
                    ys[k] = ys[last];
                    last = k;
                }
            }
            i = Math.max(last + 1, k - 1);
            if (last >= n - 1) {
                return;
            }
        }
    }

    /** The local linear fit at xs into ys[i]; false when no point has weight. */
    private static boolean localFit(final double[] x, final double[] y, final int n, final double xs, final int i, final int left,
        final int right, final boolean robust, final double[] rw, final double[] w, final double[] ys) {
        final double range = x[n - 1] - x[0];
        final double h = Math.max(xs - x[left], x[right] - xs);
        final double h9 = 0.999 * h;
        final double h1 = 0.001 * h;
        double a = 0;
        int j = left;
        while (j < n) {
            w[j] = 0;
            final double r = Math.abs(x[j] - xs);
            if (r <= h9) {
                if (r <= h1) {
                    w[j] = 1;
                } else {
                    final double q = r / h;
                    final double t = 1 - q * q * q;
                    w[j] = t * t * t;
                }
                if (robust) {
                    w[j] *= rw[j];
                }
                a += w[j];
            } else if (x[j] > xs) {
                break;
            }
            j++;
        }
        final int rt = j - 1;
        if (a <= 0) {
            return false;
        }
        for (j = left; j <= rt; j++) {
            w[j] /= a;
        }
        if (h > 0) {
            double xbar = 0;
            for (j = left; j <= rt; j++) {
                xbar += w[j] * x[j];
            }
            double c = 0;
            for (j = left; j <= rt; j++) {
                c += w[j] * (x[j] - xbar) * (x[j] - xbar);
            }
            if (Math.sqrt(c) > 0.001 * range) {
                final double b = (xs - xbar) / c;
                for (j = left; j <= rt; j++) {
                    w[j] *= 1 + b * (x[j] - xbar);
                }
            }
        }
        double s = 0;
        for (j = left; j <= rt; j++) {
            s += w[j] * y[j];
        }
        ys[i] = s;
        return true;
    }

    /** @return false when the residuals are negligible (iteration stops) */
    private static boolean robustnessWeights(final double[] res, final double[] rw) {
        final int n = res.length;
        final double[] abs = new double[n];
        double sc = 0;
        for (int i = 0; i < n; i++) {
            abs[i] = Math.abs(res[i]);
            sc += abs[i];
        }
        sc /= n;
        final double[] sorted = abs.clone();
        Arrays.sort(sorted);
        final double cmad = n % 2 == 1 ? 6 * sorted[n / 2] : 3 * (sorted[n / 2 - 1] + sorted[n / 2]);
        if (cmad < 1e-7 * sc) {
            return false;
        }
        final double c9 = 0.999 * cmad;
        final double c1 = 0.001 * cmad;
        for (int i = 0; i < n; i++) {
            if (abs[i] <= c1) {
                rw[i] = 1;
            } else if (abs[i] <= c9) {
                final double u = abs[i] / cmad;
                rw[i] = (1 - u * u) * (1 - u * u);
            } else {
                rw[i] = 0;
            }
        }
        return true;
    }
}
