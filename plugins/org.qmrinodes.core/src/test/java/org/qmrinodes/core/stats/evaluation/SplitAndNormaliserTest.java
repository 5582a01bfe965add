package org.qmrinodes.core.stats.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;

/** Train/test allocation and z-scores learnt on training data. */
class SplitAndNormaliserTest {

    @Test
    void fr24SplitKeepsTheClassProportionsAndIsReproducible() {
        // Fr24: 78 HER2-low and 40 HER2-zero, 70 % training -> 55 + 28 = 83 (the paper: 83 / 35)
        final List<String> her2 = new ArrayList<>();
        for (int i = 0; i < 118; i++) {
            her2.add(i < 78 ? "HER2-low" : "HER2-zero");
        }
        Collections.shuffle(her2, new Random(3));
        final boolean[] train = TrainTestSplit.split(her2, 118, 0.7, 1);
        int low = 0;
        int zero = 0;
        for (int i = 0; i < 118; i++) {
            if (train[i]) {
                if (her2.get(i).equals("HER2-low")) {
                    low++;
                } else {
                    zero++;
                }
            }
        }
        assertEquals(55, low);
        assertEquals(28, zero);
        assertArrayEquals(train, TrainTestSplit.split(her2, 118, 0.7, 1));
        final boolean[] other = TrainTestSplit.split(her2, 118, 0.7, 2);
        assertTrue(!java.util.Arrays.equals(train, other), "another seed, another allocation");
    }

    @Test
    void theAllocationWithinAStratumIsJavasShuffleOfItsRows() {
        final boolean[] train = TrainTestSplit.split(null, 10, 0.3, 42);
        final List<Integer> rows = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        Collections.shuffle(rows, new Random(42));
        final boolean[] expected = new boolean[10];
        for (int k = 0; k < 3; k++) {
            expected[rows.get(k)] = true;
        }
        assertArrayEquals(expected, train);
        assertThrows(InvalidDataException.class, () -> TrainTestSplit.split(null, 10, 1.0, 1));
    }

    @Test
    void zScoresUseTheTrainingMeanAndSampleSd() {
        final ZScoreNormaliser z = ZScoreNormaliser.learn(List.of("adc"), List.of(new double[] {1, 2, 3, 4, Double.NaN}));
        assertEquals(2.5, z.means().get("adc"));
        assertEquals(Math.sqrt(5.0 / 3), z.sds().get("adc"), 1e-15);
        final double[] applied = z.apply("adc", new double[] {2.5, 10, Double.POSITIVE_INFINITY});
        assertEquals(0, applied[0]);
        assertEquals(7.5 / Math.sqrt(5.0 / 3), applied[1], 1e-12);
        assertTrue(Double.isNaN(applied[2]));
        assertThrows(InvalidDataException.class, () -> z.apply("kapp", new double[] {1}));
        final InvalidDataException constant = assertThrows(InvalidDataException.class,
            () -> ZScoreNormaliser.learn(List.of("k"), List.of(new double[] {2, 2, 2})));
        assertTrue(constant.getMessage().contains("'k' is constant"), constant.getMessage());
    }
}
