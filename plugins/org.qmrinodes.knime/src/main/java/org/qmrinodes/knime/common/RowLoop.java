package org.qmrinodes.knime.common;

import org.knime.core.data.DataRow;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.streamable.RowInput;

/**
 * The loop of a per-row node over its input, whole or streamed: progress (or, streamed, a message
 * with the row count) and a cancellation check before each row.
 */
public final class RowLoop {

    /** What is done with each row. */
    @FunctionalInterface
    public interface RowAction {
        /**
         * @param row the input row
         * @throws Exception to fail the node (messages should name the row)
         */
        void accept(DataRow row) throws Exception;
    }

    private RowLoop() {
    }

    /**
     * @param table the input
     * @param exec progress and cancellation
     * @param doing what is done to a row, for the progress message (e.g. "Fitting")
     * @param action what is done with each row
     * @throws Exception as thrown by {@code action}, or when cancelled
     */
    public static void overTable(final BufferedDataTable table, final ExecutionContext exec, final String doing,
        final RowAction action) throws Exception {
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
    public static void overStream(final RowInput in, final ExecutionContext exec, final String doing,
        final RowAction action) throws Exception {
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
