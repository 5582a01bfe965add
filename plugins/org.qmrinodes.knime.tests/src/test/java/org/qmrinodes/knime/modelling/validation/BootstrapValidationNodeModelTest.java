package org.qmrinodes.knime.modelling.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObjectSpec;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.testing.CsvTable;

class BootstrapValidationNodeModelTest {

    private static final Path EVALUATION = CsvTable.validationDir().resolve("evaluation");
    private static final List<String> NEW_KEYS =
        List.of("model_building", "lasso_folds", "lasso_lambda_rule", "lasso_cv_measure", "lasso_seed");

    private static BootstrapValidationNodeModel node(final int resamples, final int seed, final String... predictors)
        throws InvalidSettingsException {
        final BootstrapValidationNodeModel m = new BootstrapValidationNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("outcome_column", "y");
        s.addString("positive_class", "1");
        final NodeSettings filter = s.getNodeSettings("numeric_predictors");
        filter.addStringArray("included_names", predictors);
        filter.addStringArray("excluded_names");
        filter.addString("enforce_option", "EnforceInclusion");
        s.addInt("resamples", resamples);
        s.addInt("seed", seed);
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    private static BufferedDataTable development() {
        return table(CsvTable.read(EVALUATION.resolve("data_development.csv")), Set.of("y"));
    }

    /** @return validate_resamples.csv (no header) as a table of one row per resample */
    private static BufferedDataTable rResamples() throws Exception {
        final List<String> lines = Files.readAllLines(EVALUATION.resolve("validate_resamples.csv"));
        final int width = lines.get(0).split(",").length;
        final ResultTable.Column[] columns = new ResultTable.Column[width];
        for (int c = 0; c < width; c++) {
            columns[c] = ResultTable.real("draw" + (c + 1));
        }
        final ResultTable.Builder b = ResultTable.builder(columns);
        for (final String line : lines) {
            if (!line.isBlank()) {
                b.row((Object[])java.util.Arrays.stream(line.split(",")).map(Double::valueOf).toArray(Double[]::new));
            }
        }
        return table(b.build());
    }

    @Test
    void reproducesRmsValidateOnTheResamplesRDrew() throws Exception {
        final BufferedDataTable in = development();
        final BufferedDataTable indices = rResamples();
        final BootstrapValidationNodeModel m = node(5, 1, "x1", "x2", "x3", "x4", "x5", "x6");
        final PortObjectSpec[] specs = NodeModelTestDriver.configure(m, in.getDataTableSpec(), indices.getDataTableSpec());
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in, indices)[0];
        assertEquals(specs[0], out.getDataTableSpec());
        assertMatchesRmsValidate(out);
    }

    @Test
    void settingsOfAWorkflowMadeBeforeTheLassoPipelineStillValidateTheLogisticModel() throws Exception {
        final NodeSettings old = NodeModelTestDriver.saveSettings(node(5, 1, "x1", "x2", "x3", "x4", "x5", "x6"));
        for (final String key : NEW_KEYS) {
            assertTrue(old.removeConfig(key) != null, key);
        }
        final BootstrapValidationNodeModel m = new BootstrapValidationNodeFactory().createNodeModel();
        NodeModelTestDriver.loadSettings(m, old);
        assertEquals(BootstrapValidationSettings.LOGISTIC, NodeModelTestDriver.saveSettings(m).getString("model_building"));
        assertMatchesRmsValidate((BufferedDataTable)NodeModelTestDriver.execute(m, development(), rResamples())[0]);
    }

    private static void assertMatchesRmsValidate(final BufferedDataTable out) {
        final CsvTable golden = CsvTable.read(EVALUATION.resolve("validate_lrm.csv"));
        assertEquals(golden.size(), out.size());
        final List<String> index = texts(out, "index");
        for (int i = 0; i < golden.size(); i++) {
            final String name = golden.text(i, "index");
            assertEquals(name.equals("B") ? "Brier" : name, index.get(i));
            for (final String c : List.of("apparent", "optimism", "corrected", "training", "test", "n")) {
                final double expected = golden.number(i, c);
                assertEquals(expected, doubles(out, c)[i], 1e-7 * Math.abs(expected) + 1e-12, name + " " + c);
            }
        }
    }

    @Test
    void seededResamplesAreReproducibleAndCountedPerIndex() throws Exception {
        final BufferedDataTable in = development();
        final BufferedDataTable a = (BufferedDataTable)NodeModelTestDriver.execute(node(30, 9, "x1", "x2"), in, null)[0];
        final BufferedDataTable b = (BufferedDataTable)NodeModelTestDriver.execute(node(30, 9, "x1", "x2"), in, null)[0];
        assertEquals(java.util.Arrays.toString(doubles(a, "corrected")), java.util.Arrays.toString(doubles(b, "corrected")));
        assertEquals(30.0, doubles(a, "n")[0]);
    }

    @Test
    void failedResamplesAreCountedInTheWarning() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.text("y"), ResultTable.real("x"))
            .row("1", 0.3).row("0", 0.1).row("1", 0.2).row("0", 0.5).row("1", 0.9).row("0", 0.4).build());
        final BufferedDataTable indices = table(ResultTable.builder(ResultTable.real("a"), ResultTable.real("b"),
            ResultTable.real("c"), ResultTable.real("d"), ResultTable.real("e"), ResultTable.real("f"))
            .row(1.0, 1.0, 3.0, 3.0, 5.0, 5.0).row(1.0, 2.0, 3.0, 4.0, 5.0, 6.0).build());
        final BootstrapValidationNodeModel m = node(5, 1, "x");
        NodeModelTestDriver.execute(m, in, indices);
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("1 of 2 resamples failed"),
            NodeModelTestDriver.warningMessage(m));
    }

    /**
     * n = 80 cases, one real predictor among 15 noise features: the LASSO selects some noise on every
     * resample, so the selected model does better on its own resample than on the original rows.
     */
    private static BufferedDataTable noiseFeatures() {
        final SplittableRandom random = new SplittableRandom(20261202);
        final ResultTable.Column[] columns = new ResultTable.Column[17];
        columns[0] = ResultTable.text("y");
        for (int j = 1; j < columns.length; j++) {
            columns[j] = ResultTable.real("f" + j);
        }
        final ResultTable.Builder b = ResultTable.builder(columns);
        for (int i = 0; i < 80; i++) {
            final Object[] row = new Object[columns.length];
            for (int j = 1; j < columns.length; j++) {
                row[j] = gaussian(random);
            }
            final double p = 1 / (1 + Math.exp(-0.8 * (Double)row[1]));
            row[0] = random.nextDouble() < p ? "1" : "0";
            b.row(row);
        }
        return table(b.build());
    }

    private static double gaussian(final SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static BootstrapValidationNodeModel lassoPipeline(final int resamples) throws InvalidSettingsException {
        final String[] features = java.util.stream.IntStream.rangeClosed(1, 16).mapToObj(j -> "f" + j)
            .toArray(String[]::new);
        final BootstrapValidationNodeModel m = node(resamples, 3, features);
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("model_building", BootstrapValidationSettings.LASSO_PIPELINE);
        s.addInt("lasso_folds", 5);
        s.addInt("lasso_seed", 11);
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    @Test
    void theLassoPipelineOnNoiseFeaturesIsOptimistic() throws Exception {
        final BufferedDataTable in = noiseFeatures();
        final BufferedDataTable lasso = (BufferedDataTable)NodeModelTestDriver.execute(lassoPipeline(25), in, null)[0];
        final String[] features = java.util.stream.IntStream.rangeClosed(1, 16).mapToObj(j -> "f" + j)
            .toArray(String[]::new);
        final BufferedDataTable logistic = (BufferedDataTable)NodeModelTestDriver.execute(node(25, 3, features), in,
            null)[0];
        final int dxy = texts(lasso, "index").indexOf("Dxy");
        final int c = texts(lasso, "index").indexOf("C");
        assertTrue(doubles(lasso, "optimism")[dxy] > 0.02, "Dxy optimism " + doubles(lasso, "optimism")[dxy]);
        assertTrue(doubles(lasso, "corrected")[c] < doubles(lasso, "apparent")[c]);
        final double counted = doubles(lasso, "n")[dxy];
        assertTrue(counted > 20 && counted <= 25, "resamples counted for Dxy: " + counted);
        assertTrue(doubles(lasso, "apparent")[dxy] < doubles(logistic, "apparent")[dxy],
            "the penalised model on the original rows is not the maximum-likelihood fit");
    }

    @Test
    void resamplingReportsProgressAndStopsWhenCancelled() throws Exception {
        final BufferedDataTable in = development();
        final ExecutionContext one = NodeModelTestDriver.newExecutionContext();
        NodeModelTestDriver.execute(node(1, 1, "x1", "x2"), one, in, null);
        final ExecutionContext forty = NodeModelTestDriver.newExecutionContext();
        NodeModelTestDriver.execute(node(40, 1, "x1", "x2"), forty, in, null);
        final int checks = NodeModelTestDriver.cancelCheckCount(one);
        assertEquals(checks + 39, NodeModelTestDriver.cancelCheckCount(forty), "one cancel check per resample");
        assertThrows(CanceledExecutionException.class,
            () -> NodeModelTestDriver.execute(node(40, 1, "x1", "x2"), NodeModelTestDriver.cancelledAfter(checks + 5), in,
                null));
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node(200, 4, "x1"), new BootstrapValidationNodeFactory().createNodeModel());
    }
}
