package org.qmrinodes.knime.evaluation.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.table;

import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObject;
import org.qmrinodes.core.data.ResultTable;

/** Double cells holding Infinity are missing scores in the ROC node, counted in its warning. */
class RocNonFiniteCellsTest {

    @Test
    void infiniteScoresAreSkippedAndCounted() throws Exception {
        final String[] y = {"1", "0", "1", "0", "1", "0", "1", "0", "1", "0"};
        final double[] s = {0.9, 0.2, Double.POSITIVE_INFINITY, 0.4, 0.8, Double.NEGATIVE_INFINITY, 0.35, 0.6, 0.7, 0.1};
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("y"), ResultTable.real("score"));
        for (int i = 0; i < y.length; i++) {
            b.row(y[i], s[i]);
        }
        final BufferedDataTable in = table(b.build());
        final RocAnalysisNodeModel m = new RocAnalysisNodeFactory().createNodeModel();
        configureSettings(m, "outcome_column", "y", "positive_class", "1");
        final PortObject[] out = NodeModelTestDriver.execute(m, in);
        final BufferedDataTable summary = (BufferedDataTable) out[0];
        assertEquals(4, (int) doubles(summary, "n_positive")[0]);
        assertEquals(4, (int) doubles(summary, "n_negative")[0]);
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("2 rows skipped"), NodeModelTestDriver.warningMessage(m));
    }
}
