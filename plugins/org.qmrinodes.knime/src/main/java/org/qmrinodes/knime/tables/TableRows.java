package org.qmrinodes.knime.common;

import org.knime.core.data.DataRow;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** One pass over the rows of a KNIME table with progress and a cancellation check every 4096 rows. */
public final class TableRows {

    /** What to do with each row. */
    @FunctionalInterface
    public interface RowAction {
        /**
         * @param index the 0-based row index
         * @param row the row
         */
        void accept(int index, DataRow row);
    }

    private TableRows() {
    }

    /**
     * @param table the table
     * @param exec progress and cancellation
     * @param from progress at the first row
     * @param to progress after the last row
     * @param verb the progress message's first word, e.g. {@code Reading}
     * @param action called for every row in order
     * @throws CanceledExecutionException if cancelled
     */
    public static void forEach(final BufferedDataTable table, final ExecutionMonitor exec, final double from,
        final double to, final String verb, final RowAction action) throws CanceledExecutionException {
        final long size = table.size();
        int index = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                if (index % 4096 == 0) {
                    exec.checkCanceled();
                    exec.setProgress(from + (to - from) * index / Math.max(1.0, size),
                        verb + " row " + index + " of " + size);
                }
                action.accept(index, r);
                index++;
            }
        }
    }
}
