package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;

/** Test-kit stand-in for the KNIME class of the same name: rows arriving at a streamed input port. */
public abstract class RowInput extends PortInput {

    /** @return the spec of the rows */
    public abstract DataTableSpec getDataTableSpec();

    /**
     * @return the next row, or null after the last
     * @throws InterruptedException when interrupted
     */
    public abstract DataRow poll() throws InterruptedException;

    /** Closes the input; no more rows are read. */
    public abstract void close();
}
