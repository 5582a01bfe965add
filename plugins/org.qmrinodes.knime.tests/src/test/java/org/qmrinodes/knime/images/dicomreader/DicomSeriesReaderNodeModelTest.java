package org.qmrinodes.knime.images.dicomreader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.core.testing.SyntheticTruth;
import org.qmrinodes.knime.cells.ImageCellTestSupport;
import org.qmrinodes.knime.common.NodeTestSupport;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.cells.VolumeValue;

class DicomSeriesReaderNodeModelTest {

    @TempDir
    Path tmp;

    private static String text(final BufferedDataTable t, final int row, final String column) {
        final DataRow r = NodeModelTestDriver.rows(t).get(row);
        return ((StringValue)r.getCell(t.getDataTableSpec().findColumnIndex(column))).getStringValue();
    }

    @Test
    void oneRowPerSeriesAndSkippedFilesWithWarning() throws Exception {
        SyntheticMrSeries.write(Spec.small(Protocol.DWI, 1), tmp.resolve("dwi"), new PixelMedToolkit());
        SyntheticMrSeries.write(Spec.small(Protocol.T1_INVERSION_RECOVERY, 2), tmp.resolve("t1"), new PixelMedToolkit());
        Files.writeString(tmp.resolve("DICOMDIR.txt"), "not DICOM");
        final DicomSeriesReaderNodeModel m = new DicomSeriesReaderNodeFactory().createNodeModel();
        configureSettings(m, "folder", tmp.toString());
        final PortObjectSpec[] specs = NodeModelTestDriver.configure(m);
        final PortObject[] out = NodeModelTestDriver.execute(m);
        final BufferedDataTable series = (BufferedDataTable)out[0];
        assertEquals(specs[0], series.getDataTableSpec());
        assertEquals(2, series.size());
        final List<String> b = List.of(text(series, 0, "b_values"), text(series, 1, "b_values"));
        assertTrue(b.contains("0.0;800.0;1400.0;2000.0"), b.toString());
        final List<String> ti = List.of(text(series, 0, "inversion_times"), text(series, 1, "inversion_times"));
        assertTrue(ti.contains("100.0;200.0;350.0;500.0;800.0"), ti.toString());
        assertTrue(text(series, 0, "file_list").contains(".dcm;"));
        final BufferedDataTable skipped = (BufferedDataTable)out[1];
        assertEquals(9, skipped.size(), "4 NIfTI and 4 NRRD masks and the text file");
        assertTrue(NodeModelTestDriver.warningMessage(m).startsWith("skipped 9 of"), NodeModelTestDriver.warningMessage(m));
    }

    /** A branch that fits ADC keeps just the study's diffusion series; a bad pattern names the setting. */
    @Test
    void theSeriesFilterKeepsTheSeriesABranchNeeds() throws Exception {
        SyntheticMrSeries.write(Spec.small(Protocol.DWI, 1), tmp.resolve("dwi"), new PixelMedToolkit());
        SyntheticMrSeries.write(Spec.small(Protocol.T1_INVERSION_RECOVERY, 2), tmp.resolve("t1"), new PixelMedToolkit());
        SyntheticMrSeries.write(Spec.small(Protocol.T2_MULTI_ECHO, 3), tmp.resolve("t2"), new PixelMedToolkit());
        final DicomSeriesReaderNodeModel m = new DicomSeriesReaderNodeFactory().createNodeModel();
        configureSettings(m, "folder", tmp.toString(), "protocol_kinds", "dwi", "modality", "MR");
        final BufferedDataTable dwi = (BufferedDataTable)NodeModelTestDriver.execute(m)[0];
        assertEquals(1, dwi.size());
        assertEquals("0.0;800.0;1400.0;2000.0", text(dwi, 0, "b_values"));
        configureSettings(m, "folder", tmp.toString(), "protocol_kinds", "multi-echo,ir");
        final BufferedDataTable two = (BufferedDataTable)NodeModelTestDriver.execute(m)[0];
        assertEquals(2, two.size());
        assertTrue(List.of(text(two, 0, "b_values"), text(two, 1, "b_values")).stream().allMatch(String::isEmpty));
        configureSettings(m, "folder", tmp.toString(), "modality", "CT");
        assertEquals(0, ((BufferedDataTable)NodeModelTestDriver.execute(m)[0]).size());
        configureSettings(m, "folder", tmp.toString(), "description_pattern", "[");
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(m));
        assertTrue(e.getMessage().startsWith("Series filter: series description pattern '[' is not a regular"),
            e.getMessage());
    }

    @Test
    void missingFolderFailsWithItsName() throws Exception {
        final DicomSeriesReaderNodeModel m = new DicomSeriesReaderNodeFactory().createNodeModel();
        assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(m));
        configureSettings(m, "folder", tmp.resolve("absent").toString());
        final org.knime.core.node.NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addBoolean("file_list", false);
        NodeModelTestDriver.loadSettings(m, s);
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m)[0];
        assertEquals(-1, spec.findColumnIndex("file_list"));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.execute(m));
        assertTrue(e.getMessage().contains("absent"), e.getMessage());
    }

    private static DataCell cell(final BufferedDataTable t, final int row, final String column) {
        return NodeModelTestDriver.rows(t).get(row).getCell(t.getDataTableSpec().findColumnIndex(column));
    }

    private DicomSeriesReaderNodeModel reader() throws InvalidSettingsException {
        final DicomSeriesReaderNodeModel m = new DicomSeriesReaderNodeFactory().createNodeModel();
        configureSettings(m, "folder", tmp.toString());
        return m;
    }

    @Test
    void volumeCellsHoldTheGeneratorsVoxelsGeometryAndParameters() throws Exception {
        final Truth dwi = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 3), tmp.resolve("dwi"), new PixelMedToolkit());
        final Truth vfa = SyntheticMrSeries.write(Spec.small(Protocol.T1_VFA, 4), tmp.resolve("vfa"),
            new PixelMedToolkit());
        final DicomSeriesReaderNodeModel m = reader();
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m)[0];
        assertTrue(spec.getColumnSpec("volume").getType().isCompatible(VolumeValue.class));
        final BufferedDataTable series = (BufferedDataTable)NodeModelTestDriver.execute(m)[0];
        assertEquals(spec, series.getDataTableSpec());
        assertEquals(2, series.size());
        for (int r = 0; r < 2; r++) {
            final VolumeValue v = (VolumeValue)cell(series, r, "volume");
            final Truth truth = v.getSeriesInfo().seriesUid().equals(dwi.seriesUid()) ? dwi : vfa;
            assertEquals(truth.seriesUid(), text(series, r, "series_uid"));
            SyntheticTruth.assertVolumeMatches(truth, v.getVolume());
        }
        final String warning = NodeModelTestDriver.warningMessage(m);
        assertTrue(warning.startsWith("skipped 8 of ") && !warning.contains("no volume"), warning);
    }

    @Test
    void seriesWithAMissingSliceGetsAMissingCellTheProblemAndACountedWarning() throws Exception {
        final Truth dwi = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 5), tmp.resolve("dwi"), new PixelMedToolkit());
        SyntheticMrSeries.write(Spec.small(Protocol.T2_MULTI_ECHO, 6), tmp.resolve("t2"), new PixelMedToolkit());
        Files.delete(dwi.files().get(7));
        final DicomSeriesReaderNodeModel m = reader();
        final BufferedDataTable series = (BufferedDataTable)NodeModelTestDriver.execute(m)[0];
        final int broken = text(series, 0, "series_uid").equals(dwi.seriesUid()) ? 0 : 1;
        assertTrue(cell(series, broken, "volume").isMissing());
        assertTrue(text(series, broken, "problem").startsWith("missing slice"), text(series, broken, "problem"));
        assertFalse(cell(series, 1 - broken, "volume").isMissing());
        assertEquals("", text(series, 1 - broken, "problem"));
        final String warning = NodeModelTestDriver.warningMessage(m);
        assertTrue(warning.startsWith("1 of 2 series have no volume"), warning);
        assertTrue(warning.contains(dwi.seriesUid() + ": missing slice"), warning);
    }

    @Test
    void volumesCanBeSwitchedOffForABigFolder() throws Exception {
        SyntheticMrSeries.write(Spec.small(Protocol.DWI, 8), tmp.resolve("dwi"), new PixelMedToolkit());
        final DicomSeriesReaderNodeModel m = reader();
        final org.knime.core.node.NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addBoolean("load_volumes", false);
        NodeModelTestDriver.loadSettings(m, s);
        assertEquals(-1, ((DataTableSpec)NodeModelTestDriver.configure(m)[0]).findColumnIndex("volume"));
        final BufferedDataTable series = (BufferedDataTable)NodeModelTestDriver.execute(m)[0];
        assertEquals(-1, series.getDataTableSpec().findColumnIndex("volume"));
        assertEquals(1, series.size());
        NodeTestSupport.assertSettingsSurviveXmlRoundTrip(m, new DicomSeriesReaderNodeFactory().createNodeModel());
        assertFalse(NodeModelTestDriver.saveSettings(m).getBoolean("load_volumes"));
    }

    @Test
    void loadingReportsProgressPerSeriesAndStopsWhenCancelled() throws Exception {
        SyntheticMrSeries.write(Spec.small(Protocol.DWI, 9), tmp.resolve("a"), new PixelMedToolkit());
        SyntheticMrSeries.write(Spec.small(Protocol.T2STAR_MULTI_ECHO, 10), tmp.resolve("b"), new PixelMedToolkit());
        final ExecutionContext exec = NodeModelTestDriver.cancelledAfter(2); // after the scan and the first series
        assertThrows(CanceledExecutionException.class, () -> NodeModelTestDriver.execute(reader(), exec));
        assertTrue(NodeModelTestDriver.lastProgressMessage(exec).startsWith("Loading series 1 of 2"),
            NodeModelTestDriver.lastProgressMessage(exec));
    }

    /**
     * A real GE DWI series ({@code ../shared/data}, skipped when absent): the volume cell has
     * dcm2niix's b-values and the same voxel values as dcm2niix's NIfTI (their sum, as the two grids
     * are ordered differently), and survives being stored by KNIME unchanged.
     */
    @Test
    void realGeSeriesGivesDcm2niixBValuesAndVoxels() throws Exception {
        final Path bval = CsvTable.sharedFile("data/dicom/ge_dwi_tensor/reference/Ax_DWI_TENSOR_R2_1.bval");
        final Path nifti = bval.resolveSibling("Ax_DWI_TENSOR_R2_1.nii");
        final DicomSeriesReaderNodeModel m = new DicomSeriesReaderNodeFactory().createNodeModel();
        configureSettings(m, "folder", bval.getParent().resolveSibling("dicom").toString());
        final BufferedDataTable series = (BufferedDataTable)NodeModelTestDriver.execute(m)[0];
        assertEquals(1, series.size());
        final VolumeCell cell = (VolumeCell)cell(series, 0, "volume");
        final Volume v = cell.getVolume();
        final double[] expected = java.util.Arrays.stream(Files.readString(bval).trim().split("\\s+"))
            .mapToDouble(Double::parseDouble).toArray();
        assertArrayEquals(expected, v.parameters().stream().mapToDouble(p -> p.bValue()).toArray(), 1e-9);
        final Volume ref = Nifti.readVolume(nifti);
        assertEquals(ref.volumeCount(), v.volumeCount());
        for (int t = 0; t < v.volumeCount(); t++) {
            final double sum = sum(v.copyOfVolume(t));
            assertEquals(sum(ref.copyOfVolume(t)), sum, 1e-9 * Math.abs(sum), "voxel sum of volume " + t);
        }
        assertEquals(cell, ImageCellTestSupport.load(ImageCellTestSupport.store(cell, new VolumeCell.Serializer()),
            new VolumeCell.Serializer()));
    }

    private static double sum(final float[] values) {
        double s = 0;
        for (final float f : values) {
            s += f;
        }
        return s;
    }
}
