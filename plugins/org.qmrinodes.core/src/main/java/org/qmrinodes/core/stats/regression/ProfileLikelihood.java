package org.qmrinodes.core.stats.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Profile-likelihood confidence limits of each coefficient, computed exactly as R 4.2's
 * {@code confint()} on a binomial {@code glm}, i.e. MASS 7.3 {@code profile.glm} followed by
 * {@code confint.profile.glm} (Venables &amp; Ripley, <i>Modern Applied Statistics with S</i>, §8.4):
 *
 * <ol>
 * <li>Grid: with α = (1 − level)/4, z<sub>max</sub> = √χ²<sub>1,1−α</sub> and step
 * Δ = z<sub>max</sub>/5, the coefficient is fixed at β̂<sub>j</sub> ± k·Δ·SE<sub>j</sub>,
 * k = 1, 2, … (at most 9 steps each way, stopping once |z| ≥ z<sub>max</sub>); the other
 * coefficients are refitted with x<sub>j</sub>β<sub>j</sub> as offset, and the signed root
 * z = sign·√(D(β<sub>j</sub>) − D̂) is recorded.</li>
 * <li>Interpolation: a cubic spline (Forsythe–Malcolm–Moler end conditions, R's {@code spline()}
 * with n = 3 × points) through (β<sub>j</sub>, z), then linear interpolation of β<sub>j</sub> at
 * z = Φ⁻¹(α') and Φ⁻¹(1 − α'), α' = (1 − level)/2 ({@code approx()}). A limit the grid does not
 * reach is NaN, as R's NA.</li>
 * </ol>
 */
final class ProfileLikelihood {

    private static final int MAX_STEPS = 10;
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private ProfileLikelihood() {
    }

    /**
     * @param x design with intercept column
     * @param y 0/1 outcome
     * @param fit the maximum-likelihood fit
     * @param standardErrors SE per coefficient
     * @param level confidence level
     * @return per coefficient {lower, upper} on the coefficient scale
     */
    static double[][] limits(final double[][] x, final double[] y, final NewtonRaphson.Solution fit,
        final double[] standardErrors, final double level) {
        final int p = fit.beta().length;
        final double alpha = (1 - level) / 4;
        final double zMax = STANDARD_NORMAL.inverseCumulativeProbability(1 - alpha / 2);
        final double delta = zMax / 5;
        final double deviance = -2 * fit.logLikelihood();
        final double[] cutoffs = {STANDARD_NORMAL.inverseCumulativeProbability((1 - level) / 2),
            STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2)};
        final double[][] out = new double[p][];
        for (int j = 0; j < p; j++) {
            final double[][] xi = dropColumn(x, j);
            final List<double[]> points = new ArrayList<>();
            points.add(new double[] {fit.beta()[j], 0});
            for (final int sign : new int[] {-1, 1}) {
                double[] start = dropIndex(fit.beta(), j);
                double z = 0;
                for (int step = 1; step < MAX_STEPS && Math.abs(z) < zMax; step++) {
                    final double bj = fit.beta()[j] + sign * step * delta * standardErrors[j];
                    final double[] offset = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        offset[i] = x[i][j] * bj;
                    }
                    final double constrainedDeviance;
                    if (xi[0].length == 0) {
                        constrainedDeviance = -2 * NewtonRaphson.logLikelihood(xi, y, offset, new double[0]);
                    } else {
                        final NewtonRaphson.Solution s = NewtonRaphson.fit(xi, y, offset, false, start);
                        start = s.beta();
                        constrainedDeviance = -2 * s.logLikelihood();
                    }
                    double zz = constrainedDeviance - deviance;
                    if (zz > -0.001) {
                        zz = Math.max(zz, 0);
                    } else {
                        throw new IllegalStateException("profiling found a better fit than the maximum-likelihood fit");
                    }
                    z = sign * Math.sqrt(zz);
                    points.add(new double[] {bj, z});
                }
            }
            out[j] = interpolate(points, cutoffs);
        }
        return out;
    }

    /** spline(x = β, y = z, method = "fmm", n = 3·length) then approx(spline y → spline x) at the cut-offs. */
    static double[] interpolate(final List<double[]> points, final double[] cutoffs) {
        final double[][] xy = regularize(points);
        final double[] bx = xy[0];
        final double[] zy = xy[1];
        final int m = 3 * bx.length;
        final double[] gridX = sequence(bx[0], bx[bx.length - 1], m);
        final FmmSpline spline = new FmmSpline(bx, zy);
        final List<double[]> curve = new ArrayList<>();
        for (final double gx : gridX) {
            curve.add(new double[] {spline.value(gx), gx});
        }
        final double[][] inverse = regularize(curve);
        final double[] out = new double[cutoffs.length];
        for (int k = 0; k < cutoffs.length; k++) {
            out[k] = linear(inverse[0], inverse[1], cutoffs[k]);
        }
        return out;
    }

    /** Sorts by x and averages y over tied x, as R's {@code regularize.values(ties = mean)}. */
    private static double[][] regularize(final List<double[]> points) {
        final List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(a -> a[0]));
        final List<double[]> unique = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int k = i;
            double sum = 0;
            while (k < sorted.size() && sorted.get(k)[0] == sorted.get(i)[0]) {
                sum += sorted.get(k)[1];
                k++;
            }
            unique.add(new double[] {sorted.get(i)[0], sum / (k - i)});
            i = k;
        }
        return new double[][] {unique.stream().mapToDouble(a -> a[0]).toArray(),
            unique.stream().mapToDouble(a -> a[1]).toArray()};
    }

    /** R's {@code seq.int(from, to, length.out = n)}: ends exact, filled from both ends. */
    private static double[] sequence(final double from, final double to, final int n) {
        final double[] s = new double[n];
        s[0] = from;
        if (n > 1) {
            s[n - 1] = to;
        }
        final double by = (to - from) / (n - 1);
        for (int i = 1; i < n - 1; i++) {
            s[i] = i < n / 2 ? from + i * by : to - (n - 1 - i) * by;
        }
        return s;
    }

    /** R's {@code approx(x, y, xout)} with rule 1: NaN outside [x₁, x<sub>n</sub>]. */
    private static double linear(final double[] x, final double[] y, final double v) {
        if (x.length == 0 || v < x[0] || v > x[x.length - 1] || Double.isNaN(v)) {
            return Double.NaN;
        }
        int lo = 0;
        int hi = x.length - 1;
        while (lo < hi - 1) {
            final int mid = (lo + hi) >>> 1;
            if (v < x[mid]) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        if (v == x[hi]) {
            return y[hi];
        }
        if (v == x[lo]) {
            return y[lo];
        }
        return y[lo] + (y[hi] - y[lo]) * ((v - x[lo]) / (x[hi] - x[lo]));
    }

    private static double[][] dropColumn(final double[][] x, final int j) {
        final double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = dropIndex(x[i], j);
        }
        return out;
    }

    private static double[] dropIndex(final double[] v, final int j) {
        final double[] out = new double[v.length - 1];
        System.arraycopy(v, 0, out, 0, j);
        System.arraycopy(v, j + 1, out, j, v.length - j - 1);
        return out;
    }

    /**
     * Interpolating cubic spline with the end conditions of Forsythe, Malcolm &amp; Moler (1977):
     * the third derivative at each end matches that of the cubic through the four end points
     * (R's {@code spline(method = "fmm")}).
     */
    static final class FmmSpline {
        private final double[] x;
        private final double[] y;
        private final double[] b;
        private final double[] c;
        private final double[] d;

        FmmSpline(final double[] x, final double[] y) {
            this.x = x.clone();
            this.y = y.clone();
            final int n = x.length;
            b = new double[n];
            c = new double[n];
            d = new double[n];
            if (n < 2) {
                return;
            }
            if (n < 3) {
                b[0] = (y[1] - y[0]) / (x[1] - x[0]);
                b[1] = b[0];
                return;
            }
            final int last = n - 1;
            d[0] = x[1] - x[0];
            c[1] = (y[1] - y[0]) / d[0];
            for (int i = 1; i < last; i++) {
                d[i] = x[i + 1] - x[i];
                b[i] = 2 * (d[i - 1] + d[i]);
                c[i + 1] = (y[i + 1] - y[i]) / d[i];
                c[i] = c[i + 1] - c[i];
            }
            b[0] = -d[0];
            b[last] = -d[last - 1];
            c[0] = 0;
            c[last] = 0;
            if (n > 3) {
                c[0] = c[2] / (x[3] - x[1]) - c[1] / (x[2] - x[0]);
                c[last] = c[last - 1] / (x[last] - x[last - 2]) - c[last - 2] / (x[last - 1] - x[last - 3]);
                c[0] = c[0] * d[0] * d[0] / (x[3] - x[0]);
                c[last] = -c[last] * d[last - 1] * d[last - 1] / (x[last] - x[last - 3]);
            }
            for (int i = 1; i <= last; i++) {
                final double t = d[i - 1] / b[i - 1];
                b[i] -= t * d[i - 1];
                c[i] -= t * c[i - 1];
            }
            c[last] /= b[last];
            for (int i = last - 1; i >= 0; i--) {
                c[i] = (c[i] - d[i] * c[i + 1]) / b[i];
            }
            b[last] = (y[last] - y[last - 1]) / d[last - 1] + d[last - 1] * (c[last - 1] + 2 * c[last]);
            for (int i = 0; i < last; i++) {
                b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2 * c[i]);
                d[i] = (c[i + 1] - c[i]) / d[i];
                c[i] = 3 * c[i];
            }
            c[last] = 3 * c[last];
            d[last] = d[last - 1];
        }

        double value(final double u) {
            if (x.length == 1) {
                return y[0];
            }
            int i = Arrays.binarySearch(x, u);
            if (i < 0) {
                i = Math.max(0, -i - 2);
            }
            i = Math.min(i, x.length - 1);
            final double dx = u - x[i];
            return y[i] + dx * (b[i] + dx * (c[i] + dx * d[i]));
        }
    }
}
