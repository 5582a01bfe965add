package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;

/** Test-kit stand-in for the KNIME class of the same name: rows leaving a streamed output port. */
public abstract class RowOutput extends PortOutput {

    /**
     * @param row the next output row
     * @throws InterruptedException when interrupted
     */
    public abstract void push(DataRow row) throws InterruptedException;

    /**
     * @param table pushes every row of the table and closes
     * @throws InterruptedException when interrupted
     */
    public void setFully(final BufferedDataTable table) throws InterruptedException {
        for (final DataRow r : table) {
            push(r);
        }
        close();
    }

    /**
     * Closes the output after the last row.
     *
     * @throws InterruptedException when interrupted
     */
    public abstract void close() throws InterruptedException;
}
