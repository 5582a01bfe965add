package org.qmrinodes.knime.evaluation.roc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.stats.roc.DirectionRule;
import org.qmrinodes.core.stats.roc.RocAnalysis;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.knime.common.NodeTestSupport;

class RocAnalysisNodeModelTest {

    private static RocAnalysisNodeModel demoModel() throws InvalidSettingsException {
        final RocAnalysisNodeModel m = new RocAnalysisNodeFactory().createNodeModel();
        configureSettings(m, "outcome_column", "low_vs_over", "positive_class", "HER2-over");
        return m;
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        final RocAnalysisNodeModel m = new RocAnalysisNodeFactory().createNodeModel();
        configureSettings(m, "outcome_column", "low_vs_over", "positive_class", "HER2-over", "direction", "lower",
            "plot_title", "Kapp & ADC <test>");
        final NodeSettings saved = NodeModelTestDriver.saveSettings(m);
        final ByteArrayOutputStream xml = new ByteArrayOutputStream();
        saved.saveToXML(xml);
        final String first = xml.toString(StandardCharsets.UTF_8);
        assertTrue(first.contains("http://www.knime.org/2008/09/XMLConfig"), first);

        final RocAnalysisNodeModel copy = new RocAnalysisNodeFactory().createNodeModel();
        NodeModelTestDriver.loadSettings(copy,
            NodeSettings.loadFromXML(new ByteArrayInputStream(xml.toByteArray())));
        final ByteArrayOutputStream again = new ByteArrayOutputStream();
        NodeModelTestDriver.saveSettings(copy).saveToXML(again);
        assertEquals(first, again.toString(StandardCharsets.UTF_8));
        assertEquals("lower", NodeModelTestDriver.saveSettings(copy).getString("direction"));
        assertEquals("Kapp & ADC <test>", NodeModelTestDriver.saveSettings(copy).getString("plot_title"));
    }

    @Test
    void invalidChoiceIsRejectedWhenSettingsAreValidated() {
        final RocAnalysisNodeModel m = new RocAnalysisNodeFactory().createNodeModel();
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> configureSettings(m, "direction", "sideways"));
        assertTrue(e.getMessage().contains("direction") && e.getMessage().contains("auto"), e.getMessage());
    }

    @Test
    void configureGivesTheOutputSpecsOnTheDemoData() throws Exception {
        final PortObjectSpec[] out = NodeModelTestDriver.configure(demoModel(), demoTable().getDataTableSpec());
        final DataTableSpec summary = (DataTableSpec)out[0];
        assertEquals(List.of("score", "n_positive", "n_negative", "direction", "auc", "auc_se", "ci_lower",
            "ci_upper", "cutoff", "sensitivity", "specificity", "youden"),
            List.of(summary.getColumnNames()).subList(0, 12));
        assertTrue(((DataTableSpec)out[1]).containsName("one_minus_specificity"));
        assertTrue(out[2] != null);
    }

    @Test
    void configureNamesWhatIsMissing() {
        final DataTableSpec spec = demoTable().getDataTableSpec();
        final RocAnalysisNodeModel fresh = new RocAnalysisNodeFactory().createNodeModel();
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(fresh, spec))
            .getMessage().contains("outcome column"));
        final RocAnalysisNodeModel absent = new RocAnalysisNodeFactory().createNodeModel();
        assertThrows(InvalidSettingsException.class, () -> {
            configureSettings(absent, "outcome_column", "no_such_column");
            NodeModelTestDriver.configure(absent, spec);
        });
        final ResultTable onlyText = ResultTable.builder(ResultTable.text("y"), ResultTable.text("name"))
            .row("a", "x").row("b", "y").build();
        final RocAnalysisNodeModel noScores = new RocAnalysisNodeFactory().createNodeModel();
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> {
            configureSettings(noScores, "outcome_column", "y");
            NodeModelTestDriver.configure(noScores, table(onlyText).getDataTableSpec());
        });
        assertTrue(e.getMessage().contains("numeric score"), e.getMessage());
    }

    @Test
    void executeOnTheDemoDataMatchesTheCoreAndDrawsThePlot() throws Exception {
        final RocAnalysisNodeModel m = demoModel();
        final BufferedDataTable in = demoTable();
        final PortObject[] out = NodeModelTestDriver.execute(m, in);
        final BufferedDataTable summary = (BufferedDataTable)out[0];
        assertEquals(Shen25FeatureCohort.featureNames(), texts(summary, "score"));
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("60 rows skipped"),
            NodeModelTestDriver.warningMessage(m));

        final ResultTable cohort = Shen25FeatureCohort.generate(Shen25FeatureCohort.DEFAULT_SEED);
        final int y = cohort.columnNames().indexOf("low_vs_over");
        final int x = cohort.columnNames().indexOf("Kapp_entropy");
        final double expected = RocAnalysis.analyze(
            BinaryOutcome.of("low_vs_over", cohort.rows().stream().map(r -> (String)r.get(y)).toList(), "HER2-over"),
            "Kapp_entropy", cohort.rows().stream().mapToDouble(r -> (Double)r.get(x)).toArray(), DirectionRule.AUTO,
            0.95).auc();
        assertEquals(expected, doubles(summary, "auc")[8], 0.0);
        assertArrayEquals(new double[] {81, 81, 81, 81, 81, 81, 81, 81, 81}, doubles(summary, "n_positive"));

        final BufferedDataTable curves = (BufferedDataTable)out[1];
        assertTrue(curves.size() > 9 * 100, "one row per threshold");
        final byte[] png = ((PNGImageValue)((ImagePortObject)out[2]).toDataCell()).getImageContent().getByteArray();
        assertEquals((byte)0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void everyOutputTableCarriesTheSettingsUsedAsProperties() throws Exception {
        final RocAnalysisNodeModel m = demoModel();
        configureSettings(m, "direction", "higher", "confidence_level", "0.9");
        final PortObjectSpec[] specs = NodeModelTestDriver.configure(m, demoTable().getDataTableSpec());
        final PortObject[] out = NodeModelTestDriver.execute(m, demoTable());
        for (final int port : new int[] {0, 1}) {
            final java.util.Map<String, String> properties = ((BufferedDataTable) out[port]).getDataTableSpec()
                .getProperties();
            assertEquals("HER2-over", properties.get("qmri.setting.positive_class"), properties.toString());
            assertEquals("low_vs_over", properties.get("qmri.setting.outcome_column"));
            assertEquals("higher", properties.get("qmri.setting.direction"));
            assertEquals("0.9", properties.get("qmri.setting.confidence_level"));
            assertEquals("RocAnalysisNodeModel", properties.get("qmri.node"));
            assertEquals(((DataTableSpec) specs[port]).getProperties(), properties, "configure and execute agree");
        }
    }

    @Test
    void nodeReproducesProcOnValidationData() throws Exception {
        final CsvTable data = CsvTable.read(CsvTable.validationDir().resolve("roc/data/moderate.csv"));
        final RocAnalysisNodeModel m = new RocAnalysisNodeFactory().createNodeModel();
        configureSettings(m, "outcome_column", "outcome", "positive_class", "HER2-over");
        final BufferedDataTable summary = (BufferedDataTable)NodeModelTestDriver.execute(m, table(data))[0];
        final CsvTable golden = CsvTable.read(CsvTable.validationDir().resolve("roc/golden/roc.csv"));
        int checked = 0;
        for (int g = 0; g < golden.size(); g++) {
            if (golden.text(g, "dataset").equals("moderate") && golden.text(g, "direction_option").equals("auto")) {
                final int row = texts(summary, "score").indexOf(golden.text(g, "score"));
                assertEquals(golden.number(g, "auc"), doubles(summary, "auc")[row], 1e-12);
                assertRelative(golden.number(g, "auc_se"), doubles(summary, "auc_se")[row], 1e-9, 0, "auc_se");
                assertRelative(golden.number(g, "ci_lower"), doubles(summary, "ci_lower")[row], 1e-9, 0, "ci_lower");
                assertEquals(golden.number(g, "cutoff"), doubles(summary, "cutoff")[row], 1e-12);
                assertEquals(golden.text(g, "direction"), texts(summary, "direction").get(row));
                checked++;
            }
        }
        assertEquals(3, checked);
    }

    @Test
    void defaultPositiveClassIsTheLaterValueAndSaysSo() throws Exception {
        final RocAnalysisNodeModel m = new RocAnalysisNodeFactory().createNodeModel();
        configureSettings(m, "outcome_column", "low_vs_over");
        final BufferedDataTable summary = (BufferedDataTable)NodeModelTestDriver.execute(m, demoTable())[0];
        assertEquals(81.0, doubles(summary, "n_positive")[0]);
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("using 'HER2-over'"),
            NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void badOutcomesFailWithMessagesNamingTheColumn() throws Exception {
        final RocAnalysisNodeModel three = new RocAnalysisNodeFactory().createNodeModel();
        configureSettings(three, "outcome_column", "her2_status", "positive_class", "HER2-over");
        Exception e = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(three, demoTable()));
        assertTrue(e.getMessage().contains("'her2_status' is not binary"), e.getMessage());

        final ResultTable oneClass = ResultTable.builder(ResultTable.text("y"), ResultTable.real("s"))
            .row("pos", 1.0).row("pos", 2.0).row("pos", 3.0).build();
        final RocAnalysisNodeModel single = new RocAnalysisNodeFactory().createNodeModel();
        configureSettings(single, "outcome_column", "y", "positive_class", "pos");
        e = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(single, table(oneClass)));
        assertTrue(e.getMessage().contains("only one class"), e.getMessage());

        final ResultTable tiny = ResultTable.builder(ResultTable.text("y"), ResultTable.real("s"))
            .row("pos", 1.0).row("neg", 2.0).row("neg", 3.0).row("pos", null).build();
        final RocAnalysisNodeModel small = new RocAnalysisNodeFactory().createNodeModel();
        configureSettings(small, "outcome_column", "y", "positive_class", "pos");
        e = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(small, table(tiny)));
        assertTrue(e.getMessage().contains("'s'") && e.getMessage().contains("at least 2"), e.getMessage());
    }

    @Test
    void constantScoreGivesHalfWithAWarning() throws Exception {
        final ResultTable constant = ResultTable.builder(ResultTable.text("y"), ResultTable.real("s"))
            .row("pos", 1.0).row("neg", 1.0).row("neg", 1.0).row("pos", 1.0).build();
        final RocAnalysisNodeModel m = new RocAnalysisNodeFactory().createNodeModel();
        configureSettings(m, "outcome_column", "y", "positive_class", "pos");
        final BufferedDataTable summary = (BufferedDataTable)NodeModelTestDriver.execute(m, table(constant))[0];
        assertEquals(0.5, doubles(summary, "auc")[0]);
        assertEquals(0.0, doubles(summary, "auc_se")[0]);
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("constant"), NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void executionCanBeCancelled() throws Exception {
        final RocAnalysisNodeModel m = demoModel();
        assertThrows(CanceledExecutionException.class,
            () -> NodeModelTestDriver.execute(m, NodeModelTestDriver.cancelledAfter(2), demoTable()));
    }

    @Test
    void theDemoTableHelperKeepsMissingEndpoints() {
        assertEquals(60L, texts(NodeTestSupport.demoTable(), "low_vs_over").stream().filter(v -> v == null).count());
    }
}
