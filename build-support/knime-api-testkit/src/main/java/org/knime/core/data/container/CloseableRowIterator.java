package org.knime.core.data.container;

import java.io.Closeable;
import java.util.Collections;
import java.util.Iterator;

import org.knime.core.data.DataRow;
import org.knime.core.data.RowIterator;

/**
 * Test-kit stand-in for the KNIME class of the same name: a row iterator that should be closed when abandoned.
 */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {

    @Override
    public abstract void close();

    /** @return an iterator without rows */
    public static CloseableRowIterator empty() {
        return from(Collections.<DataRow> emptyIterator());
    }

    /**
     * @param iterator rows to iterate
     * @return a closeable view of the iterator (closing makes it return no further rows)
     */
    public static CloseableRowIterator from(final Iterator<? extends DataRow> iterator) {
        return new CloseableRowIterator() {
            private boolean m_closed;

            @Override
            public boolean hasNext() {
                return !m_closed && iterator.hasNext();
            }

            @Override
            public DataRow next() {
                if (m_closed) {
                    throw new java.util.NoSuchElementException("Iterator closed");
                }
                return iterator.next();
            }

            @Override
            public void close() {
                m_closed = true;
            }
        };
    }
}
