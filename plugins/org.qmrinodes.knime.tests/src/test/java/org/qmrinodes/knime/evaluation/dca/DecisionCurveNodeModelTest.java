package org.qmrinodes.knime.evaluation.dca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObjectSpec;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.testing.CsvTable;

class DecisionCurveNodeModelTest {

    private static final Path EVALUATION = CsvTable.validationDir().resolve("evaluation");
    private static final List<String> COLUMNS = List.of("model", "threshold", "net_benefit", "net_benefit_all",
        "net_benefit_none", "standardized_net_benefit", "interventions_avoided_per_100");

    private static DecisionCurveNodeModel node(final String outcome, final String positive, final String... models)
        throws InvalidSettingsException {
        final DecisionCurveNodeModel m = new DecisionCurveNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("outcome_column", outcome);
        s.addString("positive_class", positive);
        final NodeSettings filter = s.getNodeSettings("probability_columns");
        filter.addStringArray("included_names", models);
        filter.addStringArray("excluded_names");
        filter.addString("enforce_option", "EnforceInclusion");
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    @Test
    void reproducesTheRDecisionCurvesOfTheValidationData() throws Exception {
        final BufferedDataTable in = table(CsvTable.read(EVALUATION.resolve("data_validation.csv")), Set.of("y"));
        final DecisionCurveNodeModel m = node("y", "1", "p_full", "p_small");
        final PortObjectSpec[] specs = NodeModelTestDriver.configure(m, in.getDataTableSpec());
        final org.knime.core.node.port.PortObject[] ports = NodeModelTestDriver.execute(m, in);
        final BufferedDataTable[] out = {(BufferedDataTable)ports[0], (BufferedDataTable)ports[1]};
        assertEquals(1200, org.qmrinodes.knime.common.NodeTestSupport.png(ports[2]).getWidth(), "the plot, 1200 px wide");
        assertEquals(900, org.qmrinodes.knime.common.NodeTestSupport.png(ports[2]).getHeight(), "at 4:3");
        assertEquals(specs[0], out[0].getDataTableSpec());
        assertEquals(specs[1], out[1].getDataTableSpec());
        assertEquals(COLUMNS, List.of(out[0].getDataTableSpec().getColumnNames()));
        final CsvTable golden = CsvTable.read(EVALUATION.resolve("dca.csv"));
        final List<String> model = texts(out[0], "model");
        int checked = 0;
        for (int g = 0; g < golden.size(); g++) {
            if (!golden.text(g, "dataset").equals("validation")) {
                continue;
            }
            final String expected = switch (golden.text(g, "model")) {
                case "full" -> "p_full";
                case "small" -> "p_small";
                default -> golden.text(g, "model");
            };
            assertEquals(expected, model.get(checked));
            for (final String c : COLUMNS.subList(1, COLUMNS.size())) {
                assertEquals(golden.number(g, c), doubles(out[0], c)[checked], 1e-12,
                    expected + " " + c + " at " + golden.text(g, "threshold"));
            }
            checked++;
        }
        assertEquals(4 * 99, checked);
        assertEquals(checked, out[0].size());
        final List<String> best = texts(out[1], "model");
        assertEquals("all", best.get(0), "at 1% every case is treated by both models as by treating all");
        assertEquals("none", best.get(best.size() - 1));
        assertEquals(0.99, doubles(out[1], "to")[best.size() - 1], 1e-15);
    }

    @Test
    void settingsOfAWorkflowMadeBeforeThePlotLoadWithItsDefaults() throws Exception {
        final DecisionCurveNodeModel m = node("y", "1", "p");
        final org.knime.core.node.NodeSettings without = NodeModelTestDriver.saveSettings(m);
        for (final String key : List.of("plot_title", "plot_width", "svg_file")) {
            assertTrue(without.removeConfig(key) != null, key);
        }
        final DecisionCurveNodeModel fresh = new DecisionCurveNodeFactory().createNodeModel();
        NodeModelTestDriver.loadSettings(fresh, without);
        assertEquals(1200, NodeModelTestDriver.saveSettings(fresh).getInt("plot_width"));
    }

    @Test
    void summaryNamesTheBestStrategyOverConsecutiveThresholds() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.text("y"), ResultTable.real("good"),
            ResultTable.real("bad")).row("1", 0.9, 0.2).row("1", 0.8, 0.5).row("0", 0.3, 0.7).row("0", 0.1, 0.6).build());
        final DecisionCurveNodeModel m = node("y", "1", "good", "bad");
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addDouble("threshold_from", 0.1);
        s.addDouble("threshold_to", 0.95);
        s.addDouble("threshold_step", 0.05);
        NodeModelTestDriver.loadSettings(m, s);
        final BufferedDataTable ranges = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[1];
        // prevalence 0.5: at 0.1 "good" treats everyone, a tie with treating all; from 0.15 to 0.9 it wins;
        // at 0.95 it treats no one, a tie with treating none
        assertEquals(List.of("all", "good", "none"), texts(ranges, "model"));
        assertEquals(List.of(0.1, 0.15, 0.95), java.util.Arrays.stream(doubles(ranges, "from")).boxed().toList());
        assertEquals(List.of(0.1, 0.9, 0.95), java.util.Arrays.stream(doubles(ranges, "to")).boxed().toList());
    }

    @Test
    void missingValuesAreLeftOutAndCountedAndBadProbabilitiesNamed() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.text("y"), ResultTable.real("p"),
            ResultTable.real("q")).row("1", 0.9, 0.8).row(null, 0.5, 0.5).row("0", Double.NaN, 0.3).row("0", 0.2, 0.1)
            .build());
        final DecisionCurveNodeModel m = node("y", "1", "p", "q");
        final BufferedDataTable curves = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("2 rows with a missing outcome or probability"),
            NodeModelTestDriver.warningMessage(m));
        assertEquals(0.5, doubles(curves, "net_benefit")[49], 1e-15, "p at 0.5: one event of two cases treated");
        final BufferedDataTable bad = table(ResultTable.builder(ResultTable.text("y"), ResultTable.real("p"))
            .row("1", 0.9).row("0", 1.5).build());
        final Exception e = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(node("y", "1", "p"), bad));
        assertTrue(e.getMessage().contains("1.5") && e.getMessage().contains("[0, 1]"), e.getMessage());
    }

    @Test
    void configureRejectsMissingColumnsAndAnEmptyThresholdRange() throws Exception {
        final DataTableSpec spec = table(ResultTable.builder(ResultTable.text("y"), ResultTable.real("p")).build())
            .getDataTableSpec();
        assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(new DecisionCurveNodeFactory().createNodeModel(), spec));
        final DecisionCurveNodeModel m = node("y", "1", "p");
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addDouble("threshold_from", 0.6);
        s.addDouble("threshold_to", 0.4);
        NodeModelTestDriver.loadSettings(m, s);
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(m, spec))
            .getMessage().contains("Threshold"));
        final DecisionCurveNodeModel onlyOutcome = node("y", "1", "y");
        assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(onlyOutcome,
            table(ResultTable.builder(ResultTable.text("y")).build()).getDataTableSpec()));
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("y", "1", "p_full", "p_small"),
            new DecisionCurveNodeFactory().createNodeModel());
    }
}
