package org.qmrinodes.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CompleteCasesTest {

    @Test
    void keepsRowsWithAnOutcomeAndEveryScoreNonFiniteCountingAsMissing() {
        final BinaryOutcome y = BinaryOutcome.of("y", Arrays.asList("a", "b", null, "a", "b"), "a", "a test");
        final CompleteCases c = CompleteCases.of(y, List.of(new double[] {0.1, 0.2, 0.3, Double.POSITIVE_INFINITY, 0.5},
            new double[] {1, Double.NaN, 3, 4, 5}));
        assertEquals(3, c.skipped());
        assertArrayEquals(new boolean[] {true, false}, c.event());
        assertArrayEquals(new double[] {0.1, 0.5}, c.scores().get(0));
        assertArrayEquals(new double[] {1, 5}, c.scores().get(1));
    }
}
