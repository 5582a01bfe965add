package org.qmrinodes.core.stats.comparison;

/**
 * One pairwise (post hoc) comparison of two groups.
 *
 * @param groupA first group
 * @param groupB second group
 * @param method how it was tested: {@code bonferroni-t}, {@code tamhane-t2}, {@code dunn-bonferroni},
 *        or a two-group test label ({@code chi-square}, {@code chi-square-yates}, {@code fisher}) for
 *        the unadjusted pairwise sub-tables of a categorical feature
 * @param statistic t or z (NaN for Fisher)
 * @param pValue the p-value, adjusted for the number of pairs as the method says
 */
public record PairwiseComparison(String groupA, String groupB, String method, double statistic, double pValue) {

    /** @return whether this compares {@code a} with {@code b}, in either order */
    public boolean compares(final String a, final String b) {
        return groupA.equals(a) && groupB.equals(b) || groupA.equals(b) && groupB.equals(a);
    }
}
