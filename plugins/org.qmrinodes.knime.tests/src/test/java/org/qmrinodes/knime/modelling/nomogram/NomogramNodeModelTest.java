package org.qmrinodes.knime.modelling.nomogram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.column;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.core.model.PredictorColumn;
import org.qmrinodes.core.stats.regression.LogisticOptions;
import org.qmrinodes.core.stats.regression.LogisticRegression;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.knime.common.NodeTestSupport;

/**
 * The Nomogram node against R {@code rms::nomogram(lrm(y ~ age + size + grade), fun = plogis)}
 * ({@code validation/evaluation/nomogram_points.csv}, made by {@code make_evaluation_golden.R} from
 * {@code data_nomogram.csv}), its scores against the logistic model's fitted probabilities, and bad input.
 */
class NomogramNodeModelTest {

    /** As {@code NomogramCommandTest}: lrm stops iterating earlier than the full-convergence fit. */
    private static final double POINTS_TOLERANCE = 1e-7;

    private static final Path EVALUATION = CsvTable.validationDir().resolve("evaluation");

    @TempDir
    Path tmp;

    private static NomogramNodeModel node(final String svg, final boolean linearPredictor) throws InvalidSettingsException {
        final NomogramNodeModel m = new NomogramNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("outcome_column", "y");
        s.addString("positive_class", "1");
        final NodeSettings filter = s.getNodeSettings("numeric_predictors");
        filter.addStringArray("included_names", "age", "size");
        filter.addStringArray("excluded_names");
        filter.addString("enforce_option", "EnforceInclusion");
        s.addString("categorical_predictors", "grade");
        s.addBoolean("linear_predictor_axis", linearPredictor);
        s.addString("svg_file", svg);
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    private static CsvTable data() {
        return CsvTable.read(EVALUATION.resolve("data_nomogram.csv"));
    }

    private static BufferedDataTable input() {
        return table(data(), Set.of("y", "grade"));
    }

    @Test
    void pointsOfEveryAxisAsRmsNomogram() throws Exception {
        final NomogramNodeModel m = node("", false);
        final BufferedDataTable in = input();
        final PortObjectSpec[] specs = NodeModelTestDriver.configure(m, in.getDataTableSpec());
        final PortObject[] out = NodeModelTestDriver.execute(m, in);
        final BufferedDataTable points = (BufferedDataTable)out[0];
        assertEquals(specs[0], points.getDataTableSpec());
        assertEquals(specs[1], ((BufferedDataTable)out[1]).getDataTableSpec());
        final CsvTable golden = CsvTable.read(EVALUATION.resolve("nomogram_points.csv"));
        final List<Integer> rows = new ArrayList<>();
        for (int k = 0; k < golden.size(); k++) {
            if (!golden.text(k, "axis").equals("Linear Predictor")) {
                rows.add(k);
            }
        }
        final List<String> axis = texts(points, "axis");
        final List<String> value = texts(points, "value");
        final double[] actual = doubles(points, "points");
        assertEquals(rows.size(), points.size());
        for (int i = 0; i < rows.size(); i++) {
            final int k = rows.get(i);
            final String at = golden.text(k, "axis") + " " + golden.text(k, "value");
            assertEquals(golden.text(k, "axis"), axis.get(i), at);
            if (axis.get(i).equals("grade")) {
                assertEquals(golden.text(k, "value"), value.get(i), at);
            } else {
                assertEquals(golden.number(k, "value"), Double.parseDouble(value.get(i)), 1e-12, at);
            }
            assertEquals(golden.number(k, "points"), actual[i], POINTS_TOLERANCE, at + " points");
        }
        final java.awt.image.BufferedImage image = NodeTestSupport.png(out[2]);
        assertEquals(1200, image.getWidth());
    }

    @Test
    void theLinearPredictorAxisOnRequest() throws Exception {
        final BufferedDataTable points = (BufferedDataTable)NodeModelTestDriver.execute(node("", true), input())[0];
        final CsvTable golden = CsvTable.read(EVALUATION.resolve("nomogram_points.csv"));
        final long lpTicks = golden.texts("axis").stream().filter("Linear Predictor"::equals).count();
        assertTrue(lpTicks > 0);
        assertEquals(lpTicks, texts(points, "axis").stream().filter("Linear Predictor"::equals).count());
        assertEquals("Linear Predictor", texts(points, "axis").get((int)points.size() - 1));
    }

    @Test
    void everyRowsProbabilityIsTheLogisticModelsFittedProbability() throws Exception {
        final CsvTable csv = data();
        final BufferedDataTable scores = (BufferedDataTable)NodeModelTestDriver.execute(node("", false), input())[1];
        final List<PredictorColumn> predictors = List.of(new PredictorColumn.Numeric("age", csv.numbers("age")),
            new PredictorColumn.Numeric("size", csv.numbers("size")),
            new PredictorColumn.Categorical("grade", csv.texts("grade")));
        final LinearPredictorModel model = LogisticRegression.fit(BinaryOutcome.of("y", csv.texts("y"), "1"), predictors,
            LogisticOptions.defaults().withProfileIntervals(false).withReferenceLevels(Map.of("grade", "G1"))).model();
        final double[] eta = model.linearPredictors(predictors);
        final double[] probability = doubles(scores, NomogramNodeModel.PROBABILITY);
        final double[] points = doubles(scores, NomogramNodeModel.TOTAL_POINTS);
        assertEquals(csv.size(), scores.size());
        for (int i = 0; i < eta.length; i++) {
            assertEquals(LinearPredictorModel.probability(eta[i]), probability[i], 1e-12, "row " + i);
            assertTrue(points[i] >= 0, "row " + i);
        }
    }

    @Test
    void aRowWithAMissingPredictorGetsMissingScores() throws Exception {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("y"), ResultTable.real("age"),
            ResultTable.real("size"), ResultTable.text("grade"));
        final CsvTable csv = data();
        for (int i = 0; i < csv.size(); i++) {
            b.row(csv.text(i, "y"), i == 3 ? Double.NaN : csv.number(i, "age"), csv.number(i, "size"),
                csv.text(i, "grade"));
        }
        final NomogramNodeModel m = node("", false);
        final BufferedDataTable scores = (BufferedDataTable)NodeModelTestDriver.execute(m, table(b.build()))[1];
        assertTrue(column(scores, NomogramNodeModel.TOTAL_POINTS).get(3).isMissing());
        assertTrue(column(scores, NomogramNodeModel.PROBABILITY).get(3).isMissing());
        assertTrue(!column(scores, NomogramNodeModel.PROBABILITY).get(2).isMissing());
    }

    @Test
    void writesTheSameFigureAsSvgWhenAFileIsSet() throws Exception {
        final Path svg = tmp.resolve("nomogram.svg");
        NodeModelTestDriver.execute(node(svg.toString(), false), input());
        assertTrue(Files.isRegularFile(svg));
        NodeTestSupport.assertSvgOfWidth(svg, 1200);
    }

    @Test
    void badSettingsAreRefusedAtConfigureNamingTheColumn() throws Exception {
        final NomogramNodeModel m = node("", false);
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("categorical_predictors", "stage");
        NodeModelTestDriver.loadSettings(m, s);
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(m, input().getDataTableSpec()));
        assertTrue(e.getMessage().contains("'stage'"), e.getMessage());
        final NomogramNodeModel folder = node(tmp.resolve("absent/n.svg").toString(), false);
        assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(folder, input().getDataTableSpec()));
    }

    @Test
    void settingsSurviveAWorkflowSave() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("", true), new NomogramNodeFactory().createNodeModel());
    }
}
