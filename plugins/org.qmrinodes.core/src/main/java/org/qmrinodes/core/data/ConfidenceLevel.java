package org.qmrinodes.core.data;

/** The one check of a confidence level shared by every analysis that reports an interval. */
public final class ConfidenceLevel {

    private ConfidenceLevel() {
    }

    /**
     * @param confidenceLevel the level, e.g. 0.95
     * @return the level
     * @throws IllegalArgumentException unless it lies strictly between 0 and 1 (0 gives a zero-width
     *         interval and 1 an infinite one, neither of them an interval estimate)
     */
    public static double check(final double confidenceLevel) {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + confidenceLevel);
        }
        return confidenceLevel;
    }
}
