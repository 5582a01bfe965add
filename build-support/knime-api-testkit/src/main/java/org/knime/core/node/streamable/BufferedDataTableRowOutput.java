package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;

/** Test-kit stand-in for the KNIME class of the same name: a streamed output collected in a table. */
public class BufferedDataTableRowOutput extends RowOutput {

    private final BufferedDataContainer container;
    private BufferedDataTable table;

    /**
     * @param bufferedDataContainer where the rows go
     */
    public BufferedDataTableRowOutput(final BufferedDataContainer bufferedDataContainer) {
        this.container = bufferedDataContainer;
    }

    @Override
    public void push(final DataRow row) throws InterruptedException {
        container.addRowToTable(row);
    }

    @Override
    public void close() {
        container.close();
        table = container.getTable();
    }

    /** @return the table after {@link #close()} */
    public BufferedDataTable getDataTable() {
        return table;
    }
}
