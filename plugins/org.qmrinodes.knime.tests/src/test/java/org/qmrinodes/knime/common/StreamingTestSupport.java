package org.qmrinodes.knime.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;

/** Runs a streamable node both ways, executed on the table and streamed (in one and in three partitions). */
public final class StreamingTestSupport {

    private StreamingTestSupport() {
    }

    /**
     * Checks that streaming the input, whole or in three partitions, gives the executed node's
     * outputs (every table) row for row and cell for cell, and the same warning.
     *
     * @param model the node, configured
     * @param input its input table
     * @return the executed first output
     * @throws Exception as thrown by the node
     */
    public static BufferedDataTable assertStreamsAsItExecutes(final NodeModel model, final BufferedDataTable input)
        throws Exception {
        final org.knime.core.node.port.PortObject[] executed = NodeModelTestDriver.execute(model, input);
        final String warning = NodeModelTestDriver.warningMessage(model);
        // the single-stream run last: each partition of a distributed run reports the warning of its own rows
        for (final int partitions : new int[] {3, 1}) {
            final BufferedDataTable[] streamed = NodeModelTestDriver.executeStreamed(model, partitions, input);
            assertEquals(executed.length, streamed.length);
            for (int o = 0; o < executed.length; o++) {
                final BufferedDataTable want = (BufferedDataTable)executed[o];
                final String where = "output " + o + ", " + partitions + " partitions";
                assertEquals(want.getDataTableSpec(), streamed[o].getDataTableSpec(), where);
                assertEquals(keys(want), keys(streamed[o]), where);
                assertEquals(cells(want), cells(streamed[o]), where);
            }
            if (partitions == 1) {
                assertEquals(warning, NodeModelTestDriver.warningMessage(model), "warning when streamed");
            }
        }
        return (BufferedDataTable)executed[0];
    }

    private static List<String> keys(final BufferedDataTable t) {
        final List<String> out = new ArrayList<>();
        t.forEach(r -> out.add(r.getKey().getString()));
        return out;
    }

    private static List<List<DataCell>> cells(final BufferedDataTable t) {
        final List<List<DataCell>> out = new ArrayList<>();
        for (final DataRow r : t) {
            final List<DataCell> row = new ArrayList<>();
            for (int c = 0; c < r.getNumCells(); c++) {
                row.add(r.getCell(c));
            }
            out.add(row);
        }
        return out;
    }
}
