package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowIterator;
import org.knime.core.data.RowKey;

/**
 * Test-kit stand-in for the KNIME class of the same name: an in-memory row buffer that turns into a table when
 * closed. Rows are checked like KNIME does: cell count must match the spec, row keys must be unique and each
 * non-missing cell's type must fit the column type.
 */
public class DataContainer implements RowAppender, RowFlushable {

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows = new ArrayList<>();

    private final Set<RowKey> m_keys = new HashSet<>();

    private boolean m_closed;

    private DataTable m_table;

    /** @param spec the spec of the rows to be added */
    public DataContainer(final DataTableSpec spec) {
        this(spec, false);
    }

    /**
     * @param spec the spec of the rows to be added
     * @param initDomain ignored (domains are not modelled)
     */
    public DataContainer(final DataTableSpec spec, final boolean initDomain) {
        if (spec == null) {
            throw new NullPointerException("Spec must not be null");
        }
        m_spec = spec;
    }

    @Override
    public void addRowToTable(final DataRow row) {
        if (m_closed) {
            throw new IllegalStateException("Cannot add row: container has been closed.");
        }
        if (row == null) {
            throw new NullPointerException("Row must not be null");
        }
        int n = m_spec.getNumColumns();
        if (row.getNumCells() != n) {
            throw new IllegalArgumentException("Cell count in row \"" + row.getKey() + "\" is not equal to length of"
                + " column names array: " + row.getNumCells() + " vs. " + n);
        }
        for (int i = 0; i < n; i++) {
            DataCell c = row.getCell(i);
            if (c == null) {
                throw new NullPointerException("Cell " + i + " in row \"" + row.getKey() + "\" is null");
            }
            DataType colType = m_spec.getColumnSpec(i).getType();
            if (!c.isMissing() && !colType.isASuperTypeOf(c.getType())) {
                throw new IllegalArgumentException("Runtime type of cell #" + i + " (" + c.getType()
                    + ") in row \"" + row.getKey() + "\" does not comply with its column type (" + colType + ")");
            }
        }
        if (!m_keys.add(row.getKey())) {
            throw new IllegalArgumentException("Encountered duplicate row ID \"" + row.getKey() + "\"");
        }
        m_rows.add(row);
    }

    @Override
    public void flushRows() {
        // in-memory: nothing to flush
    }

    /** Closes the container; afterwards {@link #getTable()} is available. */
    public void close() {
        if (!m_closed) {
            m_closed = true;
            final List<DataRow> rows = Collections.unmodifiableList(new ArrayList<>(m_rows));
            m_table = new DataTable() {
                @Override
                public DataTableSpec getDataTableSpec() {
                    return m_spec;
                }

                @Override
                public RowIterator iterator() {
                    return CloseableRowIterator.from(rows.iterator());
                }
            };
        }
    }

    /** @return whether the container has been closed */
    public boolean isClosed() {
        return m_closed;
    }

    /** @return whether rows can still be added */
    public boolean isOpen() {
        return !m_closed;
    }

    /** @return the number of rows added so far */
    public long size() {
        return m_rows.size();
    }

    /** @return the spec of this container */
    public DataTableSpec getTableSpec() {
        return m_spec;
    }

    /**
     * @return the table
     * @throws IllegalStateException if not closed yet
     */
    public DataTable getTable() {
        if (!m_closed) {
            throw new IllegalStateException("Cannot get table: container is not closed.");
        }
        return m_table;
    }
}
