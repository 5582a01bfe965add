package org.knime.core.node.config;

import java.util.Iterator;

import javax.swing.tree.TreeNode;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBaseRO;

/**
 * Test-kit stand-in for the KNIME interface of the same name: read access to a config, extended by KNIME data
 * types.
 */
public interface ConfigRO extends ConfigBaseRO, TreeNode, Iterable<String> {

    /** @param key key @return sub config @throws InvalidSettingsException if absent */
    public Config getConfig(String key) throws InvalidSettingsException;

    /** @param key key @return the cell @throws InvalidSettingsException if absent or unreadable */
    public DataCell getDataCell(final String key) throws InvalidSettingsException;

    /** @param key key @return the row key @throws InvalidSettingsException if absent */
    public RowKey getRowKey(final String key) throws InvalidSettingsException;

    /** @param key key @return row keys @throws InvalidSettingsException if absent */
    public RowKey[] getRowKeyArray(final String key) throws InvalidSettingsException;

    /** @param key key @return the type @throws InvalidSettingsException if absent or unknown */
    public DataType getDataType(final String key) throws InvalidSettingsException;

    /** @param key key @param def default @return cell or default */
    public DataCell getDataCell(final String key, final DataCell def);

    /** @param key key @param def default @return row key or default */
    public RowKey getRowKey(final String key, final RowKey def);

    /** @param key key @param def default @return row keys or default */
    public RowKey[] getRowKeyArray(final String key, final RowKey... def);

    /** @param key key @param def default @return type or default */
    public DataType getDataType(final String key, final DataType def);

    /** @param key key @return cells @throws InvalidSettingsException if absent */
    public DataCell[] getDataCellArray(final String key) throws InvalidSettingsException;

    /** @param key key @param def default @return cells or default */
    public DataCell[] getDataCellArray(final String key, final DataCell... def);

    /** @param key key @return types @throws InvalidSettingsException if absent */
    public DataType[] getDataTypeArray(final String key) throws InvalidSettingsException;

    /** @param key key @param v default @return types or default */
    public DataType[] getDataTypeArray(final String key, final DataType... v);

    @Override
    public Iterator<String> iterator();
}
