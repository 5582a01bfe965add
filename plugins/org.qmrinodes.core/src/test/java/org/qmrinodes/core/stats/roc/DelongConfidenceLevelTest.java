package org.qmrinodes.core.stats.roc;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;

/** DeLong comparisons refuse the confidence levels ROC refuses: 0, 1 and anything outside (0, 1). */
class DelongConfidenceLevelTest {

    private static final BinaryOutcome Y = BinaryOutcome.of("her2", List.of("1", "0", "1", "0", "1", "0", "1", "0"), "1");
    private static final double[] A = {0.9, 0.2, 0.7, 0.4, 0.8, 0.3, 0.35, 0.6};
    private static final double[] B = {0.6, 0.5, 0.9, 0.1, 0.4, 0.3, 0.8, 0.2};

    @Test
    void everyDelongEntryPointRefusesLevelsOutsideTheOpenUnitInterval() {
        final ClassScores a = ClassScores.split(Y, "a", A);
        final ClassScores b = ClassScores.split(Y, "b", B);
        for (final double level : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
            final String what = "level " + level;
            assertRefused(() -> DelongTest.comparePaired(Y, "a", A, "b", B, DirectionRule.AUTO, level), what);
            assertRefused(() -> DelongTest.compareAll(Y, List.of("a", "b"), List.of(A, B), null, DirectionRule.AUTO, level,
                PValueAdjustment.NONE), what);
            assertRefused(() -> DelongTest.compareUnpaired(a, b, DirectionRule.AUTO, level), what);
        }
    }

    private static void assertRefused(final org.junit.jupiter.api.function.Executable call, final String what) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call, what);
        assertTrue(e.getMessage().contains("confidence level"), e.getMessage());
    }
}
