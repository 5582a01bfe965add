package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.swing.tree.TreeNode;

import org.knime.core.node.InvalidSettingsException;

/**
 * Test-kit stand-in for the KNIME class of the same name: an ordered, typed key/value tree that reads and writes
 * KNIME's XML config format. Getters are type-strict: a value stored as {@code xint} is not returned by
 * {@link #getLong(String)}.
 */
public abstract class ConfigBase extends AbstractConfigEntry implements ConfigBaseRO, ConfigBaseWO {

    private static final long serialVersionUID = 1L;

    static final String ARRAY_SIZE = "array-size";

    private final LinkedHashMap<String, AbstractConfigEntry> m_map = new LinkedHashMap<>();

    /** @param key the key of this config */
    public ConfigBase(final String key) {
        super(ConfigEntries.config, key);
    }

    /**
     * @param key key of the new config
     * @return a new, empty config of the same concrete class
     */
    public abstract ConfigBase getInstance(final String key);

    /** @param e entry to store (replaces an entry with the same key) */
    protected void put(final AbstractConfigEntry e) {
        m_map.put(e.getKey(), e);
        e.setParent(this);
    }

    /** @param key key @return entry or null */
    protected AbstractConfigEntry get(final String key) {
        return m_map.get(key);
    }

    @Override
    public final ConfigBase addConfigBase(final String key) {
        ConfigBase c = getInstance(key);
        put(c);
        return c;
    }

    /** @param config config to add under its own key */
    protected final void addConfigBase(final ConfigBase config) {
        put(config);
    }

    @Override
    public final ConfigBase getConfigBase(final String key) throws InvalidSettingsException {
        AbstractConfigEntry e = m_map.get(key);
        if (!(e instanceof ConfigBase)) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
        }
        return (ConfigBase)e;
    }

    /** @param key key @return the removed entry or null */
    public final AbstractConfigEntry removeConfig(final String key) {
        return m_map.remove(key);
    }

    // ---- typed leaf access ----------------------------------------------------------------------------

    private void putValue(final ConfigEntries type, final String key, final String value) {
        put(ConfigValueEntry.of(type, key, value));
    }

    private ConfigValueEntry find(final String key, final ConfigEntries type) {
        AbstractConfigEntry e = m_map.get(key);
        if (e instanceof ConfigValueEntry && e.getType() == type) {
            return (ConfigValueEntry)e;
        }
        return null;
    }

    private String require(final String key, final ConfigEntries type, final String what)
        throws InvalidSettingsException {
        ConfigValueEntry e = find(key, type);
        if (e == null) {
            throw new InvalidSettingsException(what + " for key \"" + key + "\" not found.");
        }
        return e.value();
    }

    @Override
    public void addInt(final String key, final int value) {
        putValue(ConfigEntries.xint, key, Integer.toString(value));
    }

    @Override
    public int getInt(final String key) throws InvalidSettingsException {
        return Integer.parseInt(require(key, ConfigEntries.xint, "Int"));
    }

    @Override
    public int getInt(final String key, final int def) {
        ConfigValueEntry e = find(key, ConfigEntries.xint);
        return e == null ? def : Integer.parseInt(e.value());
    }

    @Override
    public void addDouble(final String key, final double value) {
        putValue(ConfigEntries.xdouble, key, Double.toString(value));
    }

    @Override
    public double getDouble(final String key) throws InvalidSettingsException {
        return Double.parseDouble(require(key, ConfigEntries.xdouble, "Double"));
    }

    @Override
    public double getDouble(final String key, final double def) {
        ConfigValueEntry e = find(key, ConfigEntries.xdouble);
        return e == null ? def : Double.parseDouble(e.value());
    }

    @Override
    public void addFloat(final String key, final float value) {
        // KNIME writes floats through their double representation
        putValue(ConfigEntries.xfloat, key, Double.toString(value));
    }

    @Override
    public float getFloat(final String key) throws InvalidSettingsException {
        return Float.parseFloat(require(key, ConfigEntries.xfloat, "Float"));
    }

    @Override
    public float getFloat(final String key, final float def) {
        ConfigValueEntry e = find(key, ConfigEntries.xfloat);
        return e == null ? def : Float.parseFloat(e.value());
    }

    @Override
    public void addChar(final String key, final char value) {
        putValue(ConfigEntries.xchar, key, Character.toString(value));
    }

    @Override
    public char getChar(final String key) throws InvalidSettingsException {
        return require(key, ConfigEntries.xchar, "Char").charAt(0);
    }

    @Override
    public char getChar(final String key, final char def) {
        ConfigValueEntry e = find(key, ConfigEntries.xchar);
        return e == null ? def : e.value().charAt(0);
    }

    @Override
    public void addShort(final String key, final short value) {
        putValue(ConfigEntries.xshort, key, Short.toString(value));
    }

    @Override
    public short getShort(final String key) throws InvalidSettingsException {
        return Short.parseShort(require(key, ConfigEntries.xshort, "Short"));
    }

    @Override
    public short getShort(final String key, final short def) {
        ConfigValueEntry e = find(key, ConfigEntries.xshort);
        return e == null ? def : Short.parseShort(e.value());
    }

    @Override
    public void addLong(final String key, final long value) {
        putValue(ConfigEntries.xlong, key, Long.toString(value));
    }

    @Override
    public long getLong(final String key) throws InvalidSettingsException {
        return Long.parseLong(require(key, ConfigEntries.xlong, "Long"));
    }

    @Override
    public long getLong(final String key, final long def) {
        ConfigValueEntry e = find(key, ConfigEntries.xlong);
        return e == null ? def : Long.parseLong(e.value());
    }

    @Override
    public void addByte(final String key, final byte value) {
        putValue(ConfigEntries.xbyte, key, Byte.toString(value));
    }

    @Override
    public byte getByte(final String key) throws InvalidSettingsException {
        return Byte.parseByte(require(key, ConfigEntries.xbyte, "Byte"));
    }

    @Override
    public byte getByte(final String key, final byte def) {
        ConfigValueEntry e = find(key, ConfigEntries.xbyte);
        return e == null ? def : Byte.parseByte(e.value());
    }

    @Override
    public void addString(final String key, final String value) {
        putValue(ConfigEntries.xstring, key, value);
    }

    @Override
    public String getString(final String key) throws InvalidSettingsException {
        return require(key, ConfigEntries.xstring, "String");
    }

    @Override
    public String getString(final String key, final String def) {
        ConfigValueEntry e = find(key, ConfigEntries.xstring);
        return e == null ? def : e.value();
    }

    @Override
    public void addBoolean(final String key, final boolean value) {
        putValue(ConfigEntries.xboolean, key, Boolean.toString(value));
    }

    @Override
    public boolean getBoolean(final String key) throws InvalidSettingsException {
        return Boolean.parseBoolean(require(key, ConfigEntries.xboolean, "Boolean"));
    }

    @Override
    public boolean getBoolean(final String key, final boolean def) {
        ConfigValueEntry e = find(key, ConfigEntries.xboolean);
        return e == null ? def : Boolean.parseBoolean(e.value());
    }

    // ---- arrays: a sub config with "array-size" and entries "0", "1", ... ---------------------------------

    private ConfigBase addArrayConfig(final String key, final int sizeOrMinusOne) {
        ConfigBase c = addConfigBase(key);
        if (sizeOrMinusOne >= 0) {
            c.addInt(ARRAY_SIZE, sizeOrMinusOne);
        }
        return c;
    }

    /** @return the array sub config's size or -1 if it holds a null array */
    private static int arraySize(final ConfigBase c) {
        return c.getInt(ARRAY_SIZE, -1);
    }

    @Override
    public void addIntArray(final String key, final int... values) {
        ConfigBase c = addArrayConfig(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addInt(Integer.toString(i), values[i]);
        }
    }

    @Override
    public int[] getIntArray(final String key) throws InvalidSettingsException {
        ConfigBase c = getConfigBase(key);
        int n = arraySize(c);
        if (n < 0) {
            return null;
        }
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = c.getInt(Integer.toString(i));
        }
        return r;
    }

    @Override
    public int[] getIntArray(final String key, final int... def) {
        try {
            return getIntArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addDoubleArray(final String key, final double... values) {
        ConfigBase c = addArrayConfig(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addDouble(Integer.toString(i), values[i]);
        }
    }

    @Override
    public double[] getDoubleArray(final String key) throws InvalidSettingsException {
        ConfigBase c = getConfigBase(key);
        int n = arraySize(c);
        if (n < 0) {
            return null;
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = c.getDouble(Integer.toString(i));
        }
        return r;
    }

    @Override
    public double[] getDoubleArray(final String key, final double... def) {
        try {
            return getDoubleArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addFloatArray(final String key, final float... values) {
        ConfigBase c = addArrayConfig(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addFloat(Integer.toString(i), values[i]);
        }
    }

    @Override
    public float[] getFloatArray(final String key) throws InvalidSettingsException {
        ConfigBase c = getConfigBase(key);
        int n = arraySize(c);
        if (n < 0) {
            return null;
        }
        float[] r = new float[n];
        for (int i = 0; i < n; i++) {
            r[i] = c.getFloat(Integer.toString(i));
        }
        return r;
    }

    @Override
    public float[] getFloatArray(final String key, final float... def) {
        try {
            return getFloatArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addCharArray(final String key, final char... values) {
        ConfigBase c = addArrayConfig(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addChar(Integer.toString(i), values[i]);
        }
    }

    @Override
    public char[] getCharArray(final String key) throws InvalidSettingsException {
        ConfigBase c = getConfigBase(key);
        int n = arraySize(c);
        if (n < 0) {
            return null;
        }
        char[] r = new char[n];
        for (int i = 0; i < n; i++) {
            r[i] = c.getChar(Integer.toString(i));
        }
        return r;
    }

    @Override
    public char[] getCharArray(final String key, final char... def) {
        try {
            return getCharArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addByteArray(final String key, final byte... values) {
        ConfigBase c = addArrayConfig(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addByte(Integer.toString(i), values[i]);
        }
    }

    @Override
    public byte[] getByteArray(final String key) throws InvalidSettingsException {
        ConfigBase c = getConfigBase(key);
        int n = arraySize(c);
        if (n < 0) {
            return null;
        }
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            r[i] = c.getByte(Integer.toString(i));
        }
        return r;
    }

    @Override
    public byte[] getByteArray(final String key, final byte... def) {
        try {
            return getByteArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addShortArray(final String key, final short... values) {
        ConfigBase c = addArrayConfig(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addShort(Integer.toString(i), values[i]);
        }
    }

    @Override
    public short[] getShortArray(final String key) throws InvalidSettingsException {
        ConfigBase c = getConfigBase(key);
        int n = arraySize(c);
        if (n < 0) {
            return null;
        }
        short[] r = new short[n];
        for (int i = 0; i < n; i++) {
            r[i] = c.getShort(Integer.toString(i));
        }
        return r;
    }

    @Override
    public short[] getShortArray(final String key, final short... def) {
        try {
            return getShortArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addLongArray(final String key, final long... values) {
        ConfigBase c = addArrayConfig(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addLong(Integer.toString(i), values[i]);
        }
    }

    @Override
    public long[] getLongArray(final String key) throws InvalidSettingsException {
        ConfigBase c = getConfigBase(key);
        int n = arraySize(c);
        if (n < 0) {
            return null;
        }
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            r[i] = c.getLong(Integer.toString(i));
        }
        return r;
    }

    @Override
    public long[] getLongArray(final String key, final long... def) {
        try {
            return getLongArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addBooleanArray(final String key, final boolean... values) {
        ConfigBase c = addArrayConfig(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addBoolean(Integer.toString(i), values[i]);
        }
    }

    @Override
    public boolean[] getBooleanArray(final String key) throws InvalidSettingsException {
        ConfigBase c = getConfigBase(key);
        int n = arraySize(c);
        if (n < 0) {
            return null;
        }
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            r[i] = c.getBoolean(Integer.toString(i));
        }
        return r;
    }

    @Override
    public boolean[] getBooleanArray(final String key, final boolean... def) {
        try {
            return getBooleanArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addStringArray(final String key, final String... values) {
        ConfigBase c = addArrayConfig(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addString(Integer.toString(i), values[i]);
        }
    }

    @Override
    public String[] getStringArray(final String key) throws InvalidSettingsException {
        ConfigBase c = getConfigBase(key);
        int n = arraySize(c);
        if (n < 0) {
            return null;
        }
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            r[i] = c.getString(Integer.toString(i));
        }
        return r;
    }

    @Override
    public String[] getStringArray(final String key, final String... def) {
        try {
            return getStringArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    // ---- structure -------------------------------------------------------------------------------------

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(m_map.keySet());
    }

    @Override
    public boolean containsKey(final String key) {
        return m_map.containsKey(key);
    }

    /** @param key key @return the entry (leaf or config) or null */
    public AbstractConfigEntry getEntry(final String key) {
        return m_map.get(key);
    }

    /** @param entry entry to add under its own key */
    public void addEntry(final AbstractConfigEntry entry) {
        put(entry);
    }

    @Override
    public final Iterator<String> iterator() {
        return keySet().iterator();
    }

    @Override
    public boolean hasIdenticalValue(final AbstractConfigEntry otherConfig) {
        if (!(otherConfig instanceof ConfigBase)) {
            return false;
        }
        ConfigBase o = (ConfigBase)otherConfig;
        if (!new ArrayList<>(m_map.keySet()).equals(new ArrayList<>(o.m_map.keySet()))) {
            return false;
        }
        for (Map.Entry<String, AbstractConfigEntry> e : m_map.entrySet()) {
            if (!e.getValue().isIdentical(o.m_map.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(getKey(), m_map.keySet());
    }

    @Override
    public final String toStringValue() {
        return getKey();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        appendTree(sb, 0);
        return sb.toString();
    }

    private void appendTree(final StringBuilder sb, final int depth) {
        sb.append("  ".repeat(depth)).append(getKey()).append(":\n");
        for (AbstractConfigEntry e : m_map.values()) {
            if (e instanceof ConfigBase) {
                ((ConfigBase)e).appendTree(sb, depth + 1);
            } else {
                sb.append("  ".repeat(depth + 1)).append(e.getKey()).append(" (").append(e.getType())
                    .append(") -> ").append(e.toStringValue()).append('\n');
            }
        }
    }

    @Override
    public final void saveToXML(final OutputStream os) throws IOException {
        try (OutputStream out = os) {
            out.write(XmlConfigCodec.toXml(this));
            out.flush();
        }
    }

    /**
     * Reads XML into the given (empty) config; the stream is closed afterwards.
     *
     * @param config target
     * @param in source
     * @return the target
     * @throws IOException on read or parse problems
     */
    protected static ConfigBase loadFromXML(final ConfigBase config, final InputStream in) throws IOException {
        if (in == null) {
            throw new NullPointerException("Input stream must not be null");
        }
        config.load(in);
        return config;
    }

    /**
     * Reads XML into this config (the root key is taken from the file); the stream is closed afterwards.
     *
     * @param is source
     * @throws IOException on read or parse problems
     */
    public void load(final InputStream is) throws IOException {
        try (InputStream in = is) {
            XmlConfigCodec.parseInto(this, in);
        }
    }

    @Override
    public void copyTo(final ConfigBaseWO dest) {
        for (AbstractConfigEntry e : m_map.values()) {
            if (e instanceof ConfigBase) {
                ((ConfigBase)e).copyTo(dest.addConfigBase(e.getKey()));
            } else if (dest instanceof ConfigBase) {
                ((ConfigBase)dest).put(((ConfigValueEntry)e).copyWithKey(e.getKey()));
            } else {
                throw new ClassCastException("Destination must extend ConfigBase");
            }
        }
    }

    void setRootKey(final String key) {
        setKey(key);
    }

    List<AbstractConfigEntry> entries() {
        return new ArrayList<>(m_map.values());
    }

    @Override
    public TreeNode getChildAt(final int childIndex) {
        return entries().get(childIndex);
    }

    @Override
    public int getChildCount() {
        return m_map.size();
    }

    @Override
    public int getIndex(final TreeNode node) {
        return entries().indexOf(node);
    }

    @Override
    public final boolean isLeaf() {
        return false;
    }

    @Override
    public final Enumeration<TreeNode> children() {
        return Collections.enumeration(new ArrayList<TreeNode>(m_map.values()));
    }
}
