package org.qmrinodes.knime.modelling.logistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.table;

import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObject;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;

/** Double cells holding Infinity are missing values in the logistic node, counted in its warning. */
class LogisticNonFiniteCellsTest {

    private static final String[] Y = {"yes", "no", "yes", "no", "yes", "no", "yes", "no", "yes", "no", "no", "yes", "no",
        "yes"};
    private static final double[] X = {1.2, 0.8, 2.5, 1.9, 1.4, 3.1, 2.2, 0.4, 1.8, 2.4, 1.1, 0.9, 1.6, 2.9};

    private static BufferedDataTable data(final String[] y, final double[] x) {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("outcome"), ResultTable.real("x"));
        for (int i = 0; i < y.length; i++) {
            b.row(y[i], x[i]);
        }
        return table(b.build());
    }

    private static NodeModel model() throws Exception {
        final NodeModel m = new LogisticRegressionNodeFactory().createNodeModel();
        configureSettings(m, "outcome_column", "outcome", "positive_class", "yes", "categorical_predictors", "");
        return m;
    }

    @Test
    void infiniteCellsAreSkippedAndCountedInTheWarning() throws Exception {
        final double[] x = X.clone();
        x[2] = Double.POSITIVE_INFINITY;
        x[5] = Double.NEGATIVE_INFINITY;
        x[7] = 1e308 * 10;
        final NodeModel m = model();
        final BufferedDataTable in = data(Y, x);
        NodeModelTestDriver.configure(m, in.getDataTableSpec());
        final PortObject[] out = NodeModelTestDriver.execute(m, in);
        assertEquals(3, (int) doubles((BufferedDataTable) out[2], "skipped_rows")[0]);
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("3 rows"), NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void aOneClassOutcomeIsReportedForLogisticRegressionNotRoc() throws Exception {
        final String[] y = new String[Y.length];
        java.util.Arrays.fill(y, "yes");
        final NodeModel m = model();
        final BufferedDataTable in = data(y, X);
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> NodeModelTestDriver.execute(m, in));
        assertTrue(e.getMessage().contains("logistic regression"), e.getMessage());
        assertFalse(e.getMessage().contains("ROC"), e.getMessage());
    }
}
