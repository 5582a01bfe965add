package org.qmrinodes.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;

class VolumeSnapshotTest {

    /** 40 × 20 columns × rows of 0.5 × 1 mm (a square field of view), 5 slices; values rise with the column. */
    private static final Geometry GRID = new Geometry(40, 20, 5, new double[] {0, 0, 0}, new double[] {0.5, 1, 3},
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});

    private static Volume image() {
        final float[] v = new float[(int) GRID.voxelCount()];
        for (int k = 0; k < 5; k++) {
            for (int j = 0; j < 20; j++) {
                for (int i = 0; i < 40; i++) {
                    v[(k * 20 + j) * 40 + i] = i * 10;
                }
            }
        }
        return Volume.map(GRID, v);
    }

    /** a square lesion, columns 10..19 and rows 5..14, on slices 1 (partly) and 3 (fully) */
    private static Mask mask() {
        final int[] labels = new int[(int) GRID.voxelCount()];
        for (int j = 5; j < 15; j++) {
            for (int i = 10; i < 20; i++) {
                labels[(3 * 20 + j) * 40 + i] = 1;
                if (i < 12) {
                    labels[(1 * 20 + j) * 40 + i] = 1;
                }
            }
        }
        return new Mask(GRID, labels);
    }

    @Test
    void theLesionSliceIsItsLargestCrossSectionAndItsOutlineIsDrawnWhereTheMaskEnds() throws Exception {
        assertEquals(3, VolumeSnapshot.lesionSlice(image(), mask()));
        assertEquals(2, VolumeSnapshot.lesionSlice(image(), null));
        final VolumeSnapshot snapshot = new VolumeSnapshot(image(), 0, mask(), 3, "");
        assertEquals(200, snapshot.height(200), "square field of view despite 0.5 x 1 mm pixels");
        final BufferedImage png = ImageIO.read(new ByteArrayInputStream(snapshot.png(200)));
        final int outline = VolumeSnapshot.OUTLINE.getRGB() & 0xFFFFFF;
        // the mask's left edge is at column 10 of 40 = x 50, its rows 5..14 of 20 are y 50..150
        assertTrue(((png.getRGB(49, 100) & 0xFFFFFF) == outline || (png.getRGB(50, 100) & 0xFFFFFF) == outline),
            "outline on the lesion's left edge");
        assertTrue(((png.getRGB(75, 49) & 0xFFFFFF) == outline || (png.getRGB(75, 50) & 0xFFFFFF) == outline),
            "outline on its top edge");
        assertTrue((png.getRGB(75, 100) & 0xFFFFFF) != outline, "the inside is not painted");
        assertTrue((png.getRGB(150, 100) & 0xFFFFFF) != outline, "nor the outside");
        // windowing: the left of the slice is dark, the right bright, grey in between
        final int left = png.getRGB(2, 180) & 0xFF;
        final int right = png.getRGB(197, 180) & 0xFF;
        assertTrue(left < 20 && right > 235, left + " " + right);
    }

    @Test
    void aCaptionAddsALineAndAMaskOnAnotherGridIsRefused() {
        final VolumeSnapshot captioned = new VolumeSnapshot(image(), 0, null, 2, "SYN001 ADC 40x20x5");
        assertTrue(captioned.height(256) > 256);
        assertTrue(SvgText.of(captioned.svg(256)).stream().anyMatch(t -> t.text().equals("SYN001 ADC 40x20x5")));
        final Geometry other = new Geometry(10, 10, 5, new double[] {0, 0, 0}, new double[] {1, 1, 1},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        assertThrows(IllegalArgumentException.class,
            () -> new VolumeSnapshot(image(), 0, new Mask(other, new int[500]), 2, ""));
    }
}
