package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME class of the same name: the unique identifier of a row.
 */
public final class RowKey implements RowKeyValue {

    private final String m_id;

    /** @param id the non-null key string */
    public RowKey(final String id) {
        if (id == null) {
            throw new NullPointerException("Row key string must not be null");
        }
        m_id = id;
    }

    @Override
    public String getString() {
        return m_id;
    }

    @Override
    public RowKey materializeRowKey() {
        return this;
    }

    @Override
    public String toString() {
        return m_id;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof RowKey && ((RowKey)obj).m_id.equals(m_id);
    }

    @Override
    public int hashCode() {
        return m_id.hashCode();
    }

    /** @param rowKeys keys @return their strings */
    public static String[] toStrings(final RowKey... rowKeys) {
        String[] r = new String[rowKeys.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = rowKeys[i] == null ? null : rowKeys[i].getString();
        }
        return r;
    }

    /** @param strs strings @return row keys */
    public static RowKey[] toRowKeys(final String... strs) {
        RowKey[] r = new RowKey[strs.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = strs[i] == null ? null : new RowKey(strs[i]);
        }
        return r;
    }

    /**
     * @param rowIndex row index
     * @return the default key "Row&lt;index&gt;"
     * @deprecated use {@link #createRowKey(long)}
     */
    @Deprecated
    public static RowKey createRowKey(final int rowIndex) {
        return createRowKey((long)rowIndex);
    }

    /** @param rowIndex row index @return the default key "Row&lt;index&gt;" */
    public static RowKey createRowKey(final long rowIndex) {
        return new RowKey("Row" + rowIndex);
    }
}
