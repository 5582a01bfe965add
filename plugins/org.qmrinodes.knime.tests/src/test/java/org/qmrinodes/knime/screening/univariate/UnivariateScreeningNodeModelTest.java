package org.qmrinodes.knime.screening.univariate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.demoTable;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
import org.qmrinodes.core.testing.CsvTable;

class UnivariateScreeningNodeModelTest {

    private static UnivariateScreeningNodeModel model(final String... keyValues) throws InvalidSettingsException {
        final UnivariateScreeningNodeModel m = new UnivariateScreeningNodeFactory().createNodeModel();
        configureSettings(m, keyValues);
        return m;
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        final UnivariateScreeningNodeModel m = model("group_column", "her2_status", "groups", "HER2-low, HER2-over",
            "test", "welch", "normality_test", "lilliefors", "p_adjustment", "holm");
        final ByteArrayOutputStream xml = new ByteArrayOutputStream();
        NodeModelTestDriver.saveSettings(m).saveToXML(xml);
        final UnivariateScreeningNodeModel copy = new UnivariateScreeningNodeFactory().createNodeModel();
        NodeModelTestDriver.loadSettings(copy, NodeSettings.loadFromXML(new ByteArrayInputStream(xml.toByteArray())));
        final ByteArrayOutputStream again = new ByteArrayOutputStream();
        NodeModelTestDriver.saveSettings(copy).saveToXML(again);
        assertEquals(xml.toString(), again.toString());
        assertEquals("welch", NodeModelTestDriver.saveSettings(copy).getString("test"));
        assertThrows(InvalidSettingsException.class, () -> model("test", "z-test"));
    }

    @Test
    void defaultsWorkOnTheDemoCohort() throws Exception {
        final UnivariateScreeningNodeModel m = model("group_column", "her2_status");
        final BufferedDataTable in = demoTable();
        final PortObjectSpec[] specs = NodeModelTestDriver.configure(m, in.getDataTableSpec());
        assertEquals(List.of("feature", "test", "statistic", "p_value", "n"),
            List.of(((DataTableSpec)specs[0]).getColumnNames()).subList(0, 5));
        final PortObject[] out = NodeModelTestDriver.execute(m, in);
        final BufferedDataTable screening = (BufferedDataTable)out[0];
        final List<String> features = texts(screening, "feature");
        assertTrue(features.containsAll(Shen25FeatureCohort.featureNames()), features.toString());
        assertTrue(features.contains("lesion_type"), "text columns are categorical features");
        final String warning = NodeModelTestDriver.warningMessage(m);
        assertTrue(warning.contains("'patient_id' not tested"), warning);
        final int kapp = features.indexOf("Kapp_entropy");
        assertTrue(doubles(screening, "p_value")[kapp] < 0.1);
        final BufferedDataTable selected = (BufferedDataTable)out[3];
        assertTrue(selected.getDataTableSpec().containsName("Kapp_entropy"));
        assertFalse(selected.getDataTableSpec().containsName("patient_id"));
        assertEquals(in.size(), selected.size());
        assertTrue(((BufferedDataTable)out[2]).size() > 0, "post hoc for three groups");
    }

    @Test
    void agreesWithRThroughTheNode() throws Exception {
        final CsvTable data = CsvTable.read(CsvTable.validationDir().resolve("comparison/data/continuous.csv"));
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("group"), ResultTable.real("normal"),
            ResultTable.real("constant"));
        for (int i = 0; i < data.size(); i++) {
            b.row(data.text(i, "group"), data.number(i, "normal"), data.number(i, "constant"));
        }
        final UnivariateScreeningNodeModel m = model("group_column", "group", "test", "welch-anova");
        final PortObject[] out = NodeModelTestDriver.execute(m, table(b.build()));
        final BufferedDataTable s = (BufferedDataTable)out[0];
        final CsvTable golden = CsvTable.read(CsvTable.validationDir().resolve("comparison/golden/k_sample.csv"));
        assertEquals("welch-anova", golden.text(1, "test"));
        assertRelative(golden.number(1, "p_value"), doubles(s, "p_value")[0], 1e-9, 0, "p");
        assertTrue(texts(s, "note").get(1).startsWith("constant"), texts(s, "note").get(1));
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("'constant' not tested"));
    }

    @Test
    void badInputNamesTheColumn() throws Exception {
        final DataTableSpec spec = demoTable().getDataTableSpec();
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(model(), spec)).getMessage().contains("group column"));
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(model("group_column", "nope"), spec)).getMessage().contains("'nope'"));
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> NodeModelTestDriver.execute(model("group_column", "her2_status", "test", "t"), demoTable()));
        assertTrue(e.getMessage().contains("group column 'her2_status' has 3"), e.getMessage());
    }
}
