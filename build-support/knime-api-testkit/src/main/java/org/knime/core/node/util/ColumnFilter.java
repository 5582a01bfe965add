package org.knime.core.node.util;

import org.knime.core.data.DataColumnSpec;

/**
 * Test-kit stand-in for the KNIME interface of the same name: decides which columns a column selection offers.
 */
public interface ColumnFilter {

    /** @param colSpec a column @return whether it is offered */
    boolean includeColumn(DataColumnSpec colSpec);

    /** @return message shown when no column passes */
    String allFilteredMsg();
}
