package org.qmrinodes.core.stats.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;

/**
 * Properties the pROC agreement tests do not reach: missing scores in families of comparisons,
 * the symmetry of the two directions, and input errors.
 */
class DelongTestConsistencyTest {

    private static final int N = 300;

    private static BinaryOutcome outcome() {
        final Random r = new Random(7);
        final String[] labels = new String[N];
        for (int i = 0; i < N; i++) {
            labels[i] = r.nextDouble() < 0.4 ? "pos" : "neg";
        }
        return BinaryOutcome.of("y", List.of(labels), "pos");
    }

    private static double[] score(final BinaryOutcome y, final long seed, final double effect, final double missing) {
        final Random r = new Random(seed);
        final double[] s = new double[N];
        for (int i = 0; i < N; i++) {
            s[i] = Math.round((r.nextGaussian() + (y.isPositive(i) ? effect : 0)) * 10) / 10.0;
            if (r.nextDouble() < missing) {
                s[i] = Double.NaN;
            }
        }
        return s;
    }

    @Test
    void familyWithMissingScoresUsesEachPairsCompleteCases() {
        final BinaryOutcome y = outcome();
        final double[] a = score(y, 1, 1.0, 0.1);
        final double[] b = score(y, 2, 0.5, 0.0);
        final double[] c = score(y, 3, 0.2, 0.2);
        final List<PairedAucComparison> family = DelongTest.compareAll(y, List.of("a", "b", "c"), List.of(a, b, c),
            null, DirectionRule.AUTO, 0.95, PValueAdjustment.NONE);
        final PairedAucComparison bc = DelongTest.comparePaired(y, "b", b, "c", c, DirectionRule.AUTO, 0.95);
        assertEquals(bc, family.get(2));
        assertTrue(family.get(0).skippedRows() > 0);
        assertEquals(family.get(0).positives() + family.get(0).negatives() + family.get(0).skippedRows(), N);
    }

    @Test
    void familyWithoutMissingScoresEqualsSinglePairs() {
        final BinaryOutcome y = outcome();
        final double[] a = score(y, 4, 1.0, 0);
        final double[] b = score(y, 5, 0.5, 0);
        final double[] c = score(y, 6, -0.4, 0);
        final List<PairedAucComparison> family = DelongTest.compareAll(y, List.of("a", "b", "c"), List.of(a, b, c),
            "c", DirectionRule.AUTO, 0.95, PValueAdjustment.NONE);
        assertEquals(DelongTest.comparePaired(y, "c", c, "a", a, DirectionRule.AUTO, 0.95), family.get(0));
        assertEquals(DelongTest.comparePaired(y, "c", c, "b", b, DirectionRule.AUTO, 0.95), family.get(1));
        assertEquals(Direction.LOWER, family.get(0).directionA());
    }

    @Test
    void reversingTheDirectionMirrorsTheAucAndKeepsTheVariance() {
        final BinaryOutcome y = outcome();
        final double[] a = score(y, 8, 0.7, 0);
        final RocResult higher = RocAnalysis.analyze(y, "a", a, DirectionRule.HIGHER, 0.95);
        final RocResult lower = RocAnalysis.analyze(y, "a", a, DirectionRule.LOWER, 0.95);
        assertEquals(1.0, higher.auc() + lower.auc(), 1e-15);
        assertEquals(higher.variance(), lower.variance(), 1e-15);
        final double[] negated = java.util.Arrays.stream(a).map(v -> -v).toArray();
        final RocResult mirrored = RocAnalysis.analyze(y, "a", negated, DirectionRule.LOWER, 0.95);
        assertEquals(higher.auc(), mirrored.auc(), 0.0);
        assertEquals(higher.youden().sensitivity(), mirrored.youden().sensitivity(), 0.0);
        assertEquals(-higher.youden().threshold(), mirrored.youden().threshold(), 0.0);
    }

    @Test
    void inputErrorsNameTheColumn() {
        final BinaryOutcome y = outcome();
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> DelongTest.compareAll(y,
            List.of("a"), List.of(score(y, 1, 1, 0)), null, DirectionRule.AUTO, 0.95, PValueAdjustment.NONE));
        assertTrue(e.getMessage().contains("two score columns"), e.getMessage());
        final double[] allMissing = new double[N];
        java.util.Arrays.fill(allMissing, Double.NaN);
        final InvalidDataException m = assertThrows(InvalidDataException.class,
            () -> RocAnalysis.analyze(y, "empty", allMissing, DirectionRule.AUTO, 0.95));
        assertTrue(m.getMessage().contains("'empty'") && m.getMessage().contains(N + " rows skipped"), m.getMessage());
    }

    @Test
    void splitScoresWithTooFewCasesAreRejected() {
        final ClassScores one = new ClassScores("s", new double[] {1.0}, new double[] {0.5, 0.2}, 0);
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> RocAnalysis.analyze(one, DirectionRule.AUTO, 0.95));
        assertTrue(e.getMessage().contains("'s' has 1 positive and 2 negative"), e.getMessage());
        assertThrows(InvalidDataException.class, () -> DelongTest.compareUnpaired(one, one, DirectionRule.AUTO, 0.95));
    }
}
