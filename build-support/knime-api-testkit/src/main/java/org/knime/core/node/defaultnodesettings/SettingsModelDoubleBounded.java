package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/**
 * Test-kit stand-in for the KNIME class of the same name: a double setting restricted to [min, max]; values out of
 * range are rejected with {@link IllegalArgumentException} (setter) or {@link InvalidSettingsException} (settings).
 */
@SuppressWarnings("unchecked") // createClone() narrows the generic return type, as in KNIME
public class SettingsModelDoubleBounded extends SettingsModelDouble {

    private final double m_minValue;

    private final double m_maxValue;

    /**
     * @param configName non-empty key
     * @param defaultValue initial value within the bounds
     * @param minValue lower bound (inclusive)
     * @param maxValue upper bound (inclusive)
     */
    public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double minValue,
        final double maxValue) {
        super(configName, defaultValue);
        if (minValue > maxValue) {
            throw new IllegalArgumentException("Specified min value must be smaller than the max value.");
        }
        m_minValue = minValue;
        m_maxValue = maxValue;
        try {
            checkBounds(defaultValue);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("InitialValue:" + e.getMessage(), e);
        }
    }

    @Override
    protected SettingsModelDoubleBounded createClone() {
        return new SettingsModelDoubleBounded(getConfigName(), getDoubleValue(), m_minValue, m_maxValue);
    }

    /** @return the lower bound */
    public double getLowerBound() {
        return m_minValue;
    }

    /** @return the upper bound */
    public double getUpperBound() {
        return m_maxValue;
    }

    @Override
    protected void validateValue(final double value) throws InvalidSettingsException {
        super.validateValue(value);
        try {
            checkBounds(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    @Override
    public void setDoubleValue(final double newValue) {
        checkBounds(newValue);
        super.setDoubleValue(newValue);
    }

    private void checkBounds(final double v) {
        if (v < m_minValue || v > m_maxValue || Double.isNaN(v)) {
            throw new IllegalArgumentException(
                "value (=" + v + ") must be within the range [" + m_minValue + "..." + m_maxValue + "].");
        }
    }
}
