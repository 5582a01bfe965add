package org.qmrinodes.core.image;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A grid whose axes do not span space is refused when it is made, not when it is first used. */
class GeometryTest {

    @Test
    void parallelOrZeroAxesAreRefused() {
        final IllegalArgumentException parallel = assertThrows(IllegalArgumentException.class, () -> new Geometry(2, 2, 2,
            new double[3], new double[] {1, 1, 1}, new double[] {1, 0, 0, 1, 0, 0, 0, 0, 1}));
        assertTrue(parallel.getMessage().contains("degenerate"), parallel.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Geometry(2, 2, 2, new double[3], new double[] {1, 1, 1},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 0}));
        new Geometry(2, 2, 2, new double[3], new double[] {1, 1, 1}, new double[] {0, 1, 0, 1, 0, 0, 0, 0, -1});
    }
}
