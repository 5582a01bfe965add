package org.qmrinodes.core.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;

class LargestCrossSectionTest {

    private static final Geometry GRID = new Geometry(2, 2, 3, new double[3], new double[] {1, 1, 2},
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});

    @Test
    void keepsTheSliceWithTheMostVoxelsTheLowestOnTies() {
        final Mask m = new Mask(GRID, new int[] {1, 0, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0});
        final LargestCrossSection.Result r = LargestCrossSection.of(m, "lesion");
        assertEquals(1, r.slice());
        assertEquals(3, r.voxels());
        assertEquals(3, r.mask().labelCounts().get(1));
        assertEquals(0, r.mask().label(0, 0, 0));
        assertEquals(1, r.mask().label(0, 0, 1));
        assertEquals(0, r.mask().label(0, 0, 2));
        assertThrows(InvalidDataException.class, () -> LargestCrossSection.of(new Mask(GRID, new int[12]), "empty"));
    }
}
