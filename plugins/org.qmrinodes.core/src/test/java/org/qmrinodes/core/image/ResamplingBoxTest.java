package org.qmrinodes.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Interpolating from a box of a volume gives the values of interpolating the whole volume: exactly for
 * nearest neighbour (ties included) and linear, and to float precision for the B-spline once the box
 * reaches 32 voxels beyond the points read (its prefilter's pole, 2 − √3, to the 32nd is 5·10⁻¹⁹), while a
 * box without that reach differs.
 */
class ResamplingBoxTest {

    private static final double[] AXIAL = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    @Test
    void aBoxWithTheInterpolatorsReachGivesTheWholeVolumesValues() {
        final Geometry whole = new Geometry(120, 110, 60, new double[] {-40, -35, -60}, new double[] {0.7, 0.7, 2}, AXIAL);
        final Random random = new Random(7);
        final float[] values = new float[(int) whole.voxelCount()];
        for (int v = 0; v < values.length; v++) {
            values[v] = (float) (500 + 200 * random.nextGaussian());
        }
        final Volume image = Volume.map(whole, values);
        // A 3 mm grid over the middle, its centres on half-voxel positions of the source along x (ties).
        final Geometry target = new Geometry(8, 8, 6, whole.indexToPatient(50.5, 45, 25), new double[] {2.1, 3, 3}, AXIAL);
        for (final Resampling.Interpolation interpolation : Resampling.Interpolation.values()) {
            final int reach = interpolation == Resampling.Interpolation.BSPLINE ? 32 : 2;
            final float[] full = Resampling.onto(image, target, interpolation).copyOfVolume(0);
            final float[] boxed = fromBox(image, target, interpolation, reach);
            for (int v = 0; v < full.length; v++) {
                assertEquals(full[v], boxed[v], 0, interpolation + " voxel " + v);
            }
        }
        final float[] full = Resampling.onto(image, target, Resampling.Interpolation.BSPLINE).copyOfVolume(0);
        final float[] near = fromBox(image, target, Resampling.Interpolation.BSPLINE, 2);
        double largest = 0;
        for (int v = 0; v < full.length; v++) {
            largest = Math.max(largest, Math.abs(full[v] - near[v]));
        }
        assertTrue(largest > 1e-3, "a box without the B-spline's reach changes the values: " + largest);
    }

    private static float[] fromBox(final Volume image, final Geometry target, final Resampling.Interpolation interpolation,
        final int reach) {
        final Geometry whole = image.geometry();
        final double[] first = whole.patientToIndex(target.indexToPatient(0, 0, 0));
        final double[] last = whole.patientToIndex(target.indexToPatient(target.columns() - 1, target.rows() - 1,
            target.slices() - 1));
        final int[] n = {whole.columns(), whole.rows(), whole.slices()};
        final int[] low = new int[3];
        final int[] size = new int[3];
        for (int d = 0; d < 3; d++) {
            low[d] = (int) Math.max(0, Math.floor(Math.min(first[d], last[d])) - reach);
            final int high = (int) Math.min(n[d] - 1, Math.ceil(Math.max(first[d], last[d])) + reach);
            size[d] = high - low[d] + 1;
        }
        return Resampling.ontoFromBox(image.box(low, size), whole, low, target, interpolation).copyOfVolume(0);
    }
}
