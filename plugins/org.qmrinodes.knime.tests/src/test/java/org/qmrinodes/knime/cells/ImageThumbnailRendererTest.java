package org.qmrinodes.knime.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataType;
import org.knime.core.data.ExtensibleUtilityFactory;
import org.knime.core.data.renderer.DataValueRenderer;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.plot.VolumeSnapshot;

/** Volume and mask cells render as thumbnails: the lesion slice with the mask outline in colour. */
class ImageThumbnailRendererTest {

    private static final Geometry GRID = new Geometry(40, 30, 5, new double[] {0, 0, 0}, new double[] {0.7, 0.7, 3},
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});

    @TempDir
    Path tmp;

    /** A lesion disc of radius 6 voxels in slice 3, a smaller one in slice 1. */
    private static Mask lesion() {
        final int[] labels = new int[(int)GRID.voxelCount()];
        for (int k = 0; k < 5; k++) {
            final double r = k == 3 ? 6 : k == 1 ? 3 : 0;
            for (int j = 0; j < 30; j++) {
                for (int i = 0; i < 40; i++) {
                    labels[(k * 30 + j) * 40 + i] = (i - 20) * (i - 20) + (j - 15) * (j - 15) <= r * r && r > 0 ? 1 : 0;
                }
            }
        }
        return new Mask(GRID, labels);
    }

    private static BufferedImage paint(final DataValueRenderer renderer, final Object value) {
        final Component c = renderer.getRendererComponent(value);
        final Dimension size = renderer.getPreferredSize();
        c.setSize(size);
        final BufferedImage out = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = out.createGraphics();
        c.paint(g);
        g.dispose();
        return out;
    }

    private static int outlinePixels(final BufferedImage image) {
        int n = 0;
        final int outline = VolumeSnapshot.OUTLINE.getRGB() & 0xffffff;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xffffff) == outline ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void aMaskCellShowsItsLargestCrossSectionWithTheOutline() throws Exception {
        final DataValueRenderer renderer = new ImageThumbnailRenderer.Factory().createRenderer(null);
        final MaskCell mask = new MaskCell(lesion(), "lesion.nii.gz");
        final BufferedImage thumbnail = paint(renderer, mask);
        assertEquals(ImageThumbnailRenderer.WIDTH, thumbnail.getWidth());
        assertNotNull(((ImageThumbnailRenderer)renderer).snapshot());
        final Path png = tmp.resolve("mask.png");
        ImageIO.write(thumbnail, "png", png.toFile());
        final BufferedImage read = ImageIO.read(png.toFile());
        // the outline of a disc of radius 6 voxels drawn 128/40 px per voxel: about 2 pi 6 x 3.2 px long
        assertTrue(outlinePixels(read) > 60, "outline pixels: " + outlinePixels(read));
        // the disc's centre is white (label), a corner black (background)
        final int h = (int)Math.round(128 * 30 * 0.7 / (40 * 0.7));
        assertEquals(0xffffff, read.getRGB(64, h / 2) & 0xffffff);
        assertEquals(0x000000, read.getRGB(3, 3) & 0xffffff);
        // slice 3's disc (113 voxels, about 1,150 px), not slice 1's (29 voxels)
        int white = 0;
        for (int y = 0; y < read.getHeight(); y++) {
            for (int x = 0; x < read.getWidth(); x++) {
                white += (read.getRGB(x, y) & 0xffffff) == 0xffffff ? 1 : 0;
            }
        }
        assertTrue(white > 800, "white pixels: " + white);
    }

    @Test
    void aVolumeCellShowsItsMiddleSliceWindowedAndNoOutline() {
        final float[] v = new float[(int)GRID.voxelCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i % 40) * 10 + (i / 1200) * 1000;
        }
        final VolumeCell cell = new VolumeCell(Volume.map(GRID, v), new SeriesInfo("P1", "1", "2", 3, "T1", "MR", "X"));
        final ImageThumbnailRenderer renderer = new ImageThumbnailRenderer();
        final BufferedImage thumbnail = paint(renderer, cell);
        assertEquals(0, outlinePixels(thumbnail));
        // windowed across the slice's 1st to 99th percentile: dark on the left, bright on the right
        final int y = thumbnail.getHeight() / 3;
        assertTrue((thumbnail.getRGB(2, y) & 0xff) < 30 && (thumbnail.getRGB(125, y) & 0xff) > 225);
        assertTrue(renderer.getToolTipText().startsWith("40×30×5"), renderer.getToolTipText());
        assertSame(renderer, renderer.getRendererComponent(DataType.getMissingCell()));
        assertEquals(null, renderer.snapshot());
    }

    @Test
    void theValueClassesNameTheirCellsForKnimesPreferences() {
        assertEquals("MR volume", ((ExtensibleUtilityFactory)VolumeValue.UTILITY).getName());
        assertEquals("VOI mask", ((ExtensibleUtilityFactory)MaskValue.UTILITY).getName());
        assertNotNull(VolumeValue.UTILITY.getIcon());
        assertNotNull(MaskValue.UTILITY.getIcon());
    }
}
