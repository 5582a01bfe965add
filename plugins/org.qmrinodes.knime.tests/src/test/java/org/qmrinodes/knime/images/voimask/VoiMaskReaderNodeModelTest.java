package org.qmrinodes.knime.images.voimask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.column;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.data.DataRow;
import org.knime.core.data.IntValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObject;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.cells.VolumeValue;
import org.qmrinodes.knime.images.dicomreader.DicomSeriesReaderNodeFactory;

class VoiMaskReaderNodeModelTest {

    @Test
    void nrrdAndDicomSegOfTheDcmqiLabelHold322Voxels() throws Exception {
        final java.nio.file.Path dir = CsvTable.sharedFile("data/segmentation/dcmqi_23x38x3/nrrd/label.nrrd").getParent()
            .getParent();
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.text("mask"))
            .row(dir.resolve("nrrd/label.nrrd").toString()).row(dir.resolve("seg/label.seg").toString()).build());
        final VoiMaskReaderNodeModel m = new VoiMaskReaderNodeFactory().createNodeModel();
        configureSettings(m, "path_column", "mask");
        final org.knime.core.node.NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addInt("label", 1);
        NodeModelTestDriver.loadSettings(m, s);
        NodeModelTestDriver.configure(m, in.getDataTableSpec(), null);
        final PortObject[] out = NodeModelTestDriver.execute(m, in, null);
        final BufferedDataTable t = (BufferedDataTable)out[0];
        assertEquals(2, t.size());
        final int voxels = t.getDataTableSpec().findColumnIndex("voxels");
        for (final DataRow r : NodeModelTestDriver.rows(t)) {
            assertEquals(322, ((IntValue)r.getCell(voxels)).getIntValue());
        }
    }

    @Test
    void unreadableMaskNamesRowAndFile() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.text("mask")).row("/nowhere/m.nii.gz").build());
        final VoiMaskReaderNodeModel m = new VoiMaskReaderNodeFactory().createNodeModel();
        configureSettings(m, "path_column", "mask");
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> NodeModelTestDriver.execute(m, in, null));
        assertTrue(e.getMessage().contains("Row0") && e.getMessage().contains("/nowhere/m.nii.gz"), e.getMessage());
    }

    // ---- mask cells matched to the volume cells of the DICOM Series Reader -----------------------------

    @TempDir
    Path tmp;

    private Truth truth;
    private BufferedDataTable images;

    /** A DWI series read by the DICOM Series Reader node: one row with its volume cell. */
    private void readSeries() throws Exception {
        truth = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 31), tmp.resolve("dwi"), new PixelMedToolkit());
        final NodeModel reader = new DicomSeriesReaderNodeFactory().createNodeModel();
        configureSettings(reader, "folder", tmp.resolve("dwi").toString());
        images = (BufferedDataTable)NodeModelTestDriver.execute(reader)[0];
    }

    private static BufferedDataTable masks(final String seriesUid, final Path... files) {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("mask"), ResultTable.text("series"));
        for (final Path f : files) {
            b.row(f.toString(), seriesUid);
        }
        return table(b.build());
    }

    private static VoiMaskReaderNodeModel matcher(final int label) throws Exception {
        final VoiMaskReaderNodeModel m = new VoiMaskReaderNodeFactory().createNodeModel();
        configureSettings(m, "path_column", "mask", "mask_key_column", "series", "image_key_column", "series_uid",
            "volume_column", "volume");
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addInt("label", label);
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    private static MaskValue mask(final BufferedDataTable t, final int row) {
        return (MaskValue)column(t, "mask").get(row);
    }

    @Test
    void readersMasksAreMatchedToTheSeriesByUidOnTheSameGrid() throws Exception {
        readSeries();
        final BufferedDataTable in = masks(truth.seriesUid(), truth.reader1File(), tmp.resolve("dwi/reader2_mask.seg.nrrd"));
        final VoiMaskReaderNodeModel m = matcher(0);
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec(),
            images.getDataTableSpec())[0];
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in, images)[0];
        assertEquals(spec, out.getDataTableSpec());
        assertTrue(spec.getColumnSpec("mask").getType().isCompatible(MaskValue.class));
        assertEquals(List.of("Row0", "Row0"), texts(out, "image_row"));
        assertEquals(List.of("false", "false"), texts(out, "resampled"));
        assertArrayEquals(truth.reader1().copyOfLabels(), mask(out, 0).getMask().copyOfLabels());
        assertArrayEquals(truth.reader2().copyOfLabels(), mask(out, 1).getMask().copyOfLabels());
        final Geometry image = ((VolumeValue)column(images, "volume").get(0)).getVolume().geometry();
        assertEquals(image, mask(out, 0).getMask().geometry(), "the mask cell is on the image grid");
        assertEquals(null, NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void maskOnAFinerGridIsResampledByNearestNeighbourWithAWarning() throws Exception {
        readSeries();
        // the lesion drawn on a grid with half the in-plane spacing, its voxel centres a quarter voxel off
        final Geometry g = truth.geometry();
        final double[] sp = g.spacing();
        final double[] d = g.direction();
        final double[] origin = g.origin();
        for (int a = 0; a < 3; a++) {
            origin[a] -= sp[0] / 4 * d[a] + sp[1] / 4 * d[3 + a];
        }
        final Geometry fine = new Geometry(2 * g.columns(), 2 * g.rows(), g.slices(), origin,
            new double[] {sp[0] / 2, sp[1] / 2, sp[2]}, d);
        final float[] labels = new float[(int)fine.voxelCount()];
        for (int k = 0; k < fine.slices(); k++) {
            for (int j = 0; j < fine.rows(); j++) {
                for (int i = 0; i < fine.columns(); i++) {
                    labels[(k * fine.rows() + j) * fine.columns() + i] = truth.reader1().label(i / 2, j / 2, k);
                }
            }
        }
        final Path file = tmp.resolve("fine_mask.nii.gz");
        Nifti.write(file, fine, List.of(labels));
        final VoiMaskReaderNodeModel m = matcher(1);
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, masks(truth.seriesUid(), file),
            images)[0];
        assertEquals(List.of("true"), texts(out, "resampled"));
        assertArrayEquals(truth.reader1().copyOfLabels(), mask(out, 0).getMask().copyOfLabels());
        final String warning = NodeModelTestDriver.warningMessage(m);
        assertTrue(warning.startsWith("1 of 1 masks were resampled by nearest neighbour") && warning.contains("96x80x6"),
            warning);
    }

    @Test
    void maskOutsideTheImageFailsNamingBothRows() throws Exception {
        readSeries();
        final Geometry g = truth.geometry();
        final double[] origin = g.origin();
        origin[2] += 500; // half a metre towards the head
        final Path file = tmp.resolve("far_mask.nii.gz");
        final float[] labels = new float[(int)g.voxelCount()];
        final int[] reader1 = truth.reader1().copyOfLabels();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = reader1[i];
        }
        Nifti.write(file, new Geometry(g.columns(), g.rows(), g.slices(), origin, g.spacing(), g.direction()),
            List.of(labels));
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> NodeModelTestDriver.execute(matcher(0), masks(truth.seriesUid(), file), images));
        assertTrue(e.getMessage().startsWith("Row Row0: on image row Row0: ") && e.getMessage().contains("outside the image"),
            e.getMessage());
    }

    @Test
    void theChosenLabelOfAMultiLabelMaskIsKept() throws Exception {
        readSeries();
        final int[] reader1 = truth.reader1().copyOfLabels();
        final int[] reader2 = truth.reader2().copyOfLabels();
        final float[] labels = new float[reader1.length];
        int onlyReader2 = 0;
        for (int i = 0; i < labels.length; i++) {
            labels[i] = reader1[i] != 0 ? 1 : reader2[i] != 0 ? 2 : 0;
            onlyReader2 += reader1[i] == 0 && reader2[i] != 0 ? 1 : 0;
        }
        final Path file = tmp.resolve("two_labels.nii.gz");
        Nifti.write(file, truth.geometry(), List.of(labels));
        final BufferedDataTable in = masks(truth.seriesUid(), file);
        final BufferedDataTable all = (BufferedDataTable)NodeModelTestDriver.execute(matcher(0), in, images)[0];
        assertEquals(List.of("1;2"), texts(all, "labels"));
        final BufferedDataTable two = (BufferedDataTable)NodeModelTestDriver.execute(matcher(2), in, images)[0];
        assertEquals(List.of("1"), texts(two, "labels"));
        assertEquals(onlyReader2, (int)doubles(two, "voxels")[0]);
        assertEquals(onlyReader2, mask(two, 0).getMask().labelCounts().get(1));
    }

    @Test
    void maskWithoutImageRowFailsNamingTheValue() throws Exception {
        readSeries();
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> NodeModelTestDriver.execute(matcher(0), masks("1.2.3.nowhere", truth.reader1File()), images));
        assertTrue(e.getMessage().startsWith("Row Row0: ") && e.getMessage().contains("'1.2.3.nowhere'"), e.getMessage());
    }

    @Test
    void withoutImagesMasksStayOnTheirOwnGridAndSettingsRoundTrip() throws Exception {
        readSeries();
        final BufferedDataTable in = masks(truth.seriesUid(), truth.reader1File());
        final VoiMaskReaderNodeModel m = matcher(0);
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec(), null)[0];
        assertEquals(-1, spec.findColumnIndex("image_row"));
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in, null)[0];
        assertArrayEquals(truth.reader1().copyOfLabels(), mask(out, 0).getMask().copyOfLabels());
        assertTrue(mask(out, 0).getMask().geometry().sameGrid(truth.geometry(), 1e-3));
        assertSettingsSurviveXmlRoundTrip(m, new VoiMaskReaderNodeFactory().createNodeModel());
        assertEquals("series_uid", NodeModelTestDriver.saveSettings(m).getString("image_key_column"));
    }

    @Test
    void imageTableWithoutMatchColumnsIsRejectedAtConfigure() throws Exception {
        readSeries();
        final VoiMaskReaderNodeModel m = new VoiMaskReaderNodeFactory().createNodeModel();
        configureSettings(m, "path_column", "mask");
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(m, masks("x", truth.reader1File()).getDataTableSpec(),
                images.getDataTableSpec()));
        assertTrue(e.getMessage().contains("Match column of the masks"), e.getMessage());
    }

    /** Two series (two patients) read by the DICOM Series Reader, and masks matched by Patient ID. */
    @Test
    void keptColumnsCarryTheMaskRowAndItsImageInImageOrder() throws Exception {
        final Truth a = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 41), tmp.resolve("two/a"), new PixelMedToolkit());
        final Truth b = SyntheticMrSeries.write(Spec.small(Protocol.T2_MULTI_ECHO, 42), tmp.resolve("two/b"),
            new PixelMedToolkit());
        final NodeModel reader = new DicomSeriesReaderNodeFactory().createNodeModel();
        configureSettings(reader, "folder", tmp.resolve("two").toString());
        final BufferedDataTable two = (BufferedDataTable)NodeModelTestDriver.execute(reader)[0];
        final List<String> patients = texts(two, "patient_id");
        assertEquals(List.of("SYN41", "SYN42"), patients);
        // the mask table lists patient 42 first, with a group column and a column named as one of the node's
        final ResultTable.Builder t = ResultTable.builder(ResultTable.text("patient"), ResultTable.text("group"),
            ResultTable.text("mask_file"));
        t.row("SYN42", "B", b.reader1File().toString());
        t.row("SYN41", "A", a.reader1File().toString());
        t.row("SYN41", "A", a.reader2File().toString());
        final BufferedDataTable in = table(t.build());
        final VoiMaskReaderNodeModel m = new VoiMaskReaderNodeFactory().createNodeModel();
        configureSettings(m, "path_column", "mask_file", "mask_key_column", "patient", "image_key_column",
            "patient_id", "volume_column", "volume", "keep_columns", "true");
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec(),
            two.getDataTableSpec())[0];
        assertEquals(List.of("patient", "group", "mask_file", "volume", "mask_file (#1)"),
            List.of(spec.getColumnNames()).subList(0, 5));
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in, two)[0];
        assertEquals(spec, out.getDataTableSpec());
        assertEquals(List.of("SYN41", "SYN41", "SYN42"), texts(out, "patient"), "image order, then mask order");
        assertEquals(List.of("A", "A", "B"), texts(out, "group"));
        assertEquals(List.of("Row0", "Row0", "Row1"), texts(out, "image_row"));
        assertArrayEquals(a.reader1().copyOfLabels(), mask(out, 0).getMask().copyOfLabels());
        assertArrayEquals(a.reader2().copyOfLabels(), mask(out, 1).getMask().copyOfLabels());
        assertArrayEquals(b.reader1().copyOfLabels(), mask(out, 2).getMask().copyOfLabels());
        for (int r = 0; r < 3; r++) {
            final Geometry image = ((VolumeValue)column(out, "volume").get(r)).getVolume().geometry();
            assertEquals(image, mask(out, r).getMask().geometry(), "row " + r + ": the mask is on its image's grid");
        }
        assertEquals(((VolumeValue)column(two, "volume").get(1)).getVolume().geometry(),
            ((VolumeValue)column(out, "volume").get(2)).getVolume().geometry(), "patient 42's image");
    }

    @Test
    void keptColumnsWithoutImagesAreTheMaskTablesAndAMissingImageIsNamed() throws Exception {
        readSeries();
        final BufferedDataTable in = masks(truth.seriesUid(), truth.reader1File());
        final VoiMaskReaderNodeModel m = matcher(0);
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addBoolean("keep_columns", true);
        NodeModelTestDriver.loadSettings(m, s);
        final BufferedDataTable alone = (BufferedDataTable)NodeModelTestDriver.execute(m, in, null)[0];
        assertEquals(List.of("mask", "series", "mask_file"), List.of(alone.getDataTableSpec().getColumnNames()).subList(0, 3));
        assertEquals(List.of(truth.seriesUid()), texts(alone, "series"));
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> NodeModelTestDriver.execute(m, masks("1.2.3.nowhere", truth.reader1File()), images));
        assertTrue(e.getMessage().startsWith("Row Row0: ") && e.getMessage().contains("'1.2.3.nowhere'"), e.getMessage());
    }
}
