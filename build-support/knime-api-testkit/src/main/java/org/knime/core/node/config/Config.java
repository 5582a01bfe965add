package org.knime.core.node.config;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.MissingCell;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigBase;

/**
 * Test-kit stand-in for the KNIME class of the same name: a config that also stores KNIME cells, row keys and data
 * types. Cells are supported for the basic cell types of {@code org.knime.core.data.def} and missing cells.
 */
public abstract class Config extends ConfigBase implements ConfigRO, ConfigWO {

    private static final long serialVersionUID = 1L;

    private static final String ARRAY_SIZE = "array-size";

    private static final String IS_NULL = "is_null";

    private static final String DATA_CELL = "datacell";

    /** @param key the key of this config */
    protected Config(final String key) {
        super(key);
    }

    @Override
    public abstract Config getInstance(final String key);

    @Override
    public final Config addConfig(final String key) {
        Config c = getInstance(key);
        put(c);
        return c;
    }

    /** @param config config of the same class, added under its own key */
    protected final void addConfig(final Config config) {
        if (getClass() != config.getClass()) {
            throw new IllegalArgumentException(
                "Cannot add " + config.getClass().getSimpleName() + " to " + getClass().getSimpleName());
        }
        put(config);
    }

    @Override
    public final Config getConfig(final String key) throws InvalidSettingsException {
        AbstractConfigEntry e = get(key);
        if (!(e instanceof Config)) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
        }
        return (Config)e;
    }

    @Override
    public void addEntry(final AbstractConfigEntry entry) {
        put(entry);
    }

    // ---- cells -----------------------------------------------------------------------------------------

    @Override
    public void addDataCell(final String key, final DataCell cell) {
        Config c = addConfig(key);
        if (cell == null) {
            c.addString(DATA_CELL, null);
            return;
        }
        String className = cell.getClass().getName();
        c.addString(DATA_CELL, className);
        Config content = c.addConfig(className);
        String simple = cell.getClass().getSimpleName();
        if (cell instanceof BooleanCell) {
            content.addBoolean(simple, ((BooleanCell)cell).getBooleanValue());
        } else if (cell instanceof StringCell) {
            content.addString(simple, ((StringCell)cell).getStringValue());
        } else if (cell instanceof DoubleCell) {
            content.addDouble(simple, ((DoubleCell)cell).getDoubleValue());
        } else if (cell instanceof LongCell) {
            content.addLong(simple, ((LongCell)cell).getLongValue());
        } else if (cell instanceof IntCell) {
            content.addInt(simple, ((IntCell)cell).getIntValue());
        } else if (!cell.isMissing()) {
            throw new UnsupportedOperationException("Test kit cannot store cells of " + className);
        }
    }

    @Override
    public DataCell getDataCell(final String key) throws InvalidSettingsException {
        Config c = getConfig(key);
        String className = c.getString(DATA_CELL);
        if (className == null) {
            return null;
        }
        if (className.equals(MissingCell.class.getName())) {
            return DataType.getMissingCell();
        }
        Config content = c.getConfig(className);
        String simple = className.substring(className.lastIndexOf('.') + 1);
        if (className.equals(BooleanCell.class.getName())) {
            return content.getBoolean(simple) ? BooleanCell.TRUE : BooleanCell.FALSE;
        } else if (className.equals(StringCell.class.getName())) {
            return new StringCell(content.getString(simple));
        } else if (className.equals(DoubleCell.class.getName())) {
            return new DoubleCell(content.getDouble(simple));
        } else if (className.equals(LongCell.class.getName())) {
            return new LongCell(content.getLong(simple));
        } else if (className.equals(IntCell.class.getName())) {
            return new IntCell(content.getInt(simple));
        }
        throw new InvalidSettingsException("Test kit cannot read cells of " + className);
    }

    @Override
    public DataCell getDataCell(final String key, final DataCell def) {
        try {
            return getDataCell(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addDataCellArray(final String key, final DataCell... values) {
        Config c = addConfig(key);
        if (values != null) {
            c.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                c.addDataCell(Integer.toString(i), values[i]);
            }
        }
    }

    @Override
    public DataCell[] getDataCellArray(final String key) throws InvalidSettingsException {
        Config c = getConfig(key);
        int n = c.getInt(ARRAY_SIZE, -1);
        if (n < 0) {
            return null;
        }
        DataCell[] r = new DataCell[n];
        for (int i = 0; i < n; i++) {
            r[i] = c.getDataCell(Integer.toString(i));
        }
        return r;
    }

    @Override
    public DataCell[] getDataCellArray(final String key, final DataCell... def) {
        try {
            return getDataCellArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    // ---- types -----------------------------------------------------------------------------------------

    @Override
    public void addDataType(final String key, final DataType type) {
        Config c = addConfig(key);
        if (type == null) {
            c.addBoolean(IS_NULL, true);
        } else {
            type.save(c);
            c.addBoolean(IS_NULL, false);
        }
    }

    @Override
    public DataType getDataType(final String key) throws InvalidSettingsException {
        Config c = getConfig(key);
        if (c.getBoolean(IS_NULL)) {
            return null;
        }
        return DataType.load(c);
    }

    @Override
    public DataType getDataType(final String key, final DataType def) {
        try {
            return getDataType(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addDataTypeArray(final String key, final DataType... values) {
        Config c = addConfig(key);
        if (values != null) {
            c.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                c.addDataType(Integer.toString(i), values[i]);
            }
        }
    }

    @Override
    public DataType[] getDataTypeArray(final String key) throws InvalidSettingsException {
        Config c = getConfig(key);
        int n = c.getInt(ARRAY_SIZE, -1);
        if (n < 0) {
            return null;
        }
        DataType[] r = new DataType[n];
        for (int i = 0; i < n; i++) {
            r[i] = c.getDataType(Integer.toString(i));
        }
        return r;
    }

    @Override
    public DataType[] getDataTypeArray(final String key, final DataType... v) {
        try {
            return getDataTypeArray(key);
        } catch (InvalidSettingsException e) {
            return v;
        }
    }

    // ---- row keys --------------------------------------------------------------------------------------

    @Override
    public RowKey getRowKey(final String key) throws InvalidSettingsException {
        String s = getString(key);
        return s == null ? null : new RowKey(s);
    }

    @Override
    public RowKey getRowKey(final String key, final RowKey def) {
        String s = getString(key, def == null ? null : def.getString());
        return s == null ? null : new RowKey(s);
    }

    @Override
    public void addRowKey(final String key, final RowKey rowKey) {
        addString(key, rowKey == null ? null : rowKey.getString());
    }

    @Override
    public RowKey[] getRowKeyArray(final String key) throws InvalidSettingsException {
        String[] s = getStringArray(key);
        return s == null ? null : RowKey.toRowKeys(s);
    }

    @Override
    public RowKey[] getRowKeyArray(final String key, final RowKey... def) {
        String[] s = getStringArray(key, def == null ? null : RowKey.toStrings(def));
        return s == null ? null : RowKey.toRowKeys(s);
    }

    @Override
    public void addRowKeyArray(final String key, final RowKey... rowKey) {
        addStringArray(key, rowKey == null ? null : RowKey.toStrings(rowKey));
    }

    @Override
    public String toString() {
        return getKey();
    }

    /**
     * @param config empty target config
     * @param in XML source, closed afterwards
     * @return the target
     * @throws IOException on read or parse problems
     */
    protected static Config loadFromXML(final Config config, final InputStream in) throws IOException {
        if (in == null) {
            throw new NullPointerException("Input stream must not be null");
        }
        config.load(in);
        return config;
    }

    @Override
    public void load(final InputStream is) throws IOException {
        super.load(is);
    }
}
