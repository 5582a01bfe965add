package org.qmrinodes.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SeriesPairingTest {

    private static final double[] AXIAL = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    /** value = x + 10 y + 100 z in patient mm, so resampling can be checked exactly where linear */
    private static Volume ramp(final Geometry g) {
        final float[] v = new float[(int) g.voxelCount()];
        for (int k = 0; k < g.slices(); k++) {
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    final double[] p = g.indexToPatient(i, j, k);
                    v[(k * g.rows() + j) * g.columns() + i] = (float) (p[0] + 10 * p[1] + 100 * p[2]);
                }
            }
        }
        return Volume.map(g, v);
    }

    private static final Geometry PRE = new Geometry(20, 20, 6, new double[] {0, 0, 0}, new double[] {1, 1, 2}, AXIAL);
    /** a finer grid, shifted by half a voxel, covering PRE except its last columns */
    private static final Geometry POST = new Geometry(30, 40, 12, new double[] {0.25, 0.25, 0}, new double[] {0.5, 0.5, 1}, AXIAL);

    @Test
    void pairsByPatientStudyAndAttributeAndResamplesOntoTheFirstGrid() {
        final List<SeriesPairing.Series> first = List.of(new SeriesPairing.Series("A pre", "A", "1", "t1", ramp(PRE)),
            new SeriesPairing.Series("B pre", "B", "2", "t1", ramp(PRE)));
        final List<SeriesPairing.Series> second = List.of(new SeriesPairing.Series("B post", "B", "2", "t1", ramp(PRE)),
            new SeriesPairing.Series("A post", "A", "1", "t1", ramp(POST)),
            new SeriesPairing.Series("A post T2", "A", "1", "t2", ramp(POST)));
        final SeriesPairing.Result r = SeriesPairing.pair(first, second, Resampling.Interpolation.TRILINEAR, 1e-3);
        assertEquals(2, r.pairs().size());
        assertTrue(r.unpaired().isEmpty());
        final SeriesPairing.Pair a = r.pairs().get(0);
        assertEquals("A post", a.second().label());
        assertTrue(a.resampled());
        assertEquals(PRE, a.secondOnFirstGrid().geometry());
        // the ramp is linear, so trilinear resampling inside the finer grid reproduces it
        assertEquals(ramp(PRE).get(5, 7, 3, 0), a.secondOnFirstGrid().get(5, 7, 3, 0), 1e-3);
        // POST's last column centre is at x = 0.25 + 29 * 0.5 = 14.75 mm and it covers half a voxel beyond,
        // to 15 mm: PRE columns 0..15 are covered, columns 16..19 (4 of 20, all rows and slices) are not
        assertEquals(4L * 20 * 6, a.outsideVoxels());
        final SeriesPairing.Pair b = r.pairs().get(1);
        assertFalse(b.resampled());
        assertEquals(0, b.outsideVoxels());
    }

    @Test
    void noPartnerAmbiguityAndDisjointGridsAreReportedNotGuessed() {
        final Geometry far = new Geometry(20, 20, 6, new double[] {500, 0, 0}, new double[] {1, 1, 2}, AXIAL);
        final List<SeriesPairing.Series> first = List.of(new SeriesPairing.Series("A", "A", "1", null, ramp(PRE)),
            new SeriesPairing.Series("B", "B", "1", null, ramp(PRE)), new SeriesPairing.Series("C", "C", "1", null, ramp(PRE)));
        final List<SeriesPairing.Series> second = List.of(new SeriesPairing.Series("B1", "B", "1", null, ramp(PRE)),
            new SeriesPairing.Series("B2", "B", "1", null, ramp(PRE)), new SeriesPairing.Series("C far", "C", "1", null, ramp(far)));
        final SeriesPairing.Result r = SeriesPairing.pair(first, second, Resampling.Interpolation.NEAREST, 1e-3);
        assertTrue(r.pairs().isEmpty());
        assertEquals(3, r.unpaired().size());
        assertTrue(r.unpaired().get(0).reason().startsWith("no series of patient 'A'"), r.unpaired().get(0).reason());
        assertTrue(r.unpaired().get(1).reason().contains("2 series of the second list match (B1, B2)"), r.unpaired().get(1).reason());
        assertTrue(r.unpaired().get(2).reason().contains("do not overlap"), r.unpaired().get(2).reason());
    }
}
