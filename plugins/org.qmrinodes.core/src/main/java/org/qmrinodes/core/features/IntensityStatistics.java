package org.qmrinodes.core.features;

import java.util.Arrays;

/**
 * IBSI "intensity-based statistical features" (IBSI 1, §3.3) of the N values X<sub>i</sub> of a
 * region. Moments use the population form (divisor N), as IBSI; {@link #standardDeviation()} is the
 * sample SD (divisor N − 1) that R's {@code sd} and SPSS report. Percentiles interpolate linearly
 * between order statistics (R type 7, numpy's default). Sums are compensated, so that results
 * agree with numpy to ~1e-13 relative.
 */
public final class IntensityStatistics {

    private final double[] sorted;
    private final double mean;
    private final double m2;
    private final double m3;
    private final double m4;

    private IntensityStatistics(final double[] sorted) {
        this.sorted = sorted;
        final int n = sorted.length;
        mean = sum(sorted, 1, 0) / n;
        m2 = sum(sorted, 2, mean) / n;
        m3 = sum(sorted, 3, mean) / n;
        m4 = sum(sorted, 4, mean) / n;
    }

    /**
     * @param values the region's values (no NaN, at least one)
     * @return the statistics
     */
    public static IntensityStatistics of(final double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        final double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new IntensityStatistics(sorted);
    }

    /** Σ (x − centre)^power, compensated (Neumaier); power 1 with centre 0 is the plain sum. */
    private static double sum(final double[] x, final int power, final double centre) {
        double s = 0;
        double c = 0;
        for (final double v : x) {
            final double d = v - centre;
            final double t = switch (power) {
                case 1 -> d;
                case 2 -> d * d;
                case 3 -> d * d * d;
                default -> d * d * d * d;
            };
            final double u = s + t;
            c += Math.abs(s) >= Math.abs(t) ? (s - u) + t : (t - u) + s;
            s = u;
        }
        return s + c;
    }

    /** @return N, the number of values */
    public int count() {
        return sorted.length;
    }

    /** @return mean μ = (1/N) Σ X<sub>i</sub> */
    public double mean() {
        return mean;
    }

    /** @return variance σ² = (1/N) Σ (X<sub>i</sub> − μ)² (IBSI) */
    public double variance() {
        return m2;
    }

    /** @return sample standard deviation √(Σ (X<sub>i</sub> − μ)² / (N − 1)); NaN for N = 1 */
    public double standardDeviation() {
        final int n = sorted.length;
        return n < 2 ? Double.NaN : Math.sqrt(m2 * n / (n - 1));
    }

    /** @return skewness m<sub>3</sub>/m<sub>2</sub><sup>3/2</sup> (population moments); 0 when σ = 0, as IBSI */
    public double skewness() {
        return m2 == 0 ? 0 : m3 / Math.pow(m2, 1.5);
    }

    /** @return excess kurtosis m<sub>4</sub>/m<sub>2</sub>² − 3; 0 when σ = 0, as IBSI */
    public double kurtosis() {
        return m2 == 0 ? 0 : m4 / (m2 * m2) - 3;
    }

    /** @return minimum */
    public double minimum() {
        return sorted[0];
    }

    /** @return maximum */
    public double maximum() {
        return sorted[sorted.length - 1];
    }

    /** @return median (the 50th percentile) */
    public double median() {
        return percentile(50);
    }

    /**
     * @param p percent in [0, 100]
     * @return the p-th percentile: with h = (N − 1)·p/100, X<sub>(⌊h⌋)</sub> + (h − ⌊h⌋)(X<sub>(⌊h⌋+1)</sub> −
     *         X<sub>(⌊h⌋)</sub>) on the sorted values (R type 7)
     */
    public double percentile(final double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percent must be in [0, 100]: " + p);
        }
        final double h = (sorted.length - 1) * p / 100.0;
        final int lo = (int)Math.floor(h);
        final int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** @return interquartile range P<sub>75</sub> − P<sub>25</sub> */
    public double interquartileRange() {
        return percentile(75) - percentile(25);
    }

    /** @return range, maximum − minimum */
    public double range() {
        return maximum() - minimum();
    }

    /** @return mean absolute deviation (1/N) Σ |X<sub>i</sub> − μ| */
    public double meanAbsoluteDeviation() {
        return absoluteDeviationSum(sorted, 0, sorted.length, mean) / sorted.length;
    }

    /**
     * @return robust mean absolute deviation: the mean absolute deviation from their mean of the
     *         values between the 10th and 90th percentiles (inclusive)
     */
    public double robustMeanAbsoluteDeviation() {
        final double p10 = percentile(10);
        final double p90 = percentile(90);
        int from = 0;
        while (sorted[from] < p10) {
            from++;
        }
        int to = sorted.length;
        while (sorted[to - 1] > p90) {
            to--;
        }
        final double[] middle = Arrays.copyOfRange(sorted, from, to);
        final double m = sum(middle, 1, 0) / middle.length;
        return absoluteDeviationSum(middle, 0, middle.length, m) / middle.length;
    }

    /** @return median absolute deviation (1/N) Σ |X<sub>i</sub> − median| (IBSI's definition, a mean) */
    public double medianAbsoluteDeviation() {
        return absoluteDeviationSum(sorted, 0, sorted.length, median()) / sorted.length;
    }

    /** @return coefficient of variation σ/μ (population σ) */
    public double coefficientOfVariation() {
        return Math.sqrt(m2) / mean;
    }

    /** @return quartile coefficient of dispersion (P<sub>75</sub> − P<sub>25</sub>)/(P<sub>75</sub> + P<sub>25</sub>) */
    public double quartileCoefficientOfDispersion() {
        return (percentile(75) - percentile(25)) / (percentile(75) + percentile(25));
    }

    /** @return energy Σ X<sub>i</sub>² */
    public double energy() {
        return sum(sorted, 2, 0);
    }

    /** @return root mean square √(energy/N) */
    public double rootMeanSquare() {
        return Math.sqrt(energy() / sorted.length);
    }

    private static double absoluteDeviationSum(final double[] x, final int from, final int to, final double centre) {
        final double[] d = new double[to - from];
        for (int i = from; i < to; i++) {
            d[i - from] = Math.abs(x[i] - centre);
        }
        return sum(d, 1, 0);
    }

    /** @return the values in ascending order (shared with the histogram; not to be modified) */
    double[] sortedValues() {
        return sorted;
    }
}
