package org.qmrinodes.core.image.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.image.filter.ResponseMap.Dimensions;

/**
 * Rotation invariance by average pooling and 2D filtering by slice ({@link ResponseMap}), checked on
 * properties that follow from their definitions and on values worked out by hand.
 */
class ResponseMapTest {

    private static final double[] UNIT = {1, 1, 1};

    /** A shift by one voxel along the columns: y(i, j, k) = x(i + 1, j, k), zero beyond the edge. */
    private static final UnaryOperator<ImageBlock> SHIFT =
        b -> Convolution.along(b, new double[] {1}, 1, 0, Padding.CONSTANT);

    private static ImageBlock impulse(final int columns, final int rows, final int slices, final double value) {
        final double[] v = new double[columns * rows * slices];
        v[(slices / 2 * rows + rows / 2) * columns + columns / 2] = value;
        return new ImageBlock(columns, rows, slices, UNIT, v);
    }

    private static ImageBlock random(final int columns, final int rows, final int slices, final double[] spacing,
        final long seed) {
        final Random r = new Random(seed);
        final double[] v = new double[columns * rows * slices];
        for (int n = 0; n < v.length; n++) {
            v[n] = r.nextGaussian();
        }
        return new ImageBlock(columns, rows, slices, spacing, v);
    }

    /** 90° about the slice axis: R(a, b, k) = I(columns − 1 − b, a, k), R being rows × columns × slices. */
    private static ImageBlock quarterTurnInPlane(final ImageBlock in) {
        final int c = in.columns();
        final int r = in.rows();
        final double[] s = in.spacing();
        final double[] out = new double[in.voxelCount()];
        for (int k = 0; k < in.slices(); k++) {
            for (int b = 0; b < c; b++) {
                for (int a = 0; a < r; a++) {
                    out[(k * c + b) * r + a] = in.value(c - 1 - b, a, k);
                }
            }
        }
        return new ImageBlock(r, c, in.slices(), new double[] {s[1], s[0], s[2]}, out);
    }

    /** 90° about the column axis: R(i, a, b) = I(i, rows − 1 − b, a), R being columns × slices × rows. */
    private static ImageBlock quarterTurnAboutColumns(final ImageBlock in) {
        final int c = in.columns();
        final int r = in.rows();
        final int sl = in.slices();
        final double[] s = in.spacing();
        final double[] out = new double[in.voxelCount()];
        for (int b = 0; b < r; b++) {
            for (int a = 0; a < sl; a++) {
                for (int i = 0; i < c; i++) {
                    out[(b * sl + a) * c + i] = in.value(i, r - 1 - b, a);
                }
            }
        }
        return new ImageBlock(c, sl, r, new double[] {s[0], s[2], s[1]}, out);
    }

    private static double maxDifference(final ImageBlock a, final ImageBlock b) {
        assertEquals(a.columns(), b.columns());
        assertEquals(a.rows(), b.rows());
        assertEquals(a.slices(), b.slices());
        final double[] x = a.values();
        final double[] y = b.values();
        double worst = 0;
        for (int n = 0; n < x.length; n++) {
            worst = Math.max(worst, Math.abs(x[n] - y[n]));
        }
        return worst;
    }

    @Test
    void poolingAShiftSpreadsAnImpulseEvenlyOverItsNeighbours() {
        // each of the 6 directions of a unit shift comes from 4 of the 24 rotations: 24 · 4/24 = 4 on each face neighbour
        final ImageBlock pooled = ResponseMap.rotationInvariant(impulse(5, 7, 9, 24), SHIFT, Dimensions.THREE_D);
        double total = 0;
        for (int k = 0; k < 9; k++) {
            for (int j = 0; j < 7; j++) {
                for (int i = 0; i < 5; i++) {
                    final int distance = Math.abs(i - 2) + Math.abs(j - 3) + Math.abs(k - 4);
                    assertEquals(distance == 1 ? 4 : 0, pooled.value(i, j, k), 1e-12, i + "," + j + "," + k);
                    total += pooled.value(i, j, k);
                }
            }
        }
        assertEquals(24, total, 1e-12);
        // in the slice: 4 rotations, 24 / 4 = 6 on each of the 4 in-plane neighbours, nothing in the other slices
        final ImageBlock inPlane = ResponseMap.rotationInvariant(impulse(5, 7, 9, 24), SHIFT, Dimensions.BY_SLICE);
        for (int k = 0; k < 9; k++) {
            for (int j = 0; j < 7; j++) {
                for (int i = 0; i < 5; i++) {
                    final boolean neighbour = k == 4 && Math.abs(i - 2) + Math.abs(j - 3) == 1;
                    assertEquals(neighbour ? 6 : 0, inPlane.value(i, j, k), 1e-12, i + "," + j + "," + k);
                }
            }
        }
    }

    @Test
    void thePooledMapOfARotatedImageIsTheRotatedPooledMap() {
        final ImageBlock image = random(6, 7, 8, new double[] {1, 2, 3}, 7);
        final Wavelet db2 = Wavelet.named("db2");
        final UnaryOperator<ImageBlock> hhl = b -> ResponseMap.wavelet(b, db2, "HHL", 1, Padding.CONSTANT);
        final UnaryOperator<ImageBlock> log = b -> ResponseMap.laplacianOfGaussian(b, 2, 4, Padding.MIRROR);
        for (final UnaryOperator<ImageBlock> filter : List.of(hhl, log)) {
            final ImageBlock pooled = ResponseMap.rotationInvariant(image, filter, Dimensions.THREE_D);
            assertTrue(maxDifference(ResponseMap.rotationInvariant(quarterTurnInPlane(image), filter, Dimensions.THREE_D),
                quarterTurnInPlane(pooled)) < 1e-12);
            assertTrue(maxDifference(
                ResponseMap.rotationInvariant(quarterTurnAboutColumns(image), filter, Dimensions.THREE_D),
                quarterTurnAboutColumns(pooled)) < 1e-12);
        }
        // the directional wavelet alone is not rotation invariant, so the check above can fail
        assertTrue(maxDifference(hhl.apply(quarterTurnInPlane(image)), quarterTurnInPlane(hhl.apply(image))) > 0.1);
        final ImageBlock slices = random(6, 7, 3, UNIT, 8);
        final UnaryOperator<ImageBlock> hl =
            b -> ResponseMap.wavelet(b, db2, "HL", 1, Padding.PERIODIC, Dimensions.BY_SLICE);
        assertTrue(maxDifference(ResponseMap.rotationInvariant(quarterTurnInPlane(slices), hl, Dimensions.BY_SLICE),
            quarterTurnInPlane(ResponseMap.rotationInvariant(slices, hl, Dimensions.BY_SLICE))) < 1e-12);
        assertTrue(maxDifference(hl.apply(quarterTurnInPlane(slices)), quarterTurnInPlane(hl.apply(slices))) > 0.1);
    }

    @Test
    void poolingLeavesASymmetricFilterAsItIs() {
        final ImageBlock image = random(6, 7, 8, UNIT, 9);
        final UnaryOperator<ImageBlock> mean = b -> ResponseMap.mean(b, 3, Padding.NEAREST);
        assertTrue(maxDifference(ResponseMap.rotationInvariant(image, mean, Dimensions.THREE_D), mean.apply(image)) < 1e-12);
        final UnaryOperator<ImageBlock> log = b -> ResponseMap.laplacianOfGaussian(b, 1.5, 4, Padding.PERIODIC);
        assertTrue(maxDifference(ResponseMap.rotationInvariant(image, log, Dimensions.THREE_D), log.apply(image)) < 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ResponseMap.rotationInvariant(image,
            b -> new ImageBlock(1, 1, 1, UNIT, new double[1]), Dimensions.THREE_D));
    }

    @Test
    void theLaplacianOfGaussianBySliceIsTheTwoDimensionalKernel() {
        // sigma 3 mm on 1.5 mm voxels in the plane: 2 voxels; the slices are 4 mm apart and must not matter
        final ImageBlock image = new ImageBlock(21, 21, 5, new double[] {1.5, 1.5, 4}, impulse(21, 21, 5, 1).values());
        final ImageBlock response = ResponseMap.laplacianOfGaussian(image, 3, 4, Padding.CONSTANT, Dimensions.BY_SLICE);
        final double s = 2;
        for (int k = 0; k < 5; k++) {
            for (int j = 0; j < 21; j++) {
                for (int i = 0; i < 21; i++) {
                    final double r2 = (i - 10) * (i - 10) + (j - 10) * (j - 10);
                    final boolean inside = Math.abs(i - 10) <= 8 && Math.abs(j - 10) <= 8;
                    final double want = k == 2 && inside
                        ? -1 / (s * s) / (2 * Math.PI * s * s) * (2 - r2 / (s * s)) * Math.exp(-r2 / (2 * s * s))
                        : 0;
                    assertEquals(want, response.value(i, j, k), 1e-15, i + "," + j + "," + k);
                }
            }
        }
        assertEquals(-1 / (2 * Math.PI * 16) * 2, response.value(10, 10, 2), 1e-15);
    }

    @Test
    void byItsSliceEachSliceIsFilteredOnItsOwn() {
        final ImageBlock mean = ResponseMap.mean(impulse(5, 5, 3, 9), 3, Padding.CONSTANT, Dimensions.BY_SLICE);
        for (int k = 0; k < 3; k++) {
            for (int j = 0; j < 5; j++) {
                for (int i = 0; i < 5; i++) {
                    final boolean square = k == 1 && Math.abs(i - 2) <= 1 && Math.abs(j - 2) <= 1;
                    assertEquals(square ? 1 : 0, mean.value(i, j, k), 1e-12);
                }
            }
        }
        // changing slice 0 changes nothing in the others, with a padding that would wrap slices in 3D
        final ImageBlock image = random(8, 6, 4, UNIT, 10);
        final double[] changed = image.values();
        for (int n = 0; n < 8 * 6; n++) {
            changed[n] += 10 * (n % 3);
        }
        final Wavelet coif1 = Wavelet.named("coif1");
        final ImageBlock before = ResponseMap.wavelet(image, coif1, "HL", 1, Padding.PERIODIC, Dimensions.BY_SLICE);
        final ImageBlock after = ResponseMap.wavelet(image.withValues(changed), coif1, "HL", 1, Padding.PERIODIC,
            Dimensions.BY_SLICE);
        final ImageBlock before3d = ResponseMap.wavelet(image, coif1, "HLL", 1, Padding.PERIODIC);
        final ImageBlock after3d = ResponseMap.wavelet(image.withValues(changed), coif1, "HLL", 1, Padding.PERIODIC);
        double slice0 = 0;
        double others3d = 0;
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 6; j++) {
                for (int i = 0; i < 8; i++) {
                    if (k > 0) {
                        assertEquals(before.value(i, j, k), after.value(i, j, k), 0, i + "," + j + "," + k);
                        others3d = Math.max(others3d, Math.abs(before3d.value(i, j, k) - after3d.value(i, j, k)));
                    } else {
                        slice0 = Math.max(slice0, Math.abs(before.value(i, j, k) - after.value(i, j, k)));
                    }
                }
            }
        }
        assertTrue(slice0 > 1, "the changed slice's own response changes: " + slice0);
        assertTrue(others3d > 1, "the 3D filter mixes the slices: " + others3d);
        assertThrows(IllegalArgumentException.class,
            () -> ResponseMap.wavelet(image, coif1, "HHL", 1, Padding.PERIODIC, Dimensions.BY_SLICE));
        assertThrows(IllegalArgumentException.class, () -> ResponseMap.wavelet(image, coif1, "HL", 1, Padding.PERIODIC));
    }
}
