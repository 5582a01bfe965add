package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;

/**
 * Test-kit stand-in for the KNIME interface of the same name: read access to a config tree.
 */
public interface ConfigBaseRO extends Iterable<String> {

    /**
     * @param key the key
     * @return the sub config
     * @throws InvalidSettingsException if absent
     */
    public ConfigBase getConfigBase(String key) throws InvalidSettingsException;

    /**
     * Writes this config as KNIME XML; the stream is closed afterwards.
     *
     * @param os target
     * @throws IOException on write problems
     */
    public void saveToXML(final OutputStream os) throws IOException;

    /** @param config destination receiving a copy of all entries */
    public void copyTo(ConfigBaseWO config);

    /** @return the key of this config */
    public String getKey();

    /** @param key key @return value @throws InvalidSettingsException if absent or of other type */
    public int getInt(final String key) throws InvalidSettingsException;

    /** @param key key @return value @throws InvalidSettingsException if absent or of other type */
    public double getDouble(final String key) throws InvalidSettingsException;

    /** @param key key @return value @throws InvalidSettingsException if absent or of other type */
    public char getChar(final String key) throws InvalidSettingsException;

    /** @param key key @return value @throws InvalidSettingsException if absent or of other type */
    public short getShort(final String key) throws InvalidSettingsException;

    /** @param key key @return value @throws InvalidSettingsException if absent or of other type */
    public long getLong(final String key) throws InvalidSettingsException;

    /** @param key key @return value @throws InvalidSettingsException if absent or of other type */
    public byte getByte(final String key) throws InvalidSettingsException;

    /** @param key key @return value (may be null) @throws InvalidSettingsException if absent or of other type */
    public String getString(final String key) throws InvalidSettingsException;

    /** @return the keys in insertion order */
    public Set<String> keySet();

    /** @param key key @return whether an entry or config with that key exists */
    public boolean containsKey(final String key);

    /** @param key key @return value @throws InvalidSettingsException if absent or of other type */
    public boolean getBoolean(final String key) throws InvalidSettingsException;

    /** @param key key @param def default @return value or default */
    public int getInt(final String key, final int def);

    /** @param key key @return array or null @throws InvalidSettingsException if absent */
    public int[] getIntArray(final String key) throws InvalidSettingsException;

    /** @param key key @param def default @return array or default */
    public int[] getIntArray(final String key, final int... def);

    /** @param key key @param def default @return value or default */
    public double getDouble(final String key, final double def);

    /** @param key key @return array or null @throws InvalidSettingsException if absent */
    public double[] getDoubleArray(final String key) throws InvalidSettingsException;

    /** @param key key @param def default @return array or default */
    public double[] getDoubleArray(final String key, final double... def);

    /** @param key key @return value @throws InvalidSettingsException if absent or of other type */
    public float getFloat(final String key) throws InvalidSettingsException;

    /** @param key key @param def default @return value or default */
    public float getFloat(final String key, final float def);

    /** @param key key @return array or null @throws InvalidSettingsException if absent */
    public float[] getFloatArray(final String key) throws InvalidSettingsException;

    /** @param key key @param def default @return array or default */
    public float[] getFloatArray(final String key, final float... def);

    /** @param key key @param def default @return value or default */
    public char getChar(final String key, final char def);

    /** @param key key @return array or null @throws InvalidSettingsException if absent */
    public char[] getCharArray(final String key) throws InvalidSettingsException;

    /** @param key key @param def default @return array or default */
    public byte[] getByteArray(final String key, final byte... def);

    /** @param key key @return array or null @throws InvalidSettingsException if absent */
    public byte[] getByteArray(final String key) throws InvalidSettingsException;

    /** @param key key @param def default @return value or default */
    public byte getByte(final String key, final byte def);

    /** @param key key @return array or null @throws InvalidSettingsException if absent */
    public short[] getShortArray(final String key) throws InvalidSettingsException;

    /** @param key key @param def default @return array or default */
    public short[] getShortArray(final String key, final short... def);

    /** @param key key @return array or null @throws InvalidSettingsException if absent */
    public long[] getLongArray(final String key) throws InvalidSettingsException;

    /** @param key key @param def default @return array or default */
    public long[] getLongArray(final String key, final long... def);

    /** @param key key @param def default @return value or default */
    public short getShort(final String key, final short def);

    /** @param key key @param def default @return value or default */
    public long getLong(final String key, final long def);

    /** @param key key @param def default @return array or default */
    public char[] getCharArray(final String key, final char... def);

    /** @param key key @param def default @return value or default */
    public boolean getBoolean(final String key, final boolean def);

    /** @param key key @return array or null @throws InvalidSettingsException if absent */
    public boolean[] getBooleanArray(final String key) throws InvalidSettingsException;

    /** @param key key @param def default @return array or default */
    public boolean[] getBooleanArray(final String key, final boolean... def);

    /** @param key key @param def default @return value or default */
    public String getString(final String key, final String def);

    /** @param key key @return array or null @throws InvalidSettingsException if absent */
    public String[] getStringArray(final String key) throws InvalidSettingsException;

    /** @param key key @param def default @return array or default */
    public String[] getStringArray(final String key, final String... def);

    @Override
    public Iterator<String> iterator();
}
