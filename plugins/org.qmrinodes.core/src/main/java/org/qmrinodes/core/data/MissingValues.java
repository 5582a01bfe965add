package org.qmrinodes.core.data;

/**
 * The project's one rule for numbers that are not finite: NaN, +Infinity and −Infinity in any
 * numeric input (scores, predictors, features, ratings, map voxels) are missing values. An analysis
 * skips the rows (or voxels) that hold one and reports how many it skipped; where a row cannot be
 * skipped, it refuses the input with a message naming the row and the column.
 */
public final class MissingValues {

    private MissingValues() {
    }

    /**
     * @param value a number from the input
     * @return whether it counts as missing: NaN or ±Infinity
     */
    public static boolean isMissing(final double value) {
        return !Double.isFinite(value);
    }
}
