package org.qmrinodes.knime.tables;

import org.knime.core.data.DataRow;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.streamable.RowInput;

/**
 * One pass over the rows of a KNIME table: of a statistics table with progress and a cancellation
 * check every 4096 rows, of an image table (or its stream) before every row.
 */
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

    /** What is done with each row of a per-row image node; it may fail the node. */
    @FunctionalInterface
    public interface CheckedRowAction {
        /**
         * @param row the input row
         * @throws Exception to fail the node (messages should name the row)
         */
        void accept(DataRow row) throws Exception;
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

    /**
     * One pass for nodes whose rows are slow (an image each): progress and a cancellation check
     * before every row.
     *
     * @param table the input
     * @param exec progress and cancellation
     * @param doing what is done to a row, for the progress message (e.g. "Fitting")
     * @param action what is done with each row
     * @throws Exception as thrown by {@code action}, or when cancelled
     */
    public static void forEachRowOf(final BufferedDataTable table, final ExecutionContext exec, final String doing,
        final CheckedRowAction action) throws Exception {
        final long size = table.size();
        long index = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                exec.checkCanceled();
                exec.setProgress(index++ / (double)Math.max(1, size),
                    doing + " row " + index + " of " + size + " (" + r.getKey() + ")");
                action.accept(r);
            }
        }
    }

    /**
     * @param in the streamed input rows, closed at the end
     * @param exec progress message and cancellation
     * @param doing what is done to a row, for the progress message
     * @param action what is done with each row
     * @throws Exception as thrown by {@code action}, or when cancelled or interrupted
     */
    public static void forEachRowOf(final RowInput in, final ExecutionContext exec, final String doing,
        final CheckedRowAction action) throws Exception {
        long index = 0;
        DataRow r;
        while ((r = in.poll()) != null) {
            exec.checkCanceled();
            exec.setMessage(doing + " row " + ++index + " (" + r.getKey() + ")");
            action.accept(r);
        }
        in.close();
    }
}
