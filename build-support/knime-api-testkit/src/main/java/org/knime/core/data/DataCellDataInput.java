package org.knime.core.data;

import java.io.DataInput;
import java.io.IOException;

/**
 * Test-kit stand-in for the KNIME interface of the same name: the stream a {@link DataCellSerializer} reads a cell
 * from.
 */
public interface DataCellDataInput extends DataInput {

    /**
     * @return a nested cell written with {@link DataCellDataOutput#writeDataCell(DataCell)}
     * @throws IOException if reading fails or the cell cannot be created
     */
    public DataCell readDataCell() throws IOException;
}
