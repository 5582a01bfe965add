package org.qmrinodes.knime.evaluation.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSvgOfWidth;
import static org.qmrinodes.knime.common.NodeTestSupport.png;
import static org.qmrinodes.knime.common.NodeTestSupport.column;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.testing.CsvTable;

class CalibrationNodeModelTest {

    private static final Path EVALUATION = CsvTable.validationDir().resolve("evaluation");
    private static final List<String> COLUMNS = List.of("model", "n", "events", "brier", "brier_scaled", "intercept",
        "slope", "e_max", "e_avg", "e_90", "ici", "hl_chi2", "hl_df", "hl_p");

    private static CalibrationNodeModel node(final String... models) throws InvalidSettingsException {
        final CalibrationNodeModel m = new CalibrationNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("outcome_column", "y");
        s.addString("positive_class", "1");
        final NodeSettings filter = s.getNodeSettings("probability_columns");
        filter.addStringArray("included_names", models);
        filter.addStringArray("excluded_names");
        filter.addString("enforce_option", "EnforceInclusion");
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    /** @return the rows of {@code dataset} of data_predictions.csv as columns y (text) and p */
    private static BufferedDataTable predictions(final String dataset) {
        final CsvTable all = CsvTable.read(EVALUATION.resolve("data_predictions.csv"));
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("y"), ResultTable.real("p"));
        for (int i = 0; i < all.size(); i++) {
            if (all.text(i, "dataset").equals(dataset)) {
                b.row(all.text(i, "y"), all.number(i, "p"));
            }
        }
        return table(b.build());
    }

    private static double golden(final String file, final String dataset, final String keyColumn, final String key,
        final String valueColumn) {
        final CsvTable t = CsvTable.read(EVALUATION.resolve(file));
        for (int i = 0; i < t.size(); i++) {
            if (t.text(i, "dataset").equals(dataset) && t.text(i, keyColumn).equals(key)) {
                return t.number(i, valueColumn);
            }
        }
        throw new AssertionError("no " + key + " for " + dataset + " in " + file);
    }

    @Test
    void reproducesValProbAndHosmerLemeshowOfTheRealisticPredictions() throws Exception {
        final BufferedDataTable in = predictions("realistic");
        final CalibrationNodeModel m = node("p");
        final PortObjectSpec[] specs = NodeModelTestDriver.configure(m, in.getDataTableSpec());
        final PortObject[] ports = NodeModelTestDriver.execute(m, in);
        final BufferedDataTable[] out = {(BufferedDataTable)ports[0], (BufferedDataTable)ports[1]};
        assertEquals(specs[0], out[0].getDataTableSpec());
        assertEquals(specs[1], out[1].getDataTableSpec());
        assertEquals(COLUMNS, List.of(out[0].getDataTableSpec().getColumnNames()));
        final String[][] fields = {{"brier", "Brier"}, {"intercept", "Intercept"}, {"slope", "Slope"},
            {"e_max", "Emax"}, {"e_90", "E90"}, {"e_avg", "Eavg"}, {"ici", "Eavg"}};
        for (final String[] f : fields) {
            final double expected = golden("val_prob.csv", "realistic", "field", f[1], "value");
            assertEquals(expected, doubles(out[0], f[0])[0], 1e-7 * Math.abs(expected), f[0]);
        }
        final double chi2 = golden("hosmer_lemeshow.csv", "realistic", "g", "10", "chi2");
        assertEquals(chi2, doubles(out[0], "hl_chi2")[0], 1e-7 * chi2);
        assertEquals(8.0, doubles(out[0], "hl_df")[0]);
        final double p = golden("hosmer_lemeshow.csv", "realistic", "g", "10", "p");
        assertEquals(p, doubles(out[0], "hl_p")[0], 1e-7 * p);
        final List<String> kinds = texts(out[1], "kind");
        assertEquals(10, kinds.stream().filter("binned"::equals).count());
        assertEquals(138, kinds.stream().filter("smoothed"::equals).count());
        final CsvTable intervals = CsvTable.read(EVALUATION.resolve("binned_intervals.csv"));
        final double[] lower = doubles(out[1], "lower");
        final double[] upper = doubles(out[1], "upper");
        final double[] n = doubles(out[1], "n");
        int bin = 0;
        for (int i = 0; i < intervals.size(); i++) {
            if (intervals.text(i, "dataset").equals("realistic") && intervals.text(i, "g").equals("10")) {
                final int row = kinds.indexOf("binned") + bin++;
                assertEquals(intervals.number(i, "n"), n[row]);
                assertEquals(intervals.number(i, "lower"), lower[row], 1e-9, "lower of group " + bin);
                assertEquals(intervals.number(i, "upper"), upper[row], 1e-9, "upper of group " + bin);
            }
        }
        assertEquals(10, bin);
        assertTrue(Double.isNaN(lower[0]), "smoothed points have no interval");
        assertEquals(1200, png(ports[2]).getWidth());
    }

    @Test
    void writesTheSameFigureAsSvgWhenAFileIsSet(@TempDir final Path dir) throws Exception {
        final Path svg = dir.resolve("calibration.svg");
        final CalibrationNodeModel m = node("p");
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("svg_file", svg.toString());
        s.addInt("plot_width", 600);
        NodeModelTestDriver.loadSettings(m, s);
        final PortObject[] out = NodeModelTestDriver.execute(m, predictions("realistic"));
        assertSvgOfWidth(svg, 600);
        assertEquals(600, png(out[2]).getWidth());
    }

    @Test
    void anSvgFileInAMissingFolderIsRejectedAtConfigure(@TempDir final Path dir) throws Exception {
        final CalibrationNodeModel m = node("p");
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("svg_file", dir.resolve("no/such/folder/c.svg").toString());
        NodeModelTestDriver.loadSettings(m, s);
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(m, predictions("realistic").getDataTableSpec()));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void settingsOfAWorkflowMadeBeforeTheFigureLoadWithItsDefaults() throws Exception {
        final CalibrationNodeModel m = node("p");
        final NodeSettings without = NodeModelTestDriver.saveSettings(m);
        for (final String key : List.of("plot_title", "plot_width", "svg_file")) {
            assertTrue(without.removeConfig(key) != null, key);
        }
        final CalibrationNodeModel fresh = new CalibrationNodeFactory().createNodeModel();
        NodeModelTestDriver.loadSettings(fresh, without);
        assertEquals(1200, NodeModelTestDriver.saveSettings(fresh).getInt("plot_width"));
        assertEquals("", NodeModelTestDriver.saveSettings(fresh).getString("svg_file"));
    }

    @Test
    void aHosmerLemeshowTestThatCannotBeFormedIsMissingWithAWarning() throws Exception {
        final BufferedDataTable in = predictions("ties");
        final CalibrationNodeModel m = node("p");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertTrue(column(out, "hl_chi2").get(0).isMissing());
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("No Hosmer-Lemeshow test for 'p'"),
            NodeModelTestDriver.warningMessage(m));
        final double brier = golden("val_prob.csv", "ties", "field", "Brier", "value");
        assertEquals(brier, doubles(out, "brier")[0], 1e-7 * brier);
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("p"), new CalibrationNodeFactory().createNodeModel());
    }
}
