package org.knime.core.node.config.base;

/**
 * Test-kit stand-in for the KNIME interface of the same name: write access to a config tree. Adding a key that
 * exists replaces the old entry.
 */
public interface ConfigBaseWO {

    /** @param key key @return a new, empty sub config */
    ConfigBase addConfigBase(String key);

    /** @return the key of this config */
    String getKey();

    /** @param key key @param value value */
    public void addInt(final String key, final int value);

    /** @param key key @param value value */
    public void addDouble(final String key, final double value);

    /** @param key key @param value value */
    public void addFloat(final String key, final float value);

    /** @param key key @param value value */
    public void addChar(final String key, final char value);

    /** @param key key @param value value */
    public void addShort(final String key, final short value);

    /** @param key key @param value value */
    public void addLong(final String key, final long value);

    /** @param key key @param value value */
    public void addByte(final String key, final byte value);

    /** @param key key @param value value, may be null */
    public void addString(final String key, final String value);

    /** @param key key @param value value */
    public void addBoolean(final String key, final boolean value);

    /** @param key key @param values values, may be null */
    public void addIntArray(final String key, final int... values);

    /** @param key key @param values values, may be null */
    public void addDoubleArray(final String key, final double... values);

    /** @param key key @param values values, may be null */
    public void addFloatArray(final String key, final float... values);

    /** @param key key @param values values, may be null */
    public void addByteArray(final String key, final byte... values);

    /** @param key key @param values values, may be null */
    public void addShortArray(final String key, final short... values);

    /** @param key key @param values values, may be null */
    public void addLongArray(final String key, final long... values);

    /** @param key key @param values values, may be null */
    public void addCharArray(final String key, final char... values);

    /** @param key key @param values values, may be null */
    public void addBooleanArray(final String key, final boolean... values);

    /** @param key key @param values values, may be null */
    public void addStringArray(final String key, final String... values);
}
