package org.qmrinodes.knime.images.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.column;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.plot.VolumeSnapshot;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.cells.VolumeCell;

class VolumeSnapshotNodeModelTest {

    private static final Geometry GRID = new Geometry(32, 32, 6, new double[] {0, 0, 0}, new double[] {0.7, 0.7, 3},
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});

    @TempDir
    Path tmp;

    /** A lesion of radius 5 voxels in slice 4, radius 2 in slice 2. */
    private static Mask lesion() {
        final int[] labels = new int[(int)GRID.voxelCount()];
        for (int k = 0; k < 6; k++) {
            final int r = k == 4 ? 5 : k == 2 ? 2 : 0;
            for (int j = 0; j < 32; j++) {
                for (int i = 0; i < 32; i++) {
                    labels[(k * 32 + j) * 32 + i] = r > 0 && (i - 16) * (i - 16) + (j - 16) * (j - 16) <= r * r ? 1 : 0;
                }
            }
        }
        return new Mask(GRID, labels);
    }

    private static BufferedDataTable rows(final boolean... withMask) {
        final DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("image", VolumeCell.TYPE).createSpec(),
            new DataColumnSpecCreator("voi", MaskCell.TYPE).createSpec());
        final float[] v = new float[(int)GRID.voxelCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = 100 + (i % 32) * 3;
        }
        final List<DefaultRow> out = new ArrayList<>();
        for (final boolean m : withMask) {
            out.add(new DefaultRow(new RowKey("lesion/" + out.size()),
                new VolumeCell(Volume.map(GRID, v), new SeriesInfo("P1", "1", "2", 3, "T2", "MR", "X")),
                m ? new MaskCell(lesion(), "voi.nii.gz") : DataType.getMissingCell()));
        }
        return NodeModelTestDriver.table(spec, out.toArray(DefaultRow[]::new));
    }

    private static VolumeSnapshotNodeModel node(final String... keyValues) throws InvalidSettingsException {
        final VolumeSnapshotNodeModel m = new VolumeSnapshotNodeFactory().createNodeModel();
        final String[] all = Arrays.copyOf(new String[] {"image_column", "image", "mask_column", "voi"},
            4 + keyValues.length);
        System.arraycopy(keyValues, 0, all, 4, keyValues.length);
        configureSettings(m, all);
        return m;
    }

    private static int outline(final BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xffffff) == (VolumeSnapshot.OUTLINE.getRGB() & 0xffffff) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void theLesionSliceIsDrawnWithTheOutlineAndWrittenAsAFile() throws Exception {
        final VolumeSnapshotNodeModel m = node("folder", tmp.toString(), "width", "256");
        final BufferedDataTable in = rows(true, false);
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        final BufferedDataTable out = org.qmrinodes.knime.common.StreamingTestSupport.assertStreamsAsItExecutes(m, in);
        assertEquals(spec, out.getDataTableSpec());
        assertEquals(Arrays.asList("5", null), texts(out, "snapshot_slice"));
        final byte[] png = ((PNGImageValue)column(out, "snapshot").get(0)).getImageContent().getByteArray();
        final BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(256, picture.getWidth());
        assertTrue(outline(picture) > 100, "outline pixels " + outline(picture));
        final Path file = tmp.resolve("lesion_0.png");
        assertEquals(file.toString(), texts(out, "snapshot_file").get(0));
        assertTrue(Arrays.equals(png, Files.readAllBytes(file)));
        assertEquals("1 rows without an image or mask got missing cells (row 'lesion/1').",
            NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void aChosenSliceWithoutLesionHasNoOutlineAndABadSliceIsNamed() throws Exception {
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(
            node("slice", "slice number", "slice_number", "1"), rows(true))[0];
        final byte[] png = ((PNGImageValue)column(out, "snapshot").get(0)).getImageContent().getByteArray();
        assertEquals(0, outline(ImageIO.read(new ByteArrayInputStream(png))));
        assertEquals(List.of("1"), texts(out, "snapshot_slice"));
        final Exception e = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(
            node("slice", "slice number", "slice_number", "9"), rows(true)));
        assertTrue(e.getMessage().startsWith("Row 'lesion/0': slice 8 of 6"), e.getMessage());
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(
            node("folder", tmp.resolve("absent").toString()), rows(true).getDataTableSpec())).getMessage()
            .contains("does not exist"));
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("slice", "middle slice", "width", "1024"),
            new VolumeSnapshotNodeFactory().createNodeModel());
    }
}
