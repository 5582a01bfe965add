package org.qmrinodes.core.stats.comparison;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;

/**
 * Post hoc comparisons of every pair of k groups, as SPSS offers them after a one-way ANOVA or a
 * Kruskal–Wallis test. Pairs are in the order (1,2), (1,3), …, (2,3), …; p-values are adjusted
 * for all k(k − 1)/2 pairs.
 */
public final class PostHocTests {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private PostHocTests() {
    }

    /**
     * Bonferroni-adjusted t-tests with the pooled within-group SD, as R
     * {@code pairwise.t.test(x, g, p.adjust.method = "bonferroni")} and SPSS's ANOVA post hoc
     * "Bonferroni": t = (x̄<sub>i</sub> − x̄<sub>j</sub>) / (s<sub>p</sub>√(1/n<sub>i</sub> + 1/n<sub>j</sub>)),
     * s²<sub>p</sub> = MS<sub>within</sub> on n − k df.
     *
     * @param names group names
     * @param groups the groups' values
     * @return one comparison per pair
     */
    public static List<PairwiseComparison> bonferroniT(final List<String> names, final List<double[]> groups) {
        int n = 0;
        for (final double[] g : groups) {
            n += g.length;
        }
        final int df = n - groups.size();
        if (df < 1) {
            throw new InvalidDataException("pairwise t-tests need more values than groups");
        }
        final double pooledSd = Math.sqrt(ContinuousTests.withinSumOfSquares(groups) / df);
        final TDistribution t = TDistribution.of(df);
        final List<double[]> stats = new ArrayList<>();
        for (final int[] pair : pairs(groups.size())) {
            final double[] a = groups.get(pair[0]);
            final double[] b = groups.get(pair[1]);
            final double stat = (ContinuousTests.mean(a) - ContinuousTests.mean(b))
                / (pooledSd * Math.sqrt(1.0 / a.length + 1.0 / b.length));
            stats.add(new double[] {stat, 2 * t.survivalProbability(Math.abs(stat))});
        }
        return adjusted(names, stats, "bonferroni-t");
    }

    /**
     * Tamhane's T2 for unequal variances: Welch t-tests per pair with Šidák's adjustment
     * p = 1 − (1 − p<sub>Welch</sub>)<sup>m</sup>, m = k(k − 1)/2 (Tamhane 1979), as SPSS.
     *
     * @param names group names
     * @param groups the groups' values (at least 2 per group)
     * @return one comparison per pair
     */
    public static List<PairwiseComparison> tamhaneT2(final List<String> names, final List<double[]> groups) {
        final List<int[]> pairs = pairs(groups.size());
        final List<PairwiseComparison> out = new ArrayList<>();
        for (final int[] pair : pairs) {
            final TestResult welch = ContinuousTests.welchT(groups.get(pair[0]), groups.get(pair[1]));
            final double p = 1 - Math.pow(1 - welch.pValue(), pairs.size());
            out.add(new PairwiseComparison(names.get(pair[0]), names.get(pair[1]), "tamhane-t2", welch.statistic(),
                Math.min(1, p)));
        }
        return out;
    }

    /**
     * Dunn's (1964) test after Kruskal–Wallis, as SPSS's pairwise comparisons: mid-ranks of the
     * pooled sample, z = (R̄<sub>i</sub> − R̄<sub>j</sub>) / √((n(n + 1)/12 − Σ(t³ − t)/(12(n − 1)))
     * (1/n<sub>i</sub> + 1/n<sub>j</sub>)), two-sided normal p, Bonferroni-adjusted.
     *
     * @param names group names
     * @param groups the groups' values
     * @return one comparison per pair
     */
    public static List<PairwiseComparison> dunnBonferroni(final List<String> names, final List<double[]> groups) {
        final double[] pooled = Ranks.pool(groups);
        final int n = pooled.length;
        final Ranks ranks = Ranks.of(pooled);
        final double variance = n * (n + 1) / 12.0 - ranks.tieTerm() / (12.0 * (n - 1));
        if (!(variance > 0)) {
            throw new InvalidDataException("all values are equal: no Dunn test");
        }
        final double[] meanRank = new double[groups.size()];
        int offset = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (int i = 0; i < groups.get(g).length; i++) {
                meanRank[g] += ranks.ranks()[offset + i];
            }
            offset += groups.get(g).length;
            meanRank[g] /= groups.get(g).length;
        }
        final List<double[]> stats = new ArrayList<>();
        for (final int[] pair : pairs(groups.size())) {
            final double z = (meanRank[pair[0]] - meanRank[pair[1]])
                / Math.sqrt(variance * (1.0 / groups.get(pair[0]).length + 1.0 / groups.get(pair[1]).length));
            stats.add(new double[] {z, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z))});
        }
        return adjusted(names, stats, "dunn-bonferroni");
    }

    private static List<PairwiseComparison> adjusted(final List<String> names, final List<double[]> stats,
        final String method) {
        final double[] p = stats.stream().mapToDouble(s -> s[1]).toArray();
        final double[] adjusted = PValueAdjustment.BONFERRONI.adjust(p);
        final List<int[]> pairs = pairs(names.size());
        final List<PairwiseComparison> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            out.add(new PairwiseComparison(names.get(pairs.get(i)[0]), names.get(pairs.get(i)[1]), method,
                stats.get(i)[0], adjusted[i]));
        }
        return out;
    }

    /** @return the index pairs (i, j), i &lt; j, in order */
    static List<int[]> pairs(final int k) {
        final List<int[]> out = new ArrayList<>();
        for (int i = 0; i < k - 1; i++) {
            for (int j = i + 1; j < k; j++) {
                out.add(new int[] {i, j});
            }
        }
        return out;
    }
}
