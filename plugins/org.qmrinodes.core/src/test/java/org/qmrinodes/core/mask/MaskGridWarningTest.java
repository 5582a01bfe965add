package org.qmrinodes.core.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;

/** The resampling warning says what differs between the grids, with both values. */
class MaskGridWarningTest {

    private static final double[] AXIAL = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    private static Mask filled(final Geometry g) {
        final int[] labels = new int[(int) g.voxelCount()];
        Arrays.fill(labels, 1);
        return new Mask(g, labels);
    }

    @Test
    void aSpacingDifferenceIsNamedWithBothSpacings() {
        final Geometry mask = new Geometry(4, 4, 2, new double[] {0, 0, 0}, new double[] {1, 1, 2}, AXIAL);
        final Geometry image = new Geometry(4, 4, 2, new double[] {0, 0, 0}, new double[] {1, 1, 2.5}, AXIAL);
        final MaskMatching.Result r = MaskMatching.match(filled(mask), image, 0, "lesion.nii.gz");
        assertEquals(1, r.warnings().size());
        final String w = r.warnings().get(0);
        assertTrue(w.contains("lesion.nii.gz") && w.contains("spacing 1 x 1 x 2 mm vs 1 x 1 x 2.5 mm"), w);
        assertFalse(w.contains("size") || w.contains("origin") || w.contains("orientation"), w);
    }

    @Test
    void anOriginDifferenceIsNamedWithBothOrigins() {
        final Geometry mask = new Geometry(4, 4, 2, new double[] {0.5, 0, 0}, new double[] {1, 1, 2}, AXIAL);
        final Geometry image = new Geometry(6, 4, 2, new double[] {0, 0, 0}, new double[] {1, 1, 2}, AXIAL);
        final String w = MaskMatching.match(filled(mask), image, 0, "m.nrrd").warnings().get(0);
        assertTrue(w.contains("size 4x4x2 vs 6x4x2") && w.contains("origin (0.5, 0, 0) mm vs (0, 0, 0) mm"), w);
    }
}
