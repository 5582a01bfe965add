package org.knime.core.node.config.base;

import java.util.Objects;

/**
 * Test-kit internal leaf entry: holds the canonical string form of a typed value (as written to XML).
 */
final class ConfigValueEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    private final String m_value;

    private ConfigValueEntry(final ConfigEntries type, final String key, final String value) {
        super(type, key);
        m_value = value;
    }

    static ConfigValueEntry of(final ConfigEntries type, final String key, final String canonicalValue) {
        return new ConfigValueEntry(type, key, canonicalValue);
    }

    /** Parses an XML value, validating and normalising it for the given type. */
    static ConfigValueEntry parse(final ConfigEntries type, final String key, final String value) {
        if (value == null) {
            if (type == ConfigEntries.xstring || type == ConfigEntries.xpassword
                || type == ConfigEntries.xtransientstring) {
                return new ConfigValueEntry(type, key, null);
            }
            throw new IllegalArgumentException("Null value not allowed for type " + type + " (key " + key + ")");
        }
        try {
            switch (type) {
                case xint:
                    Integer.parseInt(value);
                    break;
                case xlong:
                    Long.parseLong(value);
                    break;
                case xshort:
                    Short.parseShort(value);
                    break;
                case xbyte:
                    Byte.parseByte(value);
                    break;
                case xdouble:
                case xfloat:
                    Double.parseDouble(value);
                    break;
                case xchar:
                    if (value.length() != 1) {
                        throw new IllegalArgumentException("Not a single char: '" + value + "'");
                    }
                    break;
                default:
                    break;
            }
        } catch (NumberFormatException nfe) {
            throw new IllegalArgumentException("Invalid " + type + " value '" + value + "' for key " + key, nfe);
        }
        return new ConfigValueEntry(type, key, value);
    }

    String value() {
        return m_value;
    }

    ConfigValueEntry copyWithKey(final String key) {
        return new ConfigValueEntry(getType(), key, m_value);
    }

    @Override
    public String toStringValue() {
        return m_value;
    }

    @Override
    boolean hasIdenticalValue(final AbstractConfigEntry ace) {
        return ace instanceof ConfigValueEntry && Objects.equals(m_value, ((ConfigValueEntry)ace).m_value);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + Objects.hashCode(m_value);
    }
}
