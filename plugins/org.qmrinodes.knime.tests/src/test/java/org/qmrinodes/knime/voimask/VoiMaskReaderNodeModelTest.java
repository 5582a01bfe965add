package org.qmrinodes.knime.voimask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.table;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.IntValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObject;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.testing.CsvTable;

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
        NodeModelTestDriver.configure(m, in.getDataTableSpec());
        final PortObject[] out = NodeModelTestDriver.execute(m, in);
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
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> NodeModelTestDriver.execute(m, in));
        assertTrue(e.getMessage().contains("Row0") && e.getMessage().contains("/nowhere/m.nii.gz"), e.getMessage());
    }
}
