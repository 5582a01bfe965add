package org.qmrinodes.knime.modelling.lasso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;
import static org.qmrinodes.knime.common.NodeTestSupport.demoTable;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.image.ImagePortObject;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.knime.common.NodeTestSupport;
import org.qmrinodes.knime.ports.QmriModelPortObject;
import org.qmrinodes.knime.modelling.predictor.LogisticPredictorNodeFactory;
import org.qmrinodes.knime.modelling.radscore.RadScorePredictorNodeFactory;

/**
 * The LASSO Logistic Learner and Rad-score Predictor nodes, checked through the nodes against the R
 * glmnet 4.1-6 golden values of {@code validation/lasso/} (made by {@code make_lasso_golden.R}):
 * lambdas to 1e-8 relative, coefficients to 1e-5 absolute, CV mean and SD to 1e-5 relative, the
 * same non-zero counts, lambda.min and lambda.1se.
 */
class LassoNodesTest {

    private static final Path LASSO = CsvTable.validationDir().resolve("lasso");
    private static final CsvTable INDEX = CsvTable.read(LASSO.resolve("data/datasets.csv"));

    private static CsvTable golden(final String dataset, final String kind) {
        return CsvTable.read(LASSO.resolve("golden").resolve(dataset + "_" + kind + ".csv"));
    }

    private static CsvTable data(final String dataset) {
        return CsvTable.read(LASSO.resolve("data").resolve(INDEX.text(INDEX.texts("dataset").indexOf(dataset), "file")));
    }

    /** A learner set up as the golden script ran cv.glmnet: the data set's fold ids, positive class and alpha. */
    private static NodeModel learner(final String dataset, final String rule) throws Exception {
        final int row = INDEX.texts("dataset").indexOf(dataset);
        final NodeModel m = new LassoLearnerNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("outcome_column", "outcome");
        s.addString("positive_class", INDEX.text(row, "positive"));
        s.addString("fold_id_column", "fold");
        s.addDouble("alpha", INDEX.number(row, "alpha"));
        s.addString("lambda_rule", rule);
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    private static PortObject[] run(final String dataset, final String rule) throws Exception {
        final NodeModel m = learner(dataset, rule);
        final BufferedDataTable in = NodeTestSupport.table(data(dataset));
        NodeModelTestDriver.configure(m, in.getDataTableSpec());
        return NodeModelTestDriver.execute(m, in);
    }

    @TestFactory
    Stream<DynamicTest> learnerAgreesWithGlmnetThroughTheNode() {
        return INDEX.texts("dataset").stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            final PortObject[] out = run(name, "lambda.min");
            final CsvTable cv = golden(name, "cv");
            final CsvTable choice = golden(name, "choice");
            final BufferedDataTable curve = (BufferedDataTable)out[2];
            assertEquals(cv.size(), curve.size(), name + " number of lambdas");
            final double[] lambda = doubles(curve, "lambda");
            final double[] cvMean = doubles(curve, "cv_mean");
            final double[] cvSd = doubles(curve, "cv_sd");
            final double[] nonzero = doubles(curve, "nonzero");
            for (int s = 0; s < cv.size(); s++) {
                assertRelative(cv.number(s, "lambda"), lambda[s], 1e-8, 0, name + " lambda " + (s + 1));
                assertRelative(cv.number(s, "cvm"), cvMean[s], 1e-5, 0, name + " cvm " + (s + 1));
                assertRelative(cv.number(s, "cvsd"), cvSd[s], 1e-5, 0, name + " cvsd " + (s + 1));
                assertEquals(cv.number(s, "nzero"), nonzero[s], name + " nzero " + (s + 1));
            }
            final List<String> chosen = texts(curve, "chosen");
            final int indexMin = (int)choice.number(0, "index_min") - 1;
            final int index1se = (int)choice.number(0, "index_1se") - 1;
            assertTrue(chosen.get(indexMin).contains("lambda.min"), name + " lambda.min row " + chosen);
            assertTrue(chosen.get(index1se).contains("lambda.1se"), name + " lambda.1se row " + chosen);
            assertRelative(choice.number(0, "lambda_min"), lambda[indexMin], 1e-8, 0, name + " lambda.min");

            final CsvTable coef = golden(name, "coef");
            final List<String> expectedTerms = new ArrayList<>();
            for (int r = 0; r < coef.size(); r++) {
                if (r == 0 || coef.number(r, "coef_lambda_min") != 0) {
                    expectedTerms.add(coef.text(r, "term"));
                }
            }
            final BufferedDataTable coefficients = (BufferedDataTable)out[1];
            final List<String> terms = texts(coefficients, "term");
            assertEquals(expectedTerms, terms, name + " selected terms at lambda.min");
            final double[] atMin = doubles(coefficients, "coef_lambda_min");
            final double[] at1se = doubles(coefficients, "coef_lambda_1se");
            final double[] chosenCoef = doubles(coefficients, "coefficient");
            final List<String> goldenTerms = coef.texts("term");
            for (int r = 0; r < terms.size(); r++) {
                final int g = goldenTerms.indexOf(terms.get(r));
                assertEquals(coef.number(g, "coef_lambda_min"), atMin[r], 1e-5, name + " " + terms.get(r));
                assertEquals(coef.number(g, "coef_lambda_1se"), at1se[r], 1e-5, name + " " + terms.get(r) + " 1se");
                assertEquals(atMin[r], chosenCoef[r], 0.0, "chosen = lambda.min");
            }

            final LinearPredictorModel model = assertInstanceOf(QmriModelPortObject.class, out[0]).model();
            assertEquals(expectedTerms.subList(1, expectedTerms.size()), model.coding().terms());
            assertEquals(coef.number(0, "coef_lambda_min"), model.intercept(), 1e-5, name + " intercept");
            final double[] b = model.coefficients();
            for (int j = 0; j < b.length; j++) {
                assertEquals(coef.number(goldenTerms.indexOf(expectedTerms.get(j + 1)), "coef_lambda_min"), b[j], 1e-5,
                    name + " model " + expectedTerms.get(j + 1));
            }
            assertRelative(choice.number(0, "lambda_min"), Double.parseDouble(model.conventions().get("lambda")), 1e-8,
                0, name + " model lambda");
            assertRelative(choice.number(0, "lambda_1se"), Double.parseDouble(model.conventions().get("lambda_1se")),
                1e-8, 0, name + " model lambda.1se");
            assertEquals("lambda.min", model.conventions().get("lambda_rule"));
            assertEquals("deviance", model.conventions().get("cv_measure"));
            assertEquals("fold-id column 'fold'", model.conventions().get("fold_assignment"));
            assertEquals(INDEX.text(INDEX.texts("dataset").indexOf(name), "positive"), model.positiveClass());

            final ImagePortObject image = assertInstanceOf(ImagePortObject.class, out[3]);
            final byte[] png = ((PNGImageValue)image.toDataCell()).getImageContent().getByteArray();
            assertEquals(LassoLearnerNodeModel.PLOT_WIDTH, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
        }));
    }

    @Test
    void lambda1seRuleGivesTheSparserGlmnetModel() throws Exception {
        final PortObject[] out = run("moderate", "lambda.1se");
        final CsvTable coef = golden("moderate", "coef");
        final List<String> expected = new ArrayList<>();
        for (int r = 1; r < coef.size(); r++) {
            if (coef.number(r, "coef_lambda_1se") != 0) {
                expected.add(coef.text(r, "term"));
            }
        }
        final LinearPredictorModel model = ((QmriModelPortObject)out[0]).model();
        assertEquals(expected, model.coding().terms());
        assertEquals(coef.number(0, "coef_lambda_1se"), model.intercept(), 1e-5);
        assertRelative(golden("moderate", "choice").number(0, "lambda_1se"),
            doubles((BufferedDataTable)out[1], "lambda")[0], 1e-8, 0, "chosen lambda");
        assertEquals(List.of("lambda.1se"), texts((BufferedDataTable)out[1], "lambda_rule").stream().distinct().toList());
    }

    @Test
    void modelPortSavesAndLoadsIdentically() throws Exception {
        final QmriModelPortObject port = (QmriModelPortObject)run("radiomics", "lambda.min")[0];
        final QmriModelPortObject loaded = NodeTestSupport.saveAndLoad(port);
        assertNotSame(port, loaded);
        assertEquals(port.getSpec(), loaded.getSpec());
        assertEquals(port.model(), loaded.model(), "identical doubles, features and conventions");
    }

    /** η per row from the golden lambda.min coefficients, and the bound that their 1e-5 agreement allows. */
    private static double[][] goldenLinearPredictor(final String dataset) {
        final CsvTable data = data(dataset);
        final CsvTable coef = golden(dataset, "coef");
        final double[] eta = new double[data.size()];
        final double[] bound = new double[data.size()];
        for (int i = 0; i < eta.length; i++) {
            eta[i] = coef.number(0, "coef_lambda_min");
            bound[i] = 1e-5;
            for (int r = 1; r < coef.size(); r++) {
                final double b = coef.number(r, "coef_lambda_min");
                if (b != 0) {
                    final double x = data.number(i, coef.text(r, "term"));
                    eta[i] += b * x;
                    bound[i] += 1e-5 * Math.abs(x);
                }
            }
        }
        return new double[][] {eta, bound};
    }

    private static NodeModel radScorePredictor(final boolean withIntercept, final boolean probability)
        throws Exception {
        final NodeModel m = new RadScorePredictorNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addBoolean("with_intercept", withIntercept);
        s.addBoolean("append_probability", probability);
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    @Test
    void radScoreIsTheLinearPredictorOfTheGoldenCoefficients() throws Exception {
        final QmriModelPortObject port = (QmriModelPortObject)run("moderate", "lambda.min")[0];
        final BufferedDataTable cases = NodeTestSupport.table(data("moderate"));
        final double[][] expected = goldenLinearPredictor("moderate");
        final double intercept = golden("moderate", "coef").number(0, "coef_lambda_min");

        final NodeModel with = radScorePredictor(true, true);
        NodeModelTestDriver.configure(with, port.getSpec(), cases.getDataTableSpec());
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(with, port, cases)[0];
        final double[] score = doubles(out, "rad_score");
        final double[] p = doubles(out, "P(outcome=event)");
        final BufferedDataTable plain =
            (BufferedDataTable)NodeModelTestDriver.execute(radScorePredictor(false, false), port, cases)[0];
        final double[] withoutIntercept = doubles(plain, "rad_score");
        assertEquals(cases.getDataTableSpec().getNumColumns() + 1, plain.getDataTableSpec().getNumColumns());
        for (int i = 0; i < score.length; i++) {
            assertEquals(expected[0][i], score[i], expected[1][i], "row " + i);
            assertEquals(expected[0][i] - intercept, withoutIntercept[i], expected[1][i], "row " + i + " no intercept");
            assertEquals(1 / (1 + Math.exp(-expected[0][i])), p[i], expected[1][i] / 4, "row " + i + " probability");
        }
        assertNull(NodeModelTestDriver.warningMessage(with));

        final NodeModel logistic = new LogisticPredictorNodeFactory().createNodeModel();
        final double[] viaLogisticPredictor = doubles(
            (BufferedDataTable)NodeModelTestDriver.execute(logistic, port, cases)[0], "P(outcome=event)");
        for (int i = 0; i < p.length; i++) {
            assertEquals(p[i], viaLogisticPredictor[i], 1e-15, "Logistic Predictor applies the LASSO model, row " + i);
        }
    }

    @Test
    void missingFeatureValuesGiveMissingScoresAndAWarning() throws Exception {
        final QmriModelPortObject port = (QmriModelPortObject)run("moderate", "lambda.min")[0];
        final String feature = port.getSpec().predictorColumns().get(0);
        final BufferedDataTable cases = NodeTestSupport.table(data("moderate"));
        final int column = cases.getDataTableSpec().findColumnIndex(feature);
        final List<DataRow> rows = new ArrayList<>(NodeModelTestDriver.rows(cases));
        for (final int r : new int[] {3, 17}) {
            final DataCell[] cells = new DataCell[rows.get(r).getNumCells()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = c == column ? DataType.getMissingCell() : rows.get(r).getCell(c);
            }
            rows.set(r, new DefaultRow(rows.get(r).getKey(), cells));
        }
        final NodeModel m = radScorePredictor(true, true);
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, port,
            NodeModelTestDriver.table(cases.getDataTableSpec(), rows))[0];
        final double[] score = doubles(out, "rad_score");
        final double[] p = doubles(out, "P(outcome=event)");
        for (int i = 0; i < score.length; i++) {
            assertEquals(i == 3 || i == 17, Double.isNaN(score[i]), "row " + i);
            assertEquals(i == 3 || i == 17, Double.isNaN(p[i]), "row " + i);
        }
        assertTrue(NodeModelTestDriver.warningMessage(m).startsWith("2 of 300 rows"),
            NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void missingFeatureColumnAtPredictionIsAnErrorNamingIt() throws Exception {
        final QmriModelPortObject port = (QmriModelPortObject)run("moderate", "lambda.min")[0];
        final String feature = port.getSpec().predictorColumns().get(1);
        final CsvTable data = data("moderate");
        final org.qmrinodes.core.data.ResultTable.Builder b = org.qmrinodes.core.data.ResultTable.builder(
            data.header().stream().filter(h -> !h.equals(feature))
                .map(h -> h.equals("outcome") ? org.qmrinodes.core.data.ResultTable.text(h)
                    : org.qmrinodes.core.data.ResultTable.real(h))
                .toArray(org.qmrinodes.core.data.ResultTable.Column[]::new));
        for (int r = 0; r < data.size(); r++) {
            final int row = r;
            b.row(data.header().stream().filter(h -> !h.equals(feature))
                .map(h -> h.equals("outcome") ? (Object)data.text(row, h) : (Object)data.number(row, h)).toArray());
        }
        final BufferedDataTable without = NodeTestSupport.table(b.build());
        final NodeModel m = radScorePredictor(true, false);
        final InvalidSettingsException atConfigure = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(m, port.getSpec(), without.getDataTableSpec()));
        assertTrue(atConfigure.getMessage().contains("'" + feature + "'"), atConfigure.getMessage());
        final InvalidSettingsException atExecute =
            assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.execute(m, port, without));
        assertTrue(atExecute.getMessage().contains("'" + feature + "'"), atExecute.getMessage());
    }

    /** The first {@code n} rows of the "moderate" data with the outcome of every row replaced as given. */
    private static BufferedDataTable moderateRows(final int n, final String onlyOutcome) {
        final CsvTable data = data("moderate");
        final org.qmrinodes.core.data.ResultTable.Builder b = org.qmrinodes.core.data.ResultTable.builder(
            data.header().stream().map(h -> h.equals("outcome") ? org.qmrinodes.core.data.ResultTable.text(h)
                : org.qmrinodes.core.data.ResultTable.real(h)).toArray(org.qmrinodes.core.data.ResultTable.Column[]::new));
        for (int r = 0; r < n; r++) {
            final int row = r;
            b.row(data.header().stream().map(h -> h.equals("outcome")
                ? (Object)(onlyOutcome != null ? onlyOutcome : data.text(row, h)) : (Object)data.number(row, h))
                .toArray());
        }
        return NodeTestSupport.table(b.build());
    }

    private static NodeModel stratifiedLearner(final int folds) throws Exception {
        final NodeModel m = new LassoLearnerNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("outcome_column", "outcome");
        s.addString("positive_class", "event");
        s.addInt("folds", folds);
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    @Test
    void oneClassIsAnErrorNamingTheOutcome() throws Exception {
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> NodeModelTestDriver.execute(stratifiedLearner(10), moderateRows(60, "event")));
        assertTrue(e.getMessage().contains("'outcome'") && e.getMessage().contains("one class"), e.getMessage());
    }

    @Test
    void tooFewCasesPerFoldAreAnErrorOrAWarning() throws Exception {
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> NodeModelTestDriver.execute(stratifiedLearner(10), moderateRows(8, null)));
        assertTrue(e.getMessage().contains("10 folds") && e.getMessage().contains("8 complete cases"), e.getMessage());
        final NodeModel m = stratifiedLearner(10);
        NodeModelTestDriver.execute(m, moderateRows(25, null));
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("Fewer than 3 cases per fold"),
            NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void progressIsReportedAndCancellationStopsBetweenFolds() throws Exception {
        final BufferedDataTable in = NodeTestSupport.table(data("moderate"));
        final ExecutionContext exec = NodeModelTestDriver.newExecutionContext();
        NodeModelTestDriver.execute(learner("moderate", "lambda.min"), exec, in);
        assertTrue(NodeModelTestDriver.cancelCheckCount(exec) >= 2 + 2 * 10, "a check per fold");
        assertTrue(NodeModelTestDriver.lastProgress(exec) >= 0.95);

        final ExecutionContext cancelled = NodeModelTestDriver.cancelledAfter(4);
        assertThrows(CanceledExecutionException.class,
            () -> NodeModelTestDriver.execute(learner("moderate", "lambda.min"), cancelled, in));
        assertTrue(NodeModelTestDriver.lastProgressMessage(cancelled).toLowerCase().contains("fold"),
            NodeModelTestDriver.lastProgressMessage(cancelled));
    }

    @Test
    void settingsSurviveXmlRoundTrip() throws Exception {
        final NodeModel m = learner("moderate_enet", "lambda.1se");
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addInt("folds", 5);
        s.addInt("seed", -42);
        s.addString("cv_measure", "auc");
        NodeModelTestDriver.loadSettings(m, s);
        NodeTestSupport.assertSettingsSurviveXmlRoundTrip(m, new LassoLearnerNodeFactory().createNodeModel());
        final NodeSettings bad = NodeModelTestDriver.saveSettings(m);
        bad.addString("lambda_rule", "lambda.2se");
        assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.loadSettings(m, bad));
        NodeTestSupport.assertSettingsSurviveXmlRoundTrip(radScorePredictor(false, true),
            new RadScorePredictorNodeFactory().createNodeModel());
    }

    @Test
    void dialogDefaultsRunOnTheDemoCohort() throws Exception {
        final NodeModel m = new LassoLearnerNodeFactory().createNodeModel();
        NodeTestSupport.configureSettings(m, "outcome_column", "low_vs_over", "positive_class", "HER2-over");
        final BufferedDataTable demo = demoTable();
        NodeModelTestDriver.configure(m, demo.getDataTableSpec());
        final PortObject[] out = NodeModelTestDriver.execute(m, demo);
        final LinearPredictorModel model = ((QmriModelPortObject)out[0]).model();
        assertEquals("stratified random folds, seed 1", model.conventions().get("fold_assignment"));
        assertEquals("10", model.conventions().get("folds"));
        assertEquals("1.0", model.conventions().get("alpha"));
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("rows skipped"), NodeModelTestDriver.warningMessage(m));
        final NodeModel score = new RadScorePredictorNodeFactory().createNodeModel();
        NodeModelTestDriver.configure(score, out[0].getSpec(), demo.getDataTableSpec());
        final BufferedDataTable scored = (BufferedDataTable)NodeModelTestDriver.execute(score, out[0], demo)[0];
        assertEquals(demo.size(), scored.size());
    }
}
