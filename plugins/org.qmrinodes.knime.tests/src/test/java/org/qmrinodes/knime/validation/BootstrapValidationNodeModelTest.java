package org.qmrinodes.knime.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObjectSpec;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.testing.CsvTable;

class BootstrapValidationNodeModelTest {

    private static final Path EVALUATION = CsvTable.validationDir().resolve("evaluation");

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

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node(200, 4, "x1"), new BootstrapValidationNodeFactory().createNodeModel());
    }
}
