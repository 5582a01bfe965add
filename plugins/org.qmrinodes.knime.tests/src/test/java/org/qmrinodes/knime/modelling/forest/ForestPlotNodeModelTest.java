package org.qmrinodes.knime.modelling.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSvgOfWidth;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.png;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.knime.modelling.logistic.LogisticRegressionNodeFactory;

class ForestPlotNodeModelTest {

    /** @return the coefficient table of the Logistic Regression node on the nomogram data */
    private static BufferedDataTable coefficients(final boolean univariable) throws Exception {
        final NodeModel m = new LogisticRegressionNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("outcome_column", "y");
        s.addString("positive_class", "1");
        s.addString("categorical_predictors", "grade");
        final NodeSettings filter = s.getNodeSettings("numeric_predictors");
        filter.addStringArray("included_names", "age", "size");
        filter.addStringArray("excluded_names");
        filter.addString("enforce_option", "EnforceInclusion");
        s.addBoolean("univariable", univariable);
        NodeModelTestDriver.loadSettings(m, s);
        final BufferedDataTable data = table(CsvTable.read(CsvTable.validationDir().resolve("evaluation/data_nomogram.csv")),
            Set.of("grade", "y"));
        return (BufferedDataTable)NodeModelTestDriver.execute(m, data)[1];
    }

    private static ForestPlotNodeModel node(final String... keyValues) throws Exception {
        final ForestPlotNodeModel m = new ForestPlotNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i].equals("log_odds")) {
                s.addBoolean(keyValues[i], Boolean.parseBoolean(keyValues[i + 1]));
            } else if (keyValues[i].equals("plot_width")) {
                s.addInt(keyValues[i], Integer.parseInt(keyValues[i + 1]));
            } else {
                s.addString(keyValues[i], keyValues[i + 1]);
            }
        }
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    /** @return the rows of column {@code column} of {@code table} whose term is not the intercept */
    private static List<Double> withoutIntercept(final BufferedDataTable table, final String column) {
        final List<String> terms = texts(table, "term");
        final double[] v = doubles(table, column);
        final List<Double> out = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            if (!terms.get(i).equals("(Intercept)")) {
                out.add(v[i]);
            }
        }
        return out;
    }

    private static final List<String> PANELS = List.of("Univariable", "Univariable", "Univariable", "Univariable",
        "Multivariable", "Multivariable", "Multivariable", "Multivariable");

    @Test
    void plotsBothPanelsOfAUnivariableLogisticRegressionWithTheDefaultColumns(@TempDir final Path dir) throws Exception {
        final BufferedDataTable univariable = coefficients(true);
        final Path svg = dir.resolve("forest.svg");
        final ForestPlotNodeModel m = node("svg_file", svg.toString(), "plot_width", "900");
        final PortObjectSpec[] specs = NodeModelTestDriver.configure(m, univariable.getDataTableSpec(), null);
        final PortObject[] out = NodeModelTestDriver.execute(m, univariable, null);
        final BufferedDataTable numbers = (BufferedDataTable)out[0];
        assertEquals(specs[0], numbers.getDataTableSpec());
        assertEquals(List.of("age", "size", "grade=G2", "grade=G3", "age", "size", "grade=G2", "grade=G3"),
            texts(numbers, "term"));
        assertEquals(PANELS, texts(numbers, "panel"));
        for (final String[] c : new String[][] {{"estimate", "odds_ratio"}, {"lower", "or_ci_lower"},
            {"upper", "or_ci_upper"}, {"p_value", "p_value"}}) {
            assertEquals(withoutIntercept(univariable, c[1]), java.util.Arrays.stream(doubles(numbers, c[0])).boxed()
                .toList(), c[0]);
        }
        final BufferedImage image = png(out[1]);
        assertEquals(900, image.getWidth());
        assertSvgOfWidth(svg, 900);
    }

    @Test
    void aSecondInputGivesTheMultivariablePanel() throws Exception {
        final BufferedDataTable univariable = coefficients(true);
        final BufferedDataTable multivariable = coefficients(false);
        final PortObject[] out = NodeModelTestDriver.execute(node(), univariable, multivariable);
        final BufferedDataTable numbers = (BufferedDataTable)out[0];
        assertEquals(PANELS, texts(numbers, "panel"));
        final List<Double> expected = new ArrayList<>(withoutIntercept(univariable, "odds_ratio").subList(0, 4));
        expected.addAll(withoutIntercept(multivariable, "odds_ratio"));
        assertEquals(expected, java.util.Arrays.stream(doubles(numbers, "estimate")).boxed().toList());
        assertEquals(1200, png(out[1]).getWidth());
    }

    @Test
    void logOddsAreExponentiated() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.text("name"), ResultTable.real("b"),
            ResultTable.real("lo"), ResultTable.real("hi")).row("(Intercept)", -1.0, -2.0, 0.0)
            .row("age", Math.log(2), Math.log(1.5), Math.log(3)).row("grade=G1", null, null, null).build());
        final ForestPlotNodeModel m = node("log_odds", "true", "term_column", "name", "estimate_column", "b",
            "lower_column", "lo", "upper_column", "hi", "p_column", "", "first_panel_title", "Model");
        final PortObject[] out = NodeModelTestDriver.execute(m, in, null);
        final BufferedDataTable numbers = (BufferedDataTable)out[0];
        assertEquals(List.of("age", "grade=G1"), texts(numbers, "term"));
        assertEquals(2.0, doubles(numbers, "estimate")[0], 1e-12);
        assertEquals(1.5, doubles(numbers, "lower")[0], 1e-12);
        assertEquals(3.0, doubles(numbers, "upper")[0], 1e-12);
        assertTrue(Double.isNaN(doubles(numbers, "estimate")[1]), "the reference row has no estimate");
        assertTrue(Double.isNaN(doubles(numbers, "p_value")[0]));
        assertEquals(1200, png(out[1]).getWidth());
    }

    @Test
    void aNegativeRatioIsRefusedNamingRowAndColumn() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.text("term"), ResultTable.real("odds_ratio"),
            ResultTable.real("or_ci_lower"), ResultTable.real("or_ci_upper"), ResultTable.real("p_value"))
            .row("age", -0.7, -1.0, 0.2, 0.3).build());
        final InvalidDataException e =
            assertThrows(InvalidDataException.class, () -> NodeModelTestDriver.execute(node(), in, null));
        assertTrue(e.getMessage().contains("Row 1 ('age')") && e.getMessage().contains("'odds_ratio'")
            && e.getMessage().contains("log odds"), e.getMessage());
    }

    @Test
    void aMissingColumnIsNamedAtConfigure() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.text("term"), ResultTable.real("x")).build());
        final Exception e = assertThrows(org.knime.core.node.InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node(), in.getDataTableSpec(), null));
        assertTrue(e.getMessage().contains("'odds_ratio' is not in the first input"), e.getMessage());
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("log_odds", "true", "effect_name", "HR"),
            new ForestPlotNodeFactory().createNodeModel());
    }
}
