package org.knime.core.node.config.base;

/**
 * Test-kit stand-in for the KNIME enum of the same name: the entry types of the XML config format. The constant
 * names are the {@code type} attribute values written to XML.
 */
public enum ConfigEntries {
    /** A string, may be null. */
    xstring,
    /** A 32 bit integer. */
    xint,
    /** A double. */
    xdouble,
    /** A float. */
    xfloat,
    /** A 64 bit integer. */
    xlong,
    /** A short. */
    xshort,
    /** A byte. */
    xbyte,
    /** A char. */
    xchar,
    /** A boolean. */
    xboolean,
    /** An encrypted password. */
    xpassword,
    /** A string that is never written to XML. */
    xtransientstring,
    /** A nested config. */
    config;

    /**
     * Creates a leaf entry of this type from its XML string form.
     *
     * @param key the entry key
     * @param value the string value as found in XML (null for null strings)
     * @return the new entry
     * @throws IllegalArgumentException if the value cannot be parsed for this type
     */
    public AbstractConfigEntry createEntry(final String key, final String value) {
        if (this == config) {
            throw new UnsupportedOperationException("Configs are not leaf entries");
        }
        return ConfigValueEntry.parse(this, key, value);
    }
}
