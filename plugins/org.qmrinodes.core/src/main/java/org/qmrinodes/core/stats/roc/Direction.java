package org.qmrinodes.core.stats.roc;

/**
 * Which side of a threshold counts as positive.
 *
 * <p>{@link #HIGHER} is pROC's {@code direction = "<"} (controls below cases): a case is called
 * positive when its score is above the threshold. {@link #LOWER} is pROC's {@code ">"}.
 */
public enum Direction {
    /** Higher scores indicate the positive class. */
    HIGHER,
    /** Lower scores indicate the positive class. */
    LOWER;

    /** @return the lower-case name used in tables and on the command line ({@code higher}, {@code lower}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The direction pROC chooses with {@code direction = "auto"}: {@link #HIGHER} when the median
     * of the negatives is at most the median of the positives, else {@link #LOWER}.
     *
     * @param scores the split scores (both classes non-empty)
     * @return the direction
     */
    public static Direction auto(final ClassScores scores) {
        return median(scores.sortedNegatives()) <= median(scores.sortedPositives()) ? HIGHER : LOWER;
    }

    /** Median of sorted values as R's {@code median}: the mean of the two middle values for an even count. */
    static double median(final double[] sorted) {
        final int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
