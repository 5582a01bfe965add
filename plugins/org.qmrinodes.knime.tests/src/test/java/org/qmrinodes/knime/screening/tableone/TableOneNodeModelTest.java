package org.qmrinodes.knime.screening.tableone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.demoTable;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;

class TableOneNodeModelTest {

    private static TableOneNodeModel model(final String... keyValues) throws InvalidSettingsException {
        final TableOneNodeModel m = new TableOneNodeFactory().createNodeModel();
        configureSettings(m, keyValues);
        return m;
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        final TableOneNodeModel m = model("group_column", "her2_status", "contrasts",
            "HER2-low:HER2-zero, HER2-low:HER2-over", "title", "Table 1. Demo", "test", "kruskal-wallis");
        assertSettingsSurviveXmlRoundTrip(m, new TableOneNodeFactory().createNodeModel());
        assertEquals("HER2-low:HER2-zero, HER2-low:HER2-over",
            NodeModelTestDriver.saveSettings(m).getString("contrasts"));
        final DataTableSpec spec = demoTable().getDataTableSpec();
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(model("group_column", "her2_status", "contrasts", "HER2-low"), spec));
        assertTrue(e.getMessage().contains("A:B"), e.getMessage());
    }

    @Test
    void shen25LayoutOnTheDemoCohort() throws Exception {
        final TableOneNodeModel m = model("group_column", "her2_status", "groups", "HER2-zero,HER2-low,HER2-over",
            "contrasts", "HER2-low:HER2-zero,HER2-low:HER2-over");
        final BufferedDataTable in = demoTable();
        final PortObjectSpec[] specs = NodeModelTestDriver.configure(m, in.getDataTableSpec());
        assertNull(specs[0], "group columns are known after execution");
        final PortObject[] out = NodeModelTestDriver.execute(m, in);
        final BufferedDataTable t = (BufferedDataTable)out[0];
        assertEquals(List.of("variable", "level", "Overall", "HER2-zero", "HER2-low", "HER2-over", "p_value",
            "p HER2-low vs HER2-zero", "p HER2-low vs HER2-over", "test"),
            List.of(t.getDataTableSpec().getColumnNames()));
        final List<String> variables = texts(t, "variable");
        for (final String f : Shen25FeatureCohort.featureNames()) {
            assertTrue(variables.stream().anyMatch(v -> v.startsWith(f + ", ")), f + " in " + variables);
        }
        final int lesion = variables.indexOf("lesion_type, n (%)");
        assertTrue(lesion >= 0, variables.toString());
        // group sizes of the cohort (METHODS.md §7.1: 60 / 91 / 81) on the categorical header row
        assertEquals(List.of("232", "60", "91", "81"), List.of(texts(t, "Overall").get(lesion),
            texts(t, "HER2-zero").get(lesion), texts(t, "HER2-low").get(lesion), texts(t, "HER2-over").get(lesion)));
        final List<String> levels = texts(t, "level");
        assertTrue(levels.contains("mass"), levels.toString());
        // the identifier column is listed but not expanded into 232 level rows
        final int id = variables.indexOf("patient_id, n (%)");
        assertTrue(texts(t, "test").get(id).startsWith("NA (232 levels"), texts(t, "test").get(id));
        assertTrue(t.size() < 40, "rows: " + t.size());
        // pairwise columns: a p or NA on each variable row, empty on level rows
        final List<String> p1 = texts(t, "p HER2-low vs HER2-zero");
        for (int r = 0; r < t.size(); r++) {
            final String v = p1.get(r);
            if (variables.get(r).isEmpty()) {
                assertEquals("", v);
            } else {
                assertTrue(v.equals("NA") || v.equals("< 0.001") || v.matches("0\\.0*[1-9]\\d\\d|1\\.00"), v);
            }
        }
        final ImagePortObject image = (ImagePortObject)out[1];
        final BufferedImage png = ImageIO.read(new ByteArrayInputStream(((PNGImageValue)image.toDataCell())
            .getImageContent().getByteArray()));
        assertTrue(png.getWidth() > 800 && png.getHeight() > 20 * (int)t.size(), png.getWidth() + "x" + png.getHeight());
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("'patient_id' not tested"));
    }

    @Test
    void aConstantFeatureIsAMessageInTheTableNotAFailedNode() throws Exception {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("group"), ResultTable.real("x"),
            ResultTable.real("constant"), ResultTable.text("site"));
        for (int i = 0; i < 12; i++) {
            b.row(i % 2 == 0 ? "a" : "b", (double)i, 1.5, "s1");
        }
        final TableOneNodeModel m = model("group_column", "group");
        final BufferedDataTable t = (BufferedDataTable)NodeModelTestDriver.execute(m, table(b.build()))[0];
        final List<String> variables = texts(t, "variable");
        final int constant = variables.indexOf("constant, median (Q1, Q3)");
        assertTrue(constant >= 0, variables.toString());
        assertEquals("1.50 (1.50, 1.50)", texts(t, "Overall").get(constant));
        assertEquals("NA", texts(t, "p_value").get(constant));
        assertTrue(texts(t, "test").get(constant).startsWith("NA (constant"), texts(t, "test").get(constant));
        final int site = variables.indexOf("site, n (%)");
        assertTrue(texts(t, "test").get(site).startsWith("NA (constant"), texts(t, "test").get(site));
        assertFalse(texts(t, "p_value").get(variables.indexOf("x, mean ± SD")).equals("NA"));
        final String warning = NodeModelTestDriver.warningMessage(m);
        assertTrue(warning.contains("'constant' not tested") && warning.contains("'site' not tested"), warning);
    }

    @Test
    void oneGroupOrAnUnknownContrastStopsTheNodeWithAMessage() throws Exception {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("group"), ResultTable.real("x"));
        for (int i = 0; i < 6; i++) {
            b.row("a", (double)i);
        }
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> NodeModelTestDriver.execute(model("group_column", "group"), table(b.build())));
        assertTrue(e.getMessage().contains("'group'"), e.getMessage());
        final InvalidSettingsException c = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.execute(model("group_column", "her2_status", "contrasts", "HER2-low:HER2-two"),
                demoTable()));
        assertTrue(c.getMessage().contains("HER2-two") && c.getMessage().contains("HER2-over"), c.getMessage());
    }
}
