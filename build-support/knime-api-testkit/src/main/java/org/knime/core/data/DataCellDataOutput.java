package org.knime.core.data;

import java.io.DataOutput;
import java.io.IOException;

/**
 * Test-kit stand-in for the KNIME interface of the same name: the stream a {@link DataCellSerializer} writes a cell
 * to.
 */
public interface DataCellDataOutput extends DataOutput {

    @Override
    public void writeUTF(final String s) throws IOException;

    /**
     * @param cell a nested cell to write
     * @throws IOException if writing fails
     */
    public void writeDataCell(final DataCell cell) throws IOException;
}
