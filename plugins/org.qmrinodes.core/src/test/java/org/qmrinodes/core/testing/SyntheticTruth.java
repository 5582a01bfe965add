package org.qmrinodes.core.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;

/** Assertions that what was read back from generated DICOM is the generator's ground truth. */
public final class SyntheticTruth {

    private SyntheticTruth() {
    }

    /** Every volume's b-value, TE, TI, flip angle and TR, to 1e-9. */
    public static void assertParametersMatch(final List<AcquisitionParameters> expected,
        final List<AcquisitionParameters> actual) {
        assertEquals(expected.size(), actual.size(), "number of volumes");
        for (int v = 0; v < actual.size(); v++) {
            final AcquisitionParameters e = expected.get(v);
            final AcquisitionParameters a = actual.get(v);
            assertEquals(e.bValue(), a.bValue(), 1e-9, "b-value of volume " + v);
            assertEquals(e.echoTime(), a.echoTime(), 1e-9, "TE of volume " + v);
            assertEquals(e.inversionTime(), a.inversionTime(), 1e-9, "TI of volume " + v);
            assertEquals(e.flipAngle(), a.flipAngle(), 1e-9, "flip angle of volume " + v);
            assertEquals(e.repetitionTime(), a.repetitionTime(), 1e-9, "TR of volume " + v);
        }
    }

    /** The grid: corner voxel centres within 1 µm, direction cosines to 1e-6 (DICOM decimal strings). */
    public static void assertGridMatches(final Geometry expected, final Geometry actual) {
        assertTrue(actual.sameGrid(expected, 1e-3), actual + " vs " + expected);
        assertArrayEquals(expected.direction(), actual.direction(), 1e-6);
    }

    /** Grid, parameters and every stored voxel value (exactly). */
    public static void assertVolumeMatches(final Truth truth, final Volume volume) {
        assertGridMatches(truth.geometry(), volume.geometry());
        assertParametersMatch(truth.volumes(), volume.parameters());
        for (int v = 0; v < volume.volumeCount(); v++) {
            assertArrayEquals(truth.stored().get(v), volume.copyOfVolume(v), 0f, "voxels of volume " + v);
        }
    }

    /**
     * @param truth the generated series
     * @param map a fitted map on the series grid, column fastest
     * @param expected the true values of that parameter
     * @param scale factor applied to {@code expected} before comparing (1 for none)
     * @return the largest relative error over reader 1's lesion; asserts the map is 0 outside it
     */
    public static double maxRelativeErrorOverLesion(final Truth truth, final float[] map, final float[] expected,
        final float scale) {
        final int[] lesion = truth.reader1().copyOfLabels();
        double worst = 0;
        for (int v = 0; v < map.length; v++) {
            if (lesion[v] == 0) {
                assertEquals(0f, map[v], "voxel " + v + " outside the mask");
            } else {
                worst = Math.max(worst, Math.abs(map[v] / (scale * expected[v]) - 1));
            }
        }
        return worst;
    }
}
