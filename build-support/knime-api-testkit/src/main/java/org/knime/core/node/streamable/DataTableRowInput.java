package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;

/** Test-kit stand-in for the KNIME class of the same name: a table's rows as a streamed input. */
public class DataTableRowInput extends RowInput {

    private final DataTable table;
    private final java.util.Iterator<DataRow> rows;

    /**
     * @param table the table whose rows are polled
     */
    public DataTableRowInput(final DataTable table) {
        this.table = table;
        this.rows = table.iterator();
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        return table.getDataTableSpec();
    }

    @Override
    public DataRow poll() throws InterruptedException {
        return rows.hasNext() ? rows.next() : null;
    }

    @Override
    public void close() {
        if (rows instanceof CloseableRowIterator c) {
            c.close();
        }
    }
}
