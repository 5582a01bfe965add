package org.qmrinodes.knime.dicomreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;

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
}
