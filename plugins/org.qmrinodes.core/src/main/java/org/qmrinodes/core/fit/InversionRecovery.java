package org.qmrinodes.core.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * T1 by inversion recovery from magnitude images, the three-parameter model
 *
 * <pre>|S(TI)| = |A − B · exp(−TI / T1*)|</pre>
 *
 * (TI and T1 in ms), with the Look-Locker correction of MOLLI (Messroghli et al., MRM 2004)
 * <pre>T1 = T1* · (B/A − 1)</pre> ({@link #molli()}, QIMS26 description B: TI = 100, 200, 350, 500,
 * 800 ms) or without it, T1 = T1* ({@link #plain()}, a plain inversion-recovery series).
 *
 * <p>Polarity restoration: magnitude images lose the sign of the early TIs. For every j = 0 … n
 * the first j points (in TI order) are negated; for each choice a grid of 64 log-spaced T1* values
 * in the T1* bounds with A and B solved linearly (variable projection, as RD-NLS in Barral et al.,
 * MRM 2010) gives the best residual. The two best polarities are refined by NLLS on (A, B, T1*) and
 * the one with the smaller residual is kept. Only {@link FitMethod#NLLS} applies: the model has no
 * log-linear form. Zero signal is allowed (it occurs at the null point).
 *
 * <p>Outputs: S0 = A, maps T1, B and (MOLLI) T1*. Default bounds: A, B ≥ 0; T1* in [1, 6000] ms;
 * T1 in [10, 6000] ms (a Look-Locker T1 outside it is clamped and flagged {@link VoxelStatus#HIT_BOUND}).
 */
public final class InversionRecovery extends SignalModel {

    private static final int GRID = 64;

    private final boolean lookLocker;

    private InversionRecovery(final boolean lookLocker) {
        this.lookLocker = lookLocker;
    }

    /** @return MOLLI: three-parameter fit with Look-Locker correction */
    public static InversionRecovery molli() {
        return new InversionRecovery(true);
    }

    /** @return plain inversion recovery: three-parameter fit, T1 = T1* (no correction) */
    public static InversionRecovery plain() {
        return new InversionRecovery(false);
    }

    /** @return whether the Look-Locker correction is applied */
    public boolean lookLockerCorrection() {
        return lookLocker;
    }

    @Override
    public String name() {
        return lookLocker ? "T1 (MOLLI)" : "T1 (IR)";
    }

    @Override
    public String formula() {
        return lookLocker ? "|S(TI)| = |A - B * exp(-TI / T1*)|, T1 = T1* * (B/A - 1)"
            : "|S(TI)| = |A - B * exp(-TI / T1)|";
    }

    @Override
    public Acquisition.Quantity quantity() {
        return Acquisition.Quantity.INVERSION_TIME;
    }

    @Override
    public List<String> parameterNames() {
        return lookLocker ? List.of("T1", "T1*", "B") : List.of("T1", "B");
    }

    @Override
    public Map<String, Bound> defaultBounds() {
        final Map<String, Bound> b = new LinkedHashMap<>();
        b.put("S0", new Bound(0, Double.POSITIVE_INFINITY));
        b.put("B", new Bound(0, Double.POSITIVE_INFINITY));
        if (lookLocker) {
            b.put("T1*", new Bound(1, 6000));
        }
        b.put("T1", new Bound(10, 6000));
        return b;
    }

    @Override
    public int freeParameters() {
        return 3;
    }

    @Override
    boolean supports(final FitMethod method) {
        return method == FitMethod.NLLS;
    }

    @Override
    boolean needsPositiveSignal() {
        return false;
    }

    @Override
    List<String> conventions(final FitMethod method) {
        return List.of("T1 in ms for TI in ms; S0 is A of A - B*exp(-TI/T1*)",
            lookLocker ? "Look-Locker correction T1 = T1* (B/A - 1) applied" : "no Look-Locker correction: T1 = T1*",
            "polarity restored by testing sign flips of the first TIs (the two best refined by NLLS)");
    }

    @Override
    VoxelFitter fitter(final Design design, final FitMethod method, final Map<String, Bound> bounds,
        final int maxIterations) {
        final Bound time = bounds.get(lookLocker ? "T1*" : "T1");
        return new Fitter(design, new double[] {bounds.get("S0").lower(), bounds.get("B").lower(), time.lower()},
            new double[] {bounds.get("S0").upper(), bounds.get("B").upper(), time.upper()}, bounds.get("T1"),
            maxIterations);
    }

    /** Fits (A, B, T1*) with polarity restoration. */
    private final class Fitter extends VoxelFitter implements LevenbergMarquardt.Model {

        private final double[] ti;
        private final double[] counts;
        private final double[] lo;
        private final double[] hi;
        private final Bound t1Bound;
        private final int maxIterations;
        private final double[] gridT1;
        private final double[] gridE;
        private final LevenbergMarquardt lm = new LevenbergMarquardt(3);
        private final double[] signed;
        private final double[] bestRss;
        private final double[][] start;
        private final double[] p = new double[3];
        private final double[] q = new double[3];

        Fitter(final Design design, final double[] lo, final double[] hi, final Bound t1Bound,
            final int maxIterations) {
            ti = design.values;
            counts = design.counts;
            this.lo = lo;
            this.hi = hi;
            this.t1Bound = t1Bound;
            this.maxIterations = maxIterations;
            final int n = ti.length;
            final double from = Math.max(lo[2], 1e-3);
            final double to = Math.min(hi[2], 1e6);
            gridT1 = new double[GRID];
            gridE = new double[GRID * n];
            for (int k = 0; k < GRID; k++) {
                gridT1[k] = from * Math.pow(to / from, k / (GRID - 1.0));
                for (int g = 0; g < n; g++) {
                    gridE[k * n + g] = Math.exp(-ti[g] / gridT1[k]);
                }
            }
            signed = new double[n];
            bestRss = new double[n + 1];
            start = new double[n + 1][3];
        }

        @Override
        VoxelStatus fit(final double[] y, final int voxel, final double[] out) {
            final int n = ti.length;
            int first = -1;
            int second = -1;
            for (int j = 0; j <= n; j++) {
                project(y, j);
                if (first < 0 || bestRss[j] < bestRss[first]) {
                    second = first;
                    first = j;
                } else if (second < 0 || bestRss[j] < bestRss[second]) {
                    second = j;
                }
            }
            double best = Double.POSITIVE_INFINITY;
            int outcome = LevenbergMarquardt.FAILED;
            for (int candidate = 0; candidate < 2; candidate++) {
                final int j = candidate == 0 ? first : second;
                if (!Double.isFinite(bestRss[j])) {
                    continue;
                }
                sign(y, j);
                System.arraycopy(start[j], 0, q, 0, 3);
                moveInside(q, lo, hi);
                final int o = lm.minimize(this, signed, counts, n, q, lo, hi, maxIterations);
                if (o != LevenbergMarquardt.FAILED && lm.cost() < best) {
                    best = lm.cost();
                    outcome = o;
                    System.arraycopy(q, 0, p, 0, 3);
                }
            }
            if (outcome == LevenbergMarquardt.FAILED) {
                return VoxelStatus.FAILED;
            }
            VoxelStatus status = afterIteration(outcome, p, lo, hi);
            double t1 = p[2];
            if (lookLocker && status != VoxelStatus.FAILED) {
                t1 = p[2] * (p[1] / p[0] - 1);
                if (!(p[0] > 0) || Double.isNaN(t1)) {
                    return VoxelStatus.FAILED;
                }
                if (!t1Bound.contains(t1)) {
                    t1 = t1Bound.clamp(t1);
                    status = VoxelStatus.HIT_BOUND;
                }
            }
            out[0] = p[0];
            out[1] = t1;
            if (lookLocker) {
                out[2] = p[2];
                out[3] = p[1];
            } else {
                out[2] = p[1];
            }
            return status;
        }

        private void sign(final double[] y, final int flipped) {
            for (int g = 0; g < ti.length; g++) {
                signed[g] = g < flipped ? -y[g] : y[g];
            }
        }

        /** Grid search over T1* with A, B by weighted linear least squares, for polarity j. */
        private void project(final double[] y, final int j) {
            final int n = ti.length;
            sign(y, j);
            double sw = 0;
            double swz = 0;
            double swzz = 0;
            for (int g = 0; g < n; g++) {
                sw += counts[g];
                swz += counts[g] * signed[g];
                swzz += counts[g] * signed[g] * signed[g];
            }
            bestRss[j] = Double.POSITIVE_INFINITY;
            for (int k = 0; k < GRID; k++) {
                double swe = 0;
                double swee = 0;
                double swze = 0;
                for (int g = 0; g < n; g++) {
                    final double e = gridE[k * n + g];
                    swe += counts[g] * e;
                    swee += counts[g] * e * e;
                    swze += counts[g] * signed[g] * e;
                }
                // z ≈ A − B·e: normal equations in (A, −B)
                final double det = sw * swee - swe * swe;
                if (!(det > 1e-12 * sw * swee)) {
                    continue;
                }
                final double a = (swee * swz - swe * swze) / det;
                final double minusB = (sw * swze - swe * swz) / det;
                final double rss = swzz - a * swz - minusB * swze;
                if (rss < bestRss[j]) {
                    bestRss[j] = rss;
                    start[j][0] = a;
                    start[j][1] = -minusB;
                    start[j][2] = gridT1[k];
                }
            }
        }

        @Override
        public double value(final double[] r, final int g, final double[] grad) {
            final double e = Math.exp(-ti[g] / r[2]);
            grad[0] = 1;
            grad[1] = -e;
            grad[2] = -r[1] * e * ti[g] / (r[2] * r[2]);
            return r[0] - r[1] * e;
        }

        @Override
        double predicted(final int g) {
            return Math.abs(p[0] - p[1] * Math.exp(-ti[g] / p[2]));
        }
    }
}
