package org.qmrinodes.knime.modelling.logistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.demoTable;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.knime.common.NodeTestSupport;
import org.qmrinodes.knime.ports.QmriModelPortObject;
import org.qmrinodes.knime.modelling.predictor.LogisticPredictorNodeFactory;

/** The logistic learner and predictor nodes and the model port they share. */
class LogisticRegressionNodesTest {

    private static final Path REG = CsvTable.validationDir().resolve("regression");
    private static final Set<String> TEXT = Set.of("her2", "er", "tic", "outcome", "g");

    /** A CSV file as a KNIME table: text columns for the outcome and categorical columns, doubles otherwise. */
    static BufferedDataTable table(final CsvTable csv) {
        final List<ResultTable.Column> columns = new ArrayList<>();
        for (final String h : csv.header()) {
            columns.add(TEXT.contains(h) ? ResultTable.text(h) : ResultTable.real(h));
        }
        final ResultTable.Builder b = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        for (int r = 0; r < csv.size(); r++) {
            final Object[] cells = new Object[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                final String h = csv.header().get(c);
                final String t = csv.text(r, h);
                cells[c] = TEXT.contains(h) ? (t.isEmpty() ? null : t) : (Object)csv.number(r, h);
            }
            b.row(cells);
        }
        return NodeTestSupport.table(b.build());
    }

    private static BufferedDataTable cohort() {
        return table(CsvTable.read(REG.resolve("data/cohort.csv")));
    }

    private static NodeModel cohortLearner(final boolean univariable) throws Exception {
        final NodeModel m = new LogisticRegressionNodeFactory().createNodeModel();
        configureSettings(m, "outcome_column", "her2", "positive_class", "HER2-positive", "categorical_predictors",
            "er, tic");
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addBoolean("univariable", univariable);
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    @Test
    void learnerReproducesGlmAndOutputsTheModel() throws Exception {
        final NodeModel m = cohortLearner(false);
        final BufferedDataTable in = cohort();
        NodeModelTestDriver.configure(m, in.getDataTableSpec());
        final PortObject[] out = NodeModelTestDriver.execute(m, in);
        final BufferedDataTable coefficients = (BufferedDataTable)out[1];
        final List<String> terms = texts(coefficients, "term");
        assertEquals(List.of("(Intercept)", "t2star", "t1_post", "age", "er=positive", "tic=II", "tic=III"), terms);
        final CsvTable golden = CsvTable.read(REG.resolve("golden/coefficients.csv"));
        final double[] estimates = doubles(coefficients, "estimate");
        final double[] profileUpper = doubles(coefficients, "or_profile_ci_upper");
        int checked = 0;
        for (int g = 0; g < golden.size(); g++) {
            if (golden.text(g, "dataset").equals("cohort") && golden.text(g, "model").equals("multivariable")) {
                final int row = terms.indexOf(golden.text(g, "term"));
                assertRelative(golden.number(g, "estimate"), estimates[row], 1e-8, 0, golden.text(g, "term"));
                assertRelative(golden.number(g, "or_profile_upper"), profileUpper[row], 1e-6, 0, "profile");
                checked++;
            }
        }
        assertEquals(7, checked);
        assertEquals(4, (int)doubles((BufferedDataTable)out[2], "skipped_rows")[0]);
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("4 rows"), NodeModelTestDriver.warningMessage(m));
        final QmriModelPortObject port = assertInstanceOf(QmriModelPortObject.class, out[0]);
        assertEquals(List.of("t2star", "t1_post", "age", "er", "tic"), port.getSpec().predictorColumns());
    }

    @Test
    void univariableModeReportsEveryCandidateThenTheMultivariableModel() throws Exception {
        final NodeModel m = cohortLearner(true);
        final PortObject[] out = NodeModelTestDriver.execute(m, cohort());
        final List<String> models = texts((BufferedDataTable)out[2], "model");
        assertEquals(List.of("t2star", "t1_post", "age", "er", "tic", "multivariable"), models);
    }

    @Test
    void modelPortSavesAndLoadsIdentically() throws Exception {
        final PortObject[] out = NodeModelTestDriver.execute(cohortLearner(false), cohort());
        final QmriModelPortObject port = (QmriModelPortObject)out[0];
        final QmriModelPortObject loaded = NodeTestSupport.saveAndLoad(port);
        assertNotSame(port, loaded);
        assertEquals(port.getSpec(), loaded.getSpec());
        assertEquals(port, loaded);
        final LinearPredictorModel a = port.model();
        final LinearPredictorModel b = loaded.model();
        assertEquals(a, b, "identical doubles, codings, references and conventions");
        assertEquals("I", b.coding().predictors().get(4).reference());
    }

    @Test
    void predictorAppliesTheModelToNewDataAndNamesUnseenLevels() throws Exception {
        final QmriModelPortObject port = (QmriModelPortObject)NodeModelTestDriver.execute(cohortLearner(false),
            cohort())[0];
        final NodeModel predictor = new LogisticPredictorNodeFactory().createNodeModel();
        final BufferedDataTable cases = cohort();
        NodeModelTestDriver.configure(predictor, port.getSpec(), cases.getDataTableSpec());
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(predictor, port, cases)[0];
        final double[] p = doubles(out, "P(her2=HER2-positive)");
        final List<String> predicted = texts(out, "predicted class");
        final CsvTable csv = CsvTable.read(REG.resolve("data/cohort.csv"));
        final List<org.qmrinodes.core.model.PredictorColumn> columns = List.of(
            new org.qmrinodes.core.model.PredictorColumn.Numeric("t2star", csv.numbers("t2star")),
            new org.qmrinodes.core.model.PredictorColumn.Numeric("t1_post", csv.numbers("t1_post")),
            new org.qmrinodes.core.model.PredictorColumn.Numeric("age", csv.numbers("age")),
            new org.qmrinodes.core.model.PredictorColumn.Categorical("er", csv.texts("er")),
            new org.qmrinodes.core.model.PredictorColumn.Categorical("tic", csv.texts("tic")));
        final double[] eta = port.model().linearPredictors(columns);
        for (int i = 0; i < p.length; i++) {
            if (Double.isNaN(eta[i])) {
                assertTrue(Double.isNaN(p[i]), "row " + i);
                continue;
            }
            assertEquals(LinearPredictorModel.probability(eta[i]), p[i], 1e-15);
            assertEquals(p[i] >= 0.5 ? "HER2-positive" : "HER2-low", predicted.get(i));
        }
        assertTrue(NodeModelTestDriver.warningMessage(predictor).contains("3 rows"),
            NodeModelTestDriver.warningMessage(predictor));

        final CsvTable unseen = CsvTable.read(REG.resolve("data/cohort.csv"));
        final BufferedDataTable withUnseen = table(unseen);
        final List<org.knime.core.data.DataRow> rows = new ArrayList<>(NodeModelTestDriver.rows(withUnseen));
        final org.knime.core.data.DataCell[] cells = new org.knime.core.data.DataCell[rows.get(2).getNumCells()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = rows.get(2).getCell(c);
        }
        cells[withUnseen.getDataTableSpec().findColumnIndex("tic")] = new org.knime.core.data.def.StringCell("IV");
        rows.set(2, new org.knime.core.data.def.DefaultRow(rows.get(2).getKey(), cells));
        final BufferedDataTable bad = NodeModelTestDriver.table(withUnseen.getDataTableSpec(), rows);
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> NodeModelTestDriver.execute(predictor, port, bad));
        assertTrue(e.getMessage().contains("'tic', row 3") && e.getMessage().contains("'IV'"), e.getMessage());
    }

    @Test
    void separationFailsWithAMessageNamingThePredictor() throws Exception {
        final NodeModel m = new LogisticRegressionNodeFactory().createNodeModel();
        configureSettings(m, "outcome_column", "outcome", "positive_class", "yes", "categorical_predictors", "");
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        final BufferedDataTable sep = table(CsvTable.read(REG.resolve("data/separation.csv")));
        final InvalidDataException e =
            assertThrows(InvalidDataException.class, () -> NodeModelTestDriver.execute(m, sep));
        assertTrue(e.getMessage().contains("separation") && e.getMessage().contains("'x'"), e.getMessage());
        s.addString("method", "firth");
        NodeModelTestDriver.loadSettings(m, s);
        NodeModelTestDriver.execute(m, sep);
    }

    @Test
    void dialogDefaultsRunOnTheDemoCohort() throws Exception {
        final NodeModel m = new LogisticRegressionNodeFactory().createNodeModel();
        configureSettings(m, "outcome_column", "low_vs_over", "positive_class", "HER2-over");
        final BufferedDataTable demo = demoTable();
        NodeModelTestDriver.configure(m, demo.getDataTableSpec());
        final PortObject[] out = NodeModelTestDriver.execute(m, demo);
        assertTrue(((BufferedDataTable)out[1]).size() > 1);
    }
}
