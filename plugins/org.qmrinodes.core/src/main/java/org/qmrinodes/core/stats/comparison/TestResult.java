package org.qmrinodes.core.stats.comparison;

/**
 * The result of one significance test.
 *
 * @param test which test ({@link ComparisonTest#label()} or a normality/variance test name)
 * @param statistic the test statistic (t, W/U, F, H, X², W of Shapiro–Wilk, D; NaN where the test
 *        has none, as Fisher's exact test of an r×c table)
 * @param df1 first degrees of freedom (NaN where none)
 * @param df2 second degrees of freedom (NaN where none)
 * @param pValue the two-sided p-value
 */
public record TestResult(String test, double statistic, double df1, double df2, double pValue) {

    static TestResult of(final String test, final double statistic, final double df, final double pValue) {
        return new TestResult(test, statistic, df, Double.NaN, pValue);
    }
}
