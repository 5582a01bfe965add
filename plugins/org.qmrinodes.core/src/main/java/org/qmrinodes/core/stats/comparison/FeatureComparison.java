package org.qmrinodes.core.stats.comparison;

import java.util.List;

/**
 * The comparison of one feature between groups.
 *
 * @param feature the feature name
 * @param categorical whether it was treated as categorical
 * @param result the test, or {@code null} when it could not be tested ({@code note} says why)
 * @param n values used (rows with both a group and a value)
 * @param skippedRows rows left out because the group or the value is missing (or the group is not compared)
 * @param groups per-group descriptives (continuous; counts only for categorical)
 * @param overall descriptives over all compared groups
 * @param counts level × group counts (categorical), else {@code null}
 * @param normal whether no group's normality test rejected at α (decides mean ± SD vs median (IQR))
 * @param normalityP the smallest per-group normality p-value (NaN if none could be computed)
 * @param leveneP Levene's (median-centred) p-value (NaN if not computed)
 * @param pairwise the post hoc comparisons (empty for two groups or when not available)
 * @param note what the automatic rule chose and why, or why the feature was not tested
 */
public record FeatureComparison(String feature, boolean categorical, TestResult result, int n, int skippedRows,
    List<GroupSummary> groups, GroupSummary overall, CategoryCounts counts, boolean normal, double normalityP,
    double leveneP, List<PairwiseComparison> pairwise, String note) {

    /** Copies the lists. */
    public FeatureComparison {
        groups = List.copyOf(groups);
        pairwise = List.copyOf(pairwise);
    }

    /** @return the p-value, NaN when not tested */
    public double pValue() {
        return result == null ? Double.NaN : result.pValue();
    }

    /** @return the pairwise comparison of {@code a} and {@code b}, or {@code null} */
    public PairwiseComparison pair(final String a, final String b) {
        return pairwise.stream().filter(p -> p.compares(a, b)).findFirst().orElse(null);
    }
}
