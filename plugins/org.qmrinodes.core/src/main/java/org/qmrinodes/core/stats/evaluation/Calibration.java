package org.qmrinodes.core.stats.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.qmrinodes.core.data.InvalidDataException;

/**
 * Calibration of predicted probabilities against observed outcomes, as R {@code rms::val.prob(p, y)}
 * (rms 6.5) computes it (see {@code validation/evaluation/ALGORITHMS.md} §a):
 * <ul>
 * <li>{@code intercept}, {@code slope}: one logistic fit logit P(y) = a + b·logit(p) (the
 * recalibration; not the calibration-in-the-large with an offset), rows with p = 0 or 1 left out;</li>
 * <li>{@code dxy}, {@code c}, {@code r2}, D, U, Q: the model logit P = logit(p) evaluated (C and Dxy
 * binned at 1/5000 as lrm.fit bins them);</li>
 * <li>{@code brier} = mean (p − y)², {@code brierScaled} = 1 − Brier / (ȳ(1 − ȳ));</li>
 * <li>{@code eMax}, {@code eAvg}, {@code e90}: max, mean and 0.9 quantile (type 7) of |p − cal(p)|
 * where cal is {@code lowess(p, y, iter = 0)}; {@code ici} (integrated calibration index) is eAvg
 * on that curve;</li>
 * <li>Spiegelhalter's z test.</li>
 * </ul>
 * A constant prediction gets R's separate branch (slope 0, intercept logit ȳ).
 *
 * @param n rows used by the logistic fits (0 &lt; p &lt; 1)
 * @param events events among all rows
 * @param dxy Somers' Dxy (binned)
 * @param c C statistic, AUC (binned)
 * @param r2 Nagelkerke R² of logit(p) as the model
 * @param d discrimination index D
 * @param u unreliability index U
 * @param uChiSquare U's χ² (2 df)
 * @param uP U's p-value
 * @param q quality index Q = D − U
 * @param brier Brier score
 * @param brierScaled scaled Brier score
 * @param intercept recalibration intercept
 * @param slope recalibration slope
 * @param eMax largest absolute difference from the smoothed calibration curve
 * @param e90 its 0.9 quantile
 * @param eAvg its mean
 * @param ici integrated calibration index (= eAvg)
 * @param spiegelhalterZ Spiegelhalter's z
 * @param spiegelhalterP its two-sided p-value
 * @param curve the smoothed calibration curve (sorted p, smoothed observed)
 */
public record Calibration(int n, int events, double dxy, double c, double r2, double d, double u, double uChiSquare,
    double uP, double q, double brier, double brierScaled, double intercept, double slope, double eMax, double e90,
    double eAvg, double ici, double spiegelhalterZ, double spiegelhalterP, Lowess.Curve curve) {

    private static final Quantile TYPE_7 = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);

    /**
     * @param probability predicted probability per case, in [0, 1]
     * @param event whether each case has the event
     * @return the calibration
     * @throws InvalidDataException when lengths differ, there are fewer than 2 cases, a probability
     *         is not in [0, 1], or the outcome has one class only
     */
    public static Calibration of(final double[] probability, final boolean[] event) {
        final int all = probability.length;
        if (all != event.length || all < 2) {
            throw new InvalidDataException("calibration needs at least 2 cases with a probability and an outcome; got "
                + all + " probabilities and " + event.length + " outcomes");
        }
        int events = 0;
        boolean constant = true;
        for (int i = 0; i < all; i++) {
            if (!(probability[i] >= 0 && probability[i] <= 1)) {
                throw new InvalidDataException("calibration: case " + (i + 1) + " has probability " + probability[i]
                    + ", not in [0, 1]");
            }
            events += event[i] ? 1 : 0;
            constant &= probability[i] == probability[0];
        }
        if (events == 0 || events == all) {
            throw new InvalidDataException("calibration needs cases with and without the event; all " + all + " cases "
                + (events == 0 ? "lack" : "have") + " it");
        }
        double brier = 0;
        double sz = 0;
        double sv = 0;
        for (int i = 0; i < all; i++) {
            final double p = probability[i];
            final double y = event[i] ? 1 : 0;
            brier += (p - y) * (p - y);
            sz += (y - p) * (1 - 2 * p);
            sv += (1 - 2 * p) * (1 - 2 * p) * p * (1 - p);
        }
        brier /= all;
        final double prevalence = (double) events / all;
        final double brierScaled = 1 - brier / (prevalence * (1 - prevalence));
        final double z = sz / Math.sqrt(sv);
        final double zp = 2 * NormalDistribution.of(0, 1).cumulativeProbability(-Math.abs(z));
        final Lowess.Curve curve = Lowess.smooth(probability, toDouble(event), 2.0 / 3, 0, Double.NaN);
        if (constant) {
            return constantPrediction(probability, event, events, brier, brierScaled, z, zp, curve);
        }
        final List<Integer> finite = new ArrayList<>();
        for (int i = 0; i < all; i++) {
            if (probability[i] > 0 && probability[i] < 1) {
                finite.add(i);
            }
        }
        final int n = finite.size();
        final double[][] logit = new double[n][1];
        final boolean[] y = new boolean[n];
        for (int r = 0; r < n; r++) {
            final double p = probability[finite.get(r)];
            logit[r][0] = Math.log(p / (1 - p));
            y[r] = event[finite.get(r)];
        }
        final RmsLogisticFit.Fit fixed = RmsLogisticFit.fit(logit, y, new double[] {0, 1}, 1, 1e-7);
        final RmsLogisticFit.Fit recal = RmsLogisticFit.fit(logit, y, null, RmsLogisticFit.MAXIT, 1e-7);
        final double lr = fixed.likelihoodRatio();
        final double d = (lr - 1) / n;
        double l01 = 0;
        for (int i = 0; i < all; i++) {
            final double p = probability[i];
            final double lg = Math.log(p / (1 - p));
            final double term = (event[i] ? 1.0 : 0.0) * lg - Math.log(1 + Math.exp(lg));
            if (!Double.isNaN(term)) {
                l01 -= 2 * term;
            }
        }
        final double uChi = l01 - recal.deviance();
        final double u = (uChi - 2) / n;
        final double c = binnedC(finite, probability, event);
        final double[] e = absoluteErrors(probability, curve);
        return new Calibration(n, events, 2 * (c - 0.5), c, fixed.nagelkerke(n), d, u, uChi,
            ChiSquaredDistribution.of(2).survivalProbability(uChi), d - u, brier, brierScaled, recal.coefficients()[0],
            recal.coefficients()[1], max(e), TYPE_7.evaluate(e.clone(), 0.9), mean(e), mean(e), z, zp, curve);
    }

    private static Calibration constantPrediction(final double[] probability, final boolean[] event, final int events,
        final double brier, final double brierScaled, final double z, final double zp, final Lowess.Curve curve) {
        final int n = probability.length;
        final double prevalence = (double) events / n;
        final double intercept = Math.log(prevalence / (1 - prevalence));
        final double lg = Math.log(probability[0] / (1 - probability[0]));
        double l01 = 0;
        double lcal = 0;
        for (final boolean y : event) {
            l01 -= 2 * ((y ? lg : 0) - Math.log(1 + Math.exp(lg)));
            lcal -= 2 * ((y ? intercept : 0) - Math.log(1 + Math.exp(intercept)));
        }
        final double uChi = l01 - lcal;
        final double d = -1.0 / n;
        final double u = (uChi - 1) / n;
        final double err = Math.abs(probability[0] - prevalence);
        return new Calibration(n, events, 0, 0.5, 0, d, u, uChi, ChiSquaredDistribution.of(1).survivalProbability(uChi), d - u,
            brier, brierScaled, intercept, 0, err, err, err, err, z, zp, curve);
    }

    /** lrm.fit's C: probabilities binned at floor(5000·p + 1), ties within a bin count one half. */
    private static double binnedC(final List<Integer> rows, final double[] probability, final boolean[] event) {
        final long[] pos = new long[5002];
        final long[] neg = new long[5002];
        long np = 0;
        long nn = 0;
        for (final int i : rows) {
            final double p = probability[i];
            final int bin = (int) Math.floor(5000 * p + 1);
            if (event[i]) {
                pos[bin]++;
                np++;
            } else {
                neg[bin]++;
                nn++;
            }
        }
        double concordant = 0;
        long negBelow = 0;
        for (int b = 0; b < pos.length; b++) {
            concordant += pos[b] * (negBelow + 0.5 * neg[b]);
            negBelow += neg[b];
        }
        return concordant / ((double) np * nn);
    }

    /** |p_i − cal(p_i)| with cal the curve's value at p_i (duplicates of p share one value). */
    private static double[] absoluteErrors(final double[] probability, final Lowess.Curve curve) {
        final double[] xs = curve.x();
        final double[] fit = curve.fitted();
        final double[] out = new double[probability.length];
        for (int i = 0; i < probability.length; i++) {
            int lo = java.util.Arrays.binarySearch(xs, probability[i]);
            while (lo > 0 && xs[lo - 1] == probability[i]) {
                lo--;
            }
            double sum = 0;
            int count = 0;
            for (int k = lo; k < xs.length && xs[k] == probability[i]; k++) {
                sum += fit[k];
                count++;
            }
            out[i] = Math.abs(probability[i] - sum / count);
        }
        return out;
    }

    private static double[] toDouble(final boolean[] b) {
        final double[] d = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            d[i] = b[i] ? 1 : 0;
        }
        return d;
    }

    private static double max(final double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (final double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static double mean(final double[] v) {
        double s = 0;
        for (final double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
