package org.knime.core.data;

import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Test-kit stand-in for the KNIME interface of the same name: a keyed row of cells.
 */
public interface DataRow extends Iterable<DataCell> {

    /** @return the number of cells */
    int getNumCells();

    /** @return the row key */
    RowKey getKey();

    /** @param index cell index @return the cell */
    DataCell getCell(final int index);

    /** @return the cells as a sequential stream */
    default Stream<DataCell> stream() {
        return StreamSupport.stream(spliterator(), false);
    }
}
