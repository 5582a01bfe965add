package org.knime.core.data;

import java.util.Iterator;

/**
 * Test-kit stand-in for the KNIME class of the same name: an iterator over rows that does not support removal.
 */
public abstract class RowIterator implements Iterator<DataRow> {

    @Override
    public abstract boolean hasNext();

    @Override
    public abstract DataRow next();

    /** Not supported. */
    @Override
    public final void remove() {
        throw new UnsupportedOperationException("Rows cannot be removed");
    }
}
