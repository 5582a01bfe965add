package org.knime.core.node.config;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.node.config.base.ConfigBaseWO;

/**
 * Test-kit stand-in for the KNIME interface of the same name: write access to a config, extended by KNIME data
 * types.
 */
public interface ConfigWO extends ConfigBaseWO {

    /** @param key key @return a new, empty sub config */
    Config addConfig(String key);

    /** @param key key @param cell cell, may be null */
    public void addDataCell(final String key, final DataCell cell);

    /** @param key key @param rowKey row key, may be null */
    public void addRowKey(final String key, final RowKey rowKey);

    /** @param key key @param rowKey row keys, may be null */
    public void addRowKeyArray(final String key, final RowKey... rowKey);

    /** @param key key @param type type, may be null */
    public void addDataType(final String key, final DataType type);

    /** @param key key @param values cells, may be null */
    public void addDataCellArray(final String key, final DataCell... values);

    /** @param key key @param values types, may be null */
    public void addDataTypeArray(final String key, final DataType... values);
}
