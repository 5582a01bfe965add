package org.qmrinodes.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions with the agreement tolerances the project states against reference tools. */
public final class Tolerance {

    private Tolerance() {
    }

    /**
     * Relative agreement: |actual − expected| ≤ rel·|expected| + abs (abs covers expected values of 0).
     * Infinities and NaN must match exactly.
     */
    public static void assertRelative(final double expected, final double actual, final double rel, final double abs,
        final String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, what);
            return;
        }
        assertTrue(Math.abs(actual - expected) <= rel * Math.abs(expected) + abs,
            () -> what + ": expected " + expected + " but was " + actual + " (difference " + (actual - expected) + ")");
    }
}
