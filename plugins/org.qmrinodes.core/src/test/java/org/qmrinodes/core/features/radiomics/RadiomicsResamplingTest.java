package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;

/**
 * PyRadiomics' resampled grid on its breast1 case (45 × 120 × 21 voxels of 0.664062 × 0.664062 × 2.1 mm,
 * origin (−116.54304, −48.144654, 9.45), label 1 in the box from (21, 64, 8) of 9 × 12 × 3 voxels),
 * worked by hand from resampleImage's formulas with padDistance 5.
 */
class RadiomicsResamplingTest {

    private static Volume image;
    private static Mask mask;

    /** Reads the case once; the class is skipped when the shared folder is absent. */
    @BeforeAll
    static void readCase() {
        image = PyRadiomicsBaseline.image("breast1");
        mask = PyRadiomicsBaseline.label("breast1");
    }

    private static RadiomicsResampling.Resampled resampled(final String spacing) {
        return RadiomicsResampling.resample(image, mask, "breast1_label.nrrd",
            PyRadiomicsParameters.parse("setting:\n  resampledPixelSpacing: " + spacing + "\n", "r.yaml"), true);
    }

    /**
     * r = 0.664062 / 2 in plane, 2.1 / 2 through: L = ⌊20.5 r − 5⌋ = 1, ⌊63.5 r − 5⌋ = 16, ⌊7.5 · 1.05 − 5⌋ = 2;
     * U = min(⌈29.5 r + 5⌉, ⌈45 r⌉ − 1) = 14, ⌈75.5 r + 5⌉ = 31, ⌈10.5 · 1.05 + 5⌉ = 17; the first centre at
     * origin − s/2 + s′/2 + L s′.
     */
    @Test
    void twoMillimetreGridIsPyRadiomicsBoxPlusPadding() {
        final RadiomicsResampling.Resampled r = resampled("[2, 2, 2]");
        final Geometry g = r.image().geometry();
        assertEquals(14, g.columns());
        assertEquals(16, g.rows());
        assertEquals(16, g.slices());
        assertArrayEquals(new double[] {2, 2, 2}, g.spacing(), 0);
        assertArrayEquals(new double[] {-113.875071, -15.476685, 13.4}, g.origin(), 1e-9);
        assertEquals(g, r.mask().geometry());
        assertTrue(r.mask().labelCounts().getOrDefault(1, 0L) > 0);
        for (final float x : r.image().copyOfVolume(0)) {
            assertEquals(Math.rint(x), x, 0, "whole numbers, as the short image PyRadiomics resamples");
        }
    }

    /** A 0 keeps the slice spacing: r = 1, L = ⌊7.5 − 5⌋ = 2, U = ⌈10.5 + 5⌉ = 16, slices on the original ones. */
    @Test
    void zeroSpacingKeepsThatAxis() {
        final RadiomicsResampling.Resampled r = resampled("[2, 2, 0]");
        final Geometry g = r.image().geometry();
        assertEquals(15, g.slices());
        assertEquals(2.1, g.spacing()[2], 0);
        assertEquals(9.45 + 2 * 2.1, g.origin()[2], 1e-9);
    }

    @Test
    void theImageSpacingItselfResamplesNothing() {
        assertNull(resampled("[0.664062, 0.664062, 2.1]"));
        assertNull(resampled("[0, 0, 0]"));
    }
}
