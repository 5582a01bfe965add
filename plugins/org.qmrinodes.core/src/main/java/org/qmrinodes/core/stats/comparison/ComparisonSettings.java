package org.qmrinodes.core.stats.comparison;

import java.util.List;

/**
 * How features are compared between groups.
 *
 * @param test the test for continuous features (a continuous test or {@code AUTO}) and for
 *        categorical ones (a categorical test or {@code AUTO}); a continuous test leaves categorical
 *        features on the automatic rule and vice versa
 * @param normality the normality test of the automatic rule and of the summary style
 * @param alpha level of the normality and Levene tests in the automatic rule (e.g. 0.05)
 * @param yates whether the chi-square test of a 2×2 table is continuity-corrected (R's default)
 * @param sparseFraction the automatic rule uses Fisher's exact test when more than this fraction
 *        of the expected counts is below 5 (0.2, Cochran's rule)
 * @param fisherTableLimit the most tables the exact r×c test may enumerate
 * @param groupOrder the groups to compare, in order; empty: every group found, in sorted order
 */
public record ComparisonSettings(ComparisonTest test, NormalityRule normality, double alpha, boolean yates,
    double sparseFraction, long fisherTableLimit, List<String> groupOrder) {

    /** Checks and copies. */
    public ComparisonSettings {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
        }
        groupOrder = List.copyOf(groupOrder);
    }

    /** @return automatic tests, Shapiro–Wilk, α = 0.05, Yates as R, Fisher above 20% sparse cells, all groups */
    public static ComparisonSettings defaults() {
        return new ComparisonSettings(ComparisonTest.AUTO, NormalityRule.SHAPIRO_WILK, 0.05, true, 0.2,
            ContingencyTests.DEFAULT_FISHER_TABLE_LIMIT, List.of());
    }

    /** @return these settings with another test */
    public ComparisonSettings withTest(final ComparisonTest t) {
        return new ComparisonSettings(t, normality, alpha, yates, sparseFraction, fisherTableLimit, groupOrder);
    }

    /** @return these settings with another group order */
    public ComparisonSettings withGroupOrder(final List<String> order) {
        return new ComparisonSettings(test, normality, alpha, yates, sparseFraction, fisherTableLimit, order);
    }
}
