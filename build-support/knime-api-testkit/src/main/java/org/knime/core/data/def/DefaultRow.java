package org.knime.core.data.def;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/**
 * Test-kit stand-in for the KNIME class of the same name: an immutable row of cells.
 */
public class DefaultRow implements DataRow {

    private final RowKey m_key;

    private final DataCell[] m_cells;

    /** @param rowKey key @param row cells */
    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        if (rowKey == null) {
            throw new NullPointerException("Row key must not be null");
        }
        if (row == null) {
            throw new NullPointerException("Cells must not be null");
        }
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                throw new NullPointerException("Cell at index " + i + " is null");
            }
        }
        m_key = rowKey;
        m_cells = row.clone();
    }

    /** @param rowId key string @param row cells */
    public DefaultRow(final String rowId, final DataCell... row) {
        this(new RowKey(rowId), row);
    }

    /** @param rowId key string @param row cells */
    public DefaultRow(final String rowId, final List<DataCell> row) {
        this(new RowKey(rowId), row.toArray(new DataCell[0]));
    }

    /** @param rowKey key @param row cells */
    public DefaultRow(final RowKey rowKey, final List<DataCell> row) {
        this(rowKey, row.toArray(new DataCell[0]));
    }

    /** @param rowKey key @param row values, as {@link DoubleCell}s */
    public DefaultRow(final RowKey rowKey, final double... row) {
        this(rowKey, Arrays.stream(row).mapToObj(DoubleCell::new).toArray(DataCell[]::new));
    }

    /** @param rowId key string @param row values, as {@link DoubleCell}s */
    public DefaultRow(final String rowId, final double... row) {
        this(new RowKey(rowId), row);
    }

    /** @param rowId key string @param row values, as {@link IntCell}s */
    public DefaultRow(final String rowId, final int... row) {
        this(new RowKey(rowId), row);
    }

    /** @param rowKey key @param row values, as {@link IntCell}s */
    public DefaultRow(final RowKey rowKey, final int... row) {
        this(rowKey, Arrays.stream(row).mapToObj(IntCell::new).toArray(DataCell[]::new));
    }

    /** @param rowId key string @param row values, as {@link StringCell}s */
    public DefaultRow(final String rowId, final String... row) {
        this(new RowKey(rowId), row);
    }

    /** @param rowKey key @param row values, as {@link StringCell}s */
    public DefaultRow(final RowKey rowKey, final String... row) {
        this(rowKey, Arrays.stream(row).map(StringCell::new).toArray(DataCell[]::new));
    }

    /** @param rowId new key string @param row cells to copy */
    public DefaultRow(final String rowId, final DataRow row) {
        this(new RowKey(rowId), row);
    }

    /** @param key new key @param row cells to copy */
    public DefaultRow(final RowKey key, final DataRow row) {
        this(key, copyCells(row));
    }

    private static DataCell[] copyCells(final DataRow row) {
        DataCell[] c = new DataCell[row.getNumCells()];
        for (int i = 0; i < c.length; i++) {
            c[i] = row.getCell(i);
        }
        return c;
    }

    @Override
    public final int getNumCells() {
        return m_cells.length;
    }

    @Override
    public final RowKey getKey() {
        return m_key;
    }

    @Override
    public final DataCell getCell(final int index) {
        return m_cells[index];
    }

    @Override
    public Iterator<DataCell> iterator() {
        return Collections.unmodifiableList(Arrays.asList(m_cells)).iterator();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(m_key.toString()).append(": (");
        for (int i = 0; i < m_cells.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(m_cells[i]);
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(final Object obj) {
        if (!(obj instanceof DataRow)) {
            return false;
        }
        DataRow o = (DataRow)obj;
        if (!m_key.equals(o.getKey()) || o.getNumCells() != m_cells.length) {
            return false;
        }
        for (int i = 0; i < m_cells.length; i++) {
            if (!m_cells[i].equals(o.getCell(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return m_key.hashCode() * 31 + Arrays.hashCode(m_cells);
    }
}
