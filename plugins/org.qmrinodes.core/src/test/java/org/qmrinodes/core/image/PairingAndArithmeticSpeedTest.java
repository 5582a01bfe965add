package org.qmrinodes.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Fr25's cohort size and SyMRI matrix: 138 patients' pre- and post-contrast T1 maps of 512 × 512 × 25
 * (0.43 × 0.43 × 4 mm), the post maps on a grid shifted by a fraction of a voxel, are matched,
 * resampled onto the pre grid and turned into relative-change maps, one patient at a time, in under
 * 60 s.
 */
class PairingAndArithmeticSpeedTest {

    private static final int PATIENTS = 138;

    private static Volume map(final Geometry g, final float base) {
        final float[] v = new float[(int)g.voxelCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = base + (i % 512) * 0.5f + (i / (512 * 512)) * 3;
        }
        return Volume.map(g, v);
    }

    @Test
    void aFr25SizedCohortIsPairedResampledAndCombinedInUnderAMinute() {
        final double[] axial = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        final Geometry pre = new Geometry(512, 512, 25, new double[] {-110, -110, -48}, new double[] {0.43, 0.43, 4},
            axial);
        final Geometry post = new Geometry(512, 512, 25, new double[] {-109.8, -110.15, -48}, new double[] {0.43, 0.43, 4},
            axial);
        final Volume preMap = map(pre, 1400);
        final Volume postMap = map(post, 900);
        final List<SeriesPairing.Identity> first = new ArrayList<>();
        final List<SeriesPairing.Identity> second = new ArrayList<>();
        for (int p = 0; p < PATIENTS; p++) {
            first.add(new SeriesPairing.Identity("pre " + p, "P" + p, "S" + p, "T1"));
            second.add(new SeriesPairing.Identity("post " + (PATIENTS - 1 - p), "P" + (PATIENTS - 1 - p),
                "S" + (PATIENTS - 1 - p), "T1"));
        }
        final long start = System.nanoTime();
        final SeriesPairing.Matching matching = SeriesPairing.match(first, second);
        long computed = 0;
        long outside = 0;
        for (final SeriesPairing.Match m : matching.matches()) {
            final SeriesPairing.Placed placed = SeriesPairing.onFirstGrid(m, preMap, postMap,
                Resampling.Interpolation.TRILINEAR, 0.01);
            assertTrue(placed.resampled());
            outside += placed.outsideVoxels();
            computed += MapArithmetic.apply(preMap, placed.secondOnFirstGrid(),
                MapArithmetic.Operation.REDUCTION_RELATIVE_TO_PRE, null).computed();
        }
        final double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d patients, 512x512x25 pre/post maps paired, resampled and combined: %.1f s "
            + "(%.2f s per patient)%n", PATIENTS, seconds, seconds / PATIENTS);
        assertEquals(PATIENTS, matching.matches().size());
        assertEquals((long)PATIENTS * pre.voxelCount(), computed + outside);
        assertTrue(seconds < 60, "took " + seconds + " s");
    }
}
