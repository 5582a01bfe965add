package org.qmrinodes.core.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The generated Fr24 lesions against the paper's counts (METHODS §7.2): groups, split and TIC types of
 * Table 1 exactly, 16 re-delineated lesions; lesions within the 200–5000 voxels the cohort promises,
 * enhancing above the background, the second reader's mask close to the first's.
 */
class Fr24LesionCohortTest {

    private static final List<Fr24LesionCohort.Lesion> LESIONS = Fr24LesionCohort.generate(Fr24LesionCohort.DEFAULT_SEED);

    private static long count(final String group, final String set, final String tic) {
        return LESIONS.stream().filter(l -> l.group().equals(group) && l.set().equals(set)
            && (tic == null || l.tic().equals(tic))).count();
    }

    @Test
    void groupsSplitAndTicTypesAreTableOnes() {
        assertEquals(118, LESIONS.size());
        assertEquals(54, count("HER2-low", "training", null));
        assertEquals(29, count("HER2-zero", "training", null));
        assertEquals(24, count("HER2-low", "test", null));
        assertEquals(11, count("HER2-zero", "test", null));
        assertArrayEquals(new long[] {8, 16, 30}, Fr24LesionCohort.TIC_TYPES.stream()
            .mapToLong(t -> count("HER2-low", "training", t)).toArray());
        assertArrayEquals(new long[] {5, 19, 5}, Fr24LesionCohort.TIC_TYPES.stream()
            .mapToLong(t -> count("HER2-zero", "training", t)).toArray());
        assertArrayEquals(new long[] {2, 5, 17}, Fr24LesionCohort.TIC_TYPES.stream()
            .mapToLong(t -> count("HER2-low", "test", t)).toArray());
        assertArrayEquals(new long[] {2, 5, 4}, Fr24LesionCohort.TIC_TYPES.stream()
            .mapToLong(t -> count("HER2-zero", "test", t)).toArray());
        assertEquals(16, LESIONS.stream().filter(l -> l.reader2() != null).count());
    }

    @Test
    void lesionsAreOfTheirSizeEnhanceAndTheReadersAgreeClosely() {
        for (final Fr24LesionCohort.Lesion l : LESIONS) {
            final boolean[] inside = l.reader1().nonZero();
            final float[] values = l.image().copyOfVolume(0);
            long n = 0;
            double lesion = 0;
            double background = 0;
            for (int v = 0; v < inside.length; v++) {
                if (inside[v]) {
                    n++;
                    lesion += values[v];
                } else {
                    background += values[v];
                }
            }
            assertTrue(n >= 200 && n <= 5000, l.id() + ": " + n + " voxels");
            assertTrue(lesion / n > 2 * background / (inside.length - n), l.id() + " enhances");
            if (l.reader2() != null) {
                final boolean[] other = l.reader2().nonZero();
                long both = 0;
                long either = 0;
                for (int v = 0; v < inside.length; v++) {
                    both += inside[v] && other[v] ? 1 : 0;
                    either += inside[v] || other[v] ? 1 : 0;
                }
                final double jaccard = (double) both / either;
                assertTrue(jaccard > 0.7 && jaccard < 1, l.id() + ": Jaccard " + jaccard);
            }
        }
    }
}
