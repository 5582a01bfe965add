package org.qmrinodes.core.fit;

/**
 * A closed interval a fitted parameter is kept in; fits that end on it are flagged {@link
 * VoxelStatus#HIT_BOUND}.
 *
 * @param lower lower limit (may be −∞)
 * @param upper upper limit (may be +∞)
 */
public record Bound(double lower, double upper) {

    /** Checks that the interval is not empty. */
    public Bound {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower >= upper) {
            throw new IllegalArgumentException("bound must satisfy lower < upper: [" + lower + ", " + upper + "]");
        }
    }

    /** @return {@code value} moved into the interval */
    double clamp(final double value) {
        return Math.max(lower, Math.min(upper, value));
    }

    /** @return whether {@code value} is inside the closed interval */
    boolean contains(final double value) {
        return value >= lower && value <= upper;
    }
}
