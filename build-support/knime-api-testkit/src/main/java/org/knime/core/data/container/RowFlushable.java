package org.knime.core.data.container;

/**
 * Test-kit stand-in for the KNIME interface of the same name: a row sink whose buffered rows can be flushed.
 */
public interface RowFlushable {

    /** Flushes buffered rows (a no-op for in-memory implementations). */
    void flushRows();
}
