package org.qmrinodes.core.stats.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.OneWayAnova;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.TTest;
import org.qmrinodes.core.data.InvalidDataException;

/**
 * Two- and k-sample tests of a continuous feature, two-sided, with R's conventions. The t-tests,
 * Mann–Whitney U and one-way ANOVA are Apache Commons Statistics; Welch's ANOVA, Kruskal–Wallis
 * and Levene's test are implemented here. Groups hold only non-missing values.
 */
public final class ContinuousTests {

    /** R {@code wilcox.test}: the exact null distribution is used when both samples are below this size. */
    static final int MANN_WHITNEY_EXACT_LIMIT = 50;

    private ContinuousTests() {
    }

    /**
     * Welch's t-test, as R {@code t.test(a, b)}: t = (x̄<sub>a</sub> − x̄<sub>b</sub>) / √(s²<sub>a</sub>/n<sub>a</sub>
     * + s²<sub>b</sub>/n<sub>b</sub>) with Welch–Satterthwaite degrees of freedom.
     *
     * @param a first group (at least 2 values)
     * @param b second group (at least 2 values)
     * @return t, df and p
     * @throws InvalidDataException if a group is too small or the data are constant
     */
    public static TestResult welchT(final double[] a, final double[] b) {
        return tTest(a, b, DataDispersion.HETEROSCEDASTIC, ComparisonTest.WELCH_T);
    }

    /**
     * Student's two-sample t-test with pooled variance, as R {@code t.test(a, b, var.equal = TRUE)};
     * df = n<sub>a</sub> + n<sub>b</sub> − 2.
     *
     * @param a first group
     * @param b second group
     * @return t, df and p
     * @throws InvalidDataException if a group is too small or the data are constant
     */
    public static TestResult studentT(final double[] a, final double[] b) {
        return tTest(a, b, DataDispersion.HOMOSCEDASTIC, ComparisonTest.STUDENT_T);
    }

    private static TestResult tTest(final double[] a, final double[] b, final DataDispersion dispersion,
        final ComparisonTest test) {
        if (a.length < 2 || b.length < 2) {
            throw new InvalidDataException("a t-test needs at least 2 values per group (found " + a.length + " and "
                + b.length + ")");
        }
        final double va = variance(a) / a.length;
        final double vb = variance(b) / b.length;
        final double scale = Math.max(Math.abs(mean(a)), Math.abs(mean(b)));
        final double se = dispersion == DataDispersion.HETEROSCEDASTIC ? Math.sqrt(va + vb)
            : Math.sqrt(((a.length - 1) * variance(a) + (b.length - 1) * variance(b)) / (a.length + b.length - 2)
                * (1.0 / a.length + 1.0 / b.length));
        if (se < 10 * Math.ulp(1.0) * scale || se == 0) {
            throw new InvalidDataException("the values are essentially constant in both groups: no t-test");
        }
        final TTest.Result r = TTest.withDefaults().with(dispersion).test(a, b);
        return TestResult.of(test.label(), r.getStatistic(), r.getDegreesOfFreedom(), r.getPValue());
    }

    /**
     * Mann–Whitney U (Wilcoxon rank-sum) test exactly as R {@code wilcox.test(a, b)} with its
     * defaults: W = Σ ranks of {@code a} − n<sub>a</sub>(n<sub>a</sub> + 1)/2; the exact null
     * distribution when both groups have fewer than 50 values and there are no ties, otherwise
     * the normal approximation with continuity correction and the tie-corrected variance
     * n<sub>a</sub>n<sub>b</sub>/12 · (n + 1 − Σ(t³ − t)/(n(n − 1))).
     *
     * @param a first group (at least 1 value)
     * @param b second group (at least 1 value)
     * @return W (R's statistic, the U of {@code a}) and p
     */
    public static TestResult mannWhitney(final double[] a, final double[] b) {
        if (a.length == 0 || b.length == 0) {
            throw new InvalidDataException("the Mann-Whitney test needs at least 1 value per group");
        }
        final boolean ties = Ranks.of(Ranks.pool(List.of(a, b))).tieTerm() > 0;
        if (ties && allEqual(Ranks.pool(List.of(a, b)))) {
            throw new InvalidDataException("all values are equal: no Mann-Whitney test");
        }
        final boolean exact = a.length < MANN_WHITNEY_EXACT_LIMIT && b.length < MANN_WHITNEY_EXACT_LIMIT && !ties;
        final MannWhitneyUTest.Result r = MannWhitneyUTest.withDefaults()
            .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC).with(ContinuityCorrection.ENABLED).test(a, b);
        return new TestResult(ComparisonTest.MANN_WHITNEY.label(), r.getStatistic(), Double.NaN, Double.NaN,
            r.getPValue());
    }

    /**
     * Classical one-way ANOVA, as R {@code summary(aov(y ~ g))}: F = MS<sub>between</sub> /
     * MS<sub>within</sub> on (k − 1, n − k) degrees of freedom.
     *
     * @param groups at least two groups, together more values than groups
     * @return F, df1, df2 and p
     */
    public static TestResult anova(final List<double[]> groups) {
        final int n = checkGroups(groups, "ANOVA");
        if (withinSumOfSquares(groups) == 0) {
            throw new InvalidDataException("no variation within the groups: no ANOVA");
        }
        final OneWayAnova.Result r = OneWayAnova.withDefaults().test(groups);
        return new TestResult(ComparisonTest.ANOVA.label(), r.getStatistic(), groups.size() - 1, n - groups.size(),
            r.getPValue());
    }

    /**
     * Welch's heteroscedastic one-way ANOVA, as R {@code oneway.test(y ~ g)}: with weights
     * w<sub>i</sub> = n<sub>i</sub>/s²<sub>i</sub>, W = Σw<sub>i</sub>, m = Σw<sub>i</sub>x̄<sub>i</sub>/W and
     * λ = Σ(1 − w<sub>i</sub>/W)²/(n<sub>i</sub> − 1) / (k² − 1):
     * F = Σw<sub>i</sub>(x̄<sub>i</sub> − m)² / ((k − 1)(1 + 2(k − 2)λ)) on (k − 1, 1/(3λ)) df (Welch 1951).
     *
     * @param groups at least two groups of at least 2 values with non-zero variance
     * @return F, df1, df2 and p
     */
    public static TestResult welchAnova(final List<double[]> groups) {
        checkGroups(groups, "Welch ANOVA");
        final int k = groups.size();
        final double[] w = new double[k];
        double sumW = 0;
        double weightedMean = 0;
        for (int i = 0; i < k; i++) {
            final double[] g = groups.get(i);
            if (g.length < 2 || variance(g) == 0) {
                throw new InvalidDataException("Welch ANOVA needs at least 2 different values in every group");
            }
            w[i] = g.length / variance(g);
            sumW += w[i];
            weightedMean += w[i] * mean(g);
        }
        weightedMean /= sumW;
        double between = 0;
        double lambda = 0;
        for (int i = 0; i < k; i++) {
            final double d = mean(groups.get(i)) - weightedMean;
            between += w[i] * d * d;
            final double u = 1 - w[i] / sumW;
            lambda += u * u / (groups.get(i).length - 1);
        }
        lambda /= (double) k * k - 1;
        final double f = between / ((k - 1) * (1 + 2 * (k - 2) * lambda));
        final double df2 = 1 / (3 * lambda);
        return new TestResult(ComparisonTest.WELCH_ANOVA.label(), f, k - 1, df2,
            FDistribution.of(k - 1, df2).survivalProbability(f));
    }

    /**
     * Kruskal–Wallis rank-sum test, as R {@code kruskal.test}: H = (12/(n(n + 1)) ΣR²<sub>i</sub>/n<sub>i</sub>
     * − 3(n + 1)) / (1 − Σ(t³ − t)/(n³ − n)) with mid-ranks, against χ² on k − 1 df.
     *
     * @param groups at least two groups
     * @return H, df and p
     */
    public static TestResult kruskalWallis(final List<double[]> groups) {
        final int n = checkGroups(groups, "Kruskal-Wallis");
        final Ranks ranks = Ranks.of(Ranks.pool(groups));
        final double denominator = 1 - ranks.tieTerm() / ((double) n * n * n - n);
        if (denominator <= 0) {
            throw new InvalidDataException("all values are equal: no Kruskal-Wallis test");
        }
        double sum = 0;
        int offset = 0;
        for (final double[] g : groups) {
            double rankSum = 0;
            for (int i = 0; i < g.length; i++) {
                rankSum += ranks.ranks()[offset + i];
            }
            offset += g.length;
            sum += rankSum * rankSum / g.length;
        }
        final double h = (12 * sum / ((double) n * (n + 1)) - 3.0 * (n + 1)) / denominator;
        final int df = groups.size() - 1;
        return TestResult.of(ComparisonTest.KRUSKAL_WALLIS.label(), h, df,
            ChiSquaredDistribution.of(df).survivalProbability(h));
    }

    /**
     * Levene's test of equal variances centred at the group medians (Brown–Forsythe), as R
     * {@code car::leveneTest} with its default {@code center = median}: the one-way ANOVA of
     * |x − median<sub>group</sub>|.
     *
     * @param groups at least two groups
     * @return F, df1, df2 and p (test name {@code levene})
     */
    public static TestResult levene(final List<double[]> groups) {
        final List<double[]> deviations = new ArrayList<>();
        for (final double[] g : groups) {
            final double median = GroupSummary.quantile(sorted(g), 0.5);
            deviations.add(Arrays.stream(g).map(x -> Math.abs(x - median)).toArray());
        }
        final TestResult r = anova(deviations);
        return new TestResult("levene", r.statistic(), r.df1(), r.df2(), r.pValue());
    }

    private static int checkGroups(final List<double[]> groups, final String test) {
        if (groups.size() < 2) {
            throw new InvalidDataException(test + " needs at least two groups with values");
        }
        int n = 0;
        for (final double[] g : groups) {
            if (g.length == 0) {
                throw new InvalidDataException(test + ": a group has no values");
            }
            n += g.length;
        }
        if (n <= groups.size()) {
            throw new InvalidDataException(test + " needs more values (" + n + ") than groups (" + groups.size() + ")");
        }
        return n;
    }

    static double withinSumOfSquares(final List<double[]> groups) {
        double ss = 0;
        for (final double[] g : groups) {
            ss += variance(g) * (g.length - 1);
        }
        return ss;
    }

    static double mean(final double[] x) {
        double s = 0;
        for (final double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** @return the sample variance (n − 1 denominator; 0 for fewer than 2 values) */
    static double variance(final double[] x) {
        if (x.length < 2) {
            return 0;
        }
        final double m = mean(x);
        double ss = 0;
        for (final double v : x) {
            ss += (v - m) * (v - m);
        }
        return ss / (x.length - 1);
    }

    static double[] sorted(final double[] x) {
        final double[] s = x.clone();
        Arrays.sort(s);
        return s;
    }

    static boolean allEqual(final double[] x) {
        return Arrays.stream(x).allMatch(v -> v == x[0]);
    }
}
