package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/**
 * Test-kit stand-in for the KNIME class of the same name: an int setting restricted to [min, max]; values out of
 * range are rejected with {@link IllegalArgumentException} (setter) or {@link InvalidSettingsException} (settings).
 */
@SuppressWarnings("unchecked") // createClone() narrows the generic return type, as in KNIME
public class SettingsModelIntegerBounded extends SettingsModelInteger {

    private final int m_minValue;

    private final int m_maxValue;

    /**
     * @param configName non-empty key
     * @param defaultValue initial value within the bounds
     * @param minValue lower bound (inclusive)
     * @param maxValue upper bound (inclusive)
     */
    public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int minValue,
        final int maxValue) {
        super(configName, defaultValue);
        if (minValue > maxValue) {
            throw new IllegalArgumentException("Specified min value must be smaller than the max value.");
        }
        m_minValue = minValue;
        m_maxValue = maxValue;
        try {
            checkBounds(defaultValue);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("InitialValue: " + e.getMessage(), e);
        }
    }

    @Override
    protected SettingsModelIntegerBounded createClone() {
        return new SettingsModelIntegerBounded(getConfigName(), getIntValue(), m_minValue, m_maxValue);
    }

    /** @return the lower bound */
    public int getLowerBound() {
        return m_minValue;
    }

    /** @return the upper bound */
    public int getUpperBound() {
        return m_maxValue;
    }

    @Override
    protected void validateValue(final int value) throws InvalidSettingsException {
        super.validateValue(value);
        try {
            checkBounds(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    @Override
    public void setIntValue(final int newValue) {
        checkBounds(newValue);
        super.setIntValue(newValue);
    }

    private void checkBounds(final int v) {
        if (v < m_minValue || v > m_maxValue) {
            throw new IllegalArgumentException(
                "Value (=" + v + ") must be within the range [" + m_minValue + "..." + m_maxValue + "].");
        }
    }
}
