package org.qmrinodes.core.clinical;

import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * A positive/high versus negative/low split of a percentage (ER/PR nuclear staining, Ki-67 index):
 * positive when the value reaches the cut-off ({@code ≥}, inclusive) or exceeds it ({@code >}).
 * The studies differ: ER/PR ≥ 1% (Shen25, QIMS26) or &gt; 1% (Fr25); Ki-67 &gt; 14% (Fr24, 14 itself
 * unassigned in the paper), &gt; 30% (Fr25), or ≥ the cohort median (Shen25: 40%).
 *
 * @param cutoff the cut-off in percent
 * @param inclusive whether a value equal to the cut-off is positive
 * @param description how the cut-off was chosen, written into outputs (e.g. {@code ≥ cohort median (40)})
 */
public record PercentCutoff(double cutoff, boolean inclusive, String description) {

    /**
     * @param cutoff in percent
     * @param inclusive ≥ (true) or &gt; (false)
     * @return the split
     */
    public static PercentCutoff fixed(final double cutoff, final boolean inclusive) {
        if (!(cutoff >= 0 && cutoff <= 100)) {
            throw new InvalidDataException("cut-off " + cutoff + " % is not between 0 and 100");
        }
        return new PercentCutoff(cutoff, inclusive, (inclusive ? ">= " : "> ") + format(cutoff) + " %");
    }

    /**
     * The cohort median as cut-off (R's {@code median}: the mean of the two middle values for an
     * even count), of the finite values.
     *
     * @param values the cohort's values (missing as NaN)
     * @param inclusive ≥ (true, Shen25: high ≥ median) or &gt; (false)
     * @return the split
     * @throws InvalidDataException when no value is finite
     */
    public static PercentCutoff cohortMedian(final List<Double> values, final boolean inclusive) {
        final double[] v = values.stream().filter(x -> x != null && Double.isFinite(x)).mapToDouble(Double::doubleValue).sorted()
            .toArray();
        if (v.length == 0) {
            throw new InvalidDataException("the cohort median needs at least one value");
        }
        final double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return new PercentCutoff(median, inclusive, (inclusive ? ">= " : "> ") + "cohort median (" + format(median) + " % of "
            + v.length + " values)");
    }

    /**
     * @param percent a value in percent; NaN is missing
     * @param where row and column, for the message
     * @return true (positive/high), false (negative/low), or null when missing
     * @throws InvalidDataException naming {@code where} when the value is outside 0–100
     */
    public Boolean positive(final double percent, final String where) {
        if (Double.isNaN(percent)) {
            return null;
        }
        if (!(percent >= 0 && percent <= 100)) {
            throw new InvalidDataException(where + ": " + percent + " is not a percentage between 0 and 100");
        }
        return inclusive ? percent >= cutoff : percent > cutoff;
    }

    private static String format(final double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
