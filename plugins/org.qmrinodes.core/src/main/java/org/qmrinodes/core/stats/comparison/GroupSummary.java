package org.qmrinodes.core.stats.comparison;

/**
 * Descriptive statistics of one group's values of a continuous feature. Quartiles are R's default
 * {@code quantile(type = 7)}: for p in [0, 1], h = (n − 1)p, x<sub>⌊h⌋</sub> + (h − ⌊h⌋)(x<sub>⌊h⌋+1</sub> −
 * x<sub>⌊h⌋</sub>) on the sorted values (0-based).
 *
 * @param group the group (or "Overall")
 * @param n number of values
 * @param mean the mean (NaN when n = 0)
 * @param sd the sample SD (n − 1 denominator; NaN when n &lt; 2)
 * @param median the median
 * @param q1 first quartile
 * @param q3 third quartile
 */
public record GroupSummary(String group, int n, double mean, double sd, double median, double q1, double q3) {

    /**
     * @param group the group name
     * @param values the values (no missing)
     * @return the summary
     */
    public static GroupSummary of(final String group, final double[] values) {
        if (values.length == 0) {
            return new GroupSummary(group, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        final double[] s = ContinuousTests.sorted(values);
        return new GroupSummary(group, s.length, ContinuousTests.mean(s),
            s.length < 2 ? Double.NaN : Math.sqrt(ContinuousTests.variance(s)), quantile(s, 0.5), quantile(s, 0.25),
            quantile(s, 0.75));
    }

    /** @return the type-7 quantile of sorted values */
    static double quantile(final double[] sorted, final double p) {
        final double h = (sorted.length - 1) * p;
        final int lo = (int) Math.floor(h);
        final int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
