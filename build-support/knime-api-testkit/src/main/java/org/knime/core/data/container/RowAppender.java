package org.knime.core.data.container;

import org.knime.core.data.DataRow;

/**
 * Test-kit stand-in for the KNIME interface of the same name: something rows can be appended to.
 */
public interface RowAppender {

    /** @param row the row to append */
    public void addRowToTable(final DataRow row);
}
