package org.qmrinodes.core.stats.agreement;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.statistics.distribution.FDistribution;
import org.qmrinodes.core.data.ConfidenceLevel;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.MissingValues;

/**
 * Intraclass correlation coefficients of Shrout &amp; Fleiss (1979) in all six forms (see {@link
 * IccForm}), with F test and confidence intervals of McGraw &amp; Wong (1996), exactly as R
 * {@code psych::ICC(x, lmer = FALSE)} (psych 2.2.9), i.e. from the ANOVA mean squares.
 *
 * <p>Two-way ANOVA of the complete n × k matrix (grand mean m, subject means r<sub>i</sub>, rater
 * means c<sub>j</sub>): MSB = k·Σ(r<sub>i</sub> − m)²/(n − 1), MSJ = n·Σ(c<sub>j</sub> − m)²/(k − 1),
 * MSE = Σ(x<sub>ij</sub> − r<sub>i</sub> − c<sub>j</sub> + m)²/((n − 1)(k − 1)), and the one-way
 * within-subject MSW = (SSJ + SSE)/(n(k − 1)).
 *
 * <p>Tests: F<sub>1</sub> = MSB/MSW on (n − 1, n(k − 1)) df for ICC1/ICC1k, F<sub>2</sub> = MSB/MSE on
 * (n − 1, (n − 1)(k − 1)) df for the others; p is the upper tail. Intervals at level 1 − α, with
 * q(a, b) the 1 − α/2 quantile of F(a, b): F<sub>L</sub> = F/q(df1, df2), F<sub>U</sub> = F·q(df2, df1);
 * ICC1 and ICC3: (F<sub>L</sub> − 1)/(F<sub>L</sub> + k − 1) … (F<sub>U</sub> − 1)/(F<sub>U</sub> + k − 1);
 * ICC1k and ICC3k: 1 − 1/F<sub>L</sub> … 1 − 1/F<sub>U</sub>. ICC2 (Satterthwaite df ν, F<sub>j</sub> = MSJ/MSE):
 * ν = (k−1)(n−1)(kρF<sub>j</sub> + n(1 + (k−1)ρ) − kρ)² / ((n−1)k²ρ²F<sub>j</sub>² + (n(1 + (k−1)ρ) − kρ)²)
 * with ρ = ICC2; lower = n(MSB − q(n−1, ν)MSE)/(q(n−1, ν)(kMSJ + (kn − k − n)MSE) + nMSB), upper =
 * n(q(ν, n−1)MSB − MSE)/(kMSJ + (kn − k − n)MSE + n·q(ν, n−1)MSB); ICC2k limits are the ICC2 limits
 * stepped up by Spearman–Brown, L·k/(1 + (k − 1)L).
 *
 * <p>Subjects without a rating from every rater are dropped (as {@code na.omit} before psych) and
 * counted; a feature that cannot be analysed (fewer than two complete subjects, no variance) gets a
 * message and no estimates instead of an exception, so that one bad feature does not stop the rest.
 */
public final class IntraclassCorrelation {

    private IntraclassCorrelation() {
    }

    /**
     * ICCs of one feature.
     *
     * @param layout which rows belong to which subject and rater
     * @param feature the feature name
     * @param valuePerRow the feature's value per table row, NaN where missing
     * @param confidenceLevel level of the intervals, e.g. 0.95
     * @return all six forms, or messages saying why they are undefined
     */
    public static FeatureIcc analyze(final LongFormatRatings layout, final String feature, final double[] valuePerRow,
        final double confidenceLevel) {
        ConfidenceLevel.check(confidenceLevel);
        if (valuePerRow.length < layout.rowCount()) {
            throw new IllegalArgumentException("feature '" + feature + "' has fewer values than the table has rows");
        }
        final List<double[]> complete = new ArrayList<>();
        for (final double[] ratings : layout.matrix(valuePerRow)) {
            if (java.util.Arrays.stream(ratings).noneMatch(MissingValues::isMissing)) {
                complete.add(ratings);
            }
        }
        final int k = layout.raters().size();
        final int n = complete.size();
        final int dropped = layout.subjects().size() - n;
        final List<String> messages = new ArrayList<>();
        if (dropped > 0) {
            messages.add("'" + feature + "': " + dropped + " of " + layout.subjects().size()
                + " subjects dropped (a rating missing or not finite).");
        }
        if (n < 2) {
            messages.add("'" + feature + "': ICC undefined, only " + n + " subject(s) rated by all " + k
                + " raters; at least 2 are needed.");
            return new FeatureIcc(feature, n, k, dropped, confidenceLevel, List.of(), messages);
        }
        final MeanSquares ms = MeanSquares.of(complete.toArray(double[][]::new));
        if (ms.msb() == 0 && ms.msj() == 0 && ms.mse() == 0) {
            messages.add("'" + feature + "': ICC undefined, the feature is constant (no variance).");
            return new FeatureIcc(feature, n, k, dropped, confidenceLevel, List.of(), messages);
        }
        if (ms.mse() == 0) {
            messages.add("'" + feature + "': residual mean square is 0 (ratings differ by at most a constant per "
                + "rater); F is infinite and some intervals are undefined.");
        } else if (ms.msb() < ms.mse() || ms.msb() < ms.msw()) {
            messages.add("'" + feature + "': subject variance below error variance; negative ICC.");
        }
        return new FeatureIcc(feature, n, k, dropped, confidenceLevel, estimates(ms, n, k, 1 - confidenceLevel),
            messages);
    }

    /** The ANOVA mean squares of a complete n × k matrix. */
    private record MeanSquares(double msb, double msj, double mse, double msw) {
        /**
         * The sums of squares are taken of the ratings minus the first rating: shifting changes no
         * mean square, and a constant feature then gives exact zeros instead of rounding noise.
         */
        static MeanSquares of(final double[][] ratings) {
            final int n = ratings.length;
            final int k = ratings[0].length;
            final double shift = ratings[0][0];
            final double[][] x = new double[n][k];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                    x[i][j] = ratings[i][j] - shift;
                }
            }
            final double[] rowMean = new double[n];
            final double[] colMean = new double[k];
            double grand = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                    rowMean[i] += x[i][j] / k;
                    colMean[j] += x[i][j] / n;
                    grand += x[i][j];
                }
            }
            grand /= n * k;
            double ssb = 0;
            for (final double r : rowMean) {
                ssb += k * (r - grand) * (r - grand);
            }
            double ssj = 0;
            for (final double c : colMean) {
                ssj += n * (c - grand) * (c - grand);
            }
            double sse = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                    final double e = x[i][j] - rowMean[i] - colMean[j] + grand;
                    sse += e * e;
                }
            }
            return new MeanSquares(ssb / (n - 1), ssj / (k - 1), sse / ((n - 1.0) * (k - 1)),
                (ssj + sse) / (n * (k - 1.0)));
        }
    }

    private static List<IccEstimate> estimates(final MeanSquares m, final int n, final int k, final double alpha) {
        final double msb = m.msb();
        final double msj = m.msj();
        final double mse = m.mse();
        final double msw = m.msw();
        final int df1 = n - 1;
        final int dfOneWay = n * (k - 1);
        final int dfTwoWay = (n - 1) * (k - 1);
        final double f1 = msb / msw;
        final double f2 = msb / mse;
        final double p1 = FDistribution.of(df1, dfOneWay).survivalProbability(f1);
        final double p2 = FDistribution.of(df1, dfTwoWay).survivalProbability(f2);

        final double icc1 = (msb - msw) / (msb + (k - 1) * msw);
        final double icc2 = (msb - mse) / (msb + (k - 1) * mse + k * (msj - mse) / n);
        final double icc3 = (msb - mse) / (msb + (k - 1) * mse);
        final double icc1k = (msb - msw) / msb;
        final double icc2k = (msb - mse) / (msb + (msj - mse) / n);
        final double icc3k = (msb - mse) / msb;

        final double f1Lower = f1 / upperQuantile(df1, dfOneWay, alpha);
        final double f1Upper = f1 * upperQuantile(dfOneWay, df1, alpha);
        final double f3Lower = f2 / upperQuantile(df1, dfTwoWay, alpha);
        final double f3Upper = f2 * upperQuantile(dfTwoWay, df1, alpha);

        final double fj = msj / mse;
        final double a = n * (1 + (k - 1) * icc2) - k * icc2;
        final double nu = (k - 1) * (n - 1.0) * Math.pow(k * icc2 * fj + a, 2)
            / ((n - 1.0) * k * k * icc2 * icc2 * fj * fj + a * a);
        final double fStar = upperQuantile(n - 1, nu, alpha);
        final double fStarReversed = upperQuantile(nu, n - 1, alpha);
        final double c = k * msj + (k * n - k - n) * mse;
        final double icc2Lower = n * (msb - fStar * mse) / (fStar * c + n * msb);
        final double icc2Upper = n * (fStarReversed * msb - mse) / (c + n * fStarReversed * msb);

        return List.of(new IccEstimate(IccForm.ICC1, icc1, f1, df1, dfOneWay, p1, single(f1Lower, k), single(f1Upper, k)),
            new IccEstimate(IccForm.ICC2, icc2, f2, df1, dfTwoWay, p2, icc2Lower, icc2Upper),
            new IccEstimate(IccForm.ICC3, icc3, f2, df1, dfTwoWay, p2, single(f3Lower, k), single(f3Upper, k)),
            new IccEstimate(IccForm.ICC1k, icc1k, f1, df1, dfOneWay, p1, 1 - 1 / f1Lower, 1 - 1 / f1Upper),
            new IccEstimate(IccForm.ICC2k, icc2k, f2, df1, dfTwoWay, p2, spearmanBrown(icc2Lower, k),
                spearmanBrown(icc2Upper, k)),
            new IccEstimate(IccForm.ICC3k, icc3k, f2, df1, dfTwoWay, p2, 1 - 1 / f3Lower, 1 - 1 / f3Upper));
    }

    /** The single-rater limit (F − 1)/(F + k − 1) from a limit of F. */
    private static double single(final double f, final int k) {
        return (f - 1) / (f + k - 1);
    }

    /** The reliability of the mean of k raters, ρk/(1 + (k − 1)ρ). */
    private static double spearmanBrown(final double rho, final int k) {
        return rho * k / (1 + rho * (k - 1));
    }

    /** @return the 1 − α/2 quantile of F(df1, df2); NaN when a df is not positive and finite */
    private static double upperQuantile(final double df1, final double df2, final double alpha) {
        if (!(df1 > 0 && df2 > 0 && Double.isFinite(df1) && Double.isFinite(df2))) {
            return Double.NaN;
        }
        return FDistribution.of(df1, df2).inverseCumulativeProbability(1 - alpha / 2);
    }
}
