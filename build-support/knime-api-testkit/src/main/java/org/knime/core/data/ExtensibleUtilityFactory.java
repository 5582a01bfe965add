package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME class of the same name: the utility factory of a value class whose
 * renderers are registered through the {@code org.knime.core.DataValueRenderer} extension point.
 */
public abstract class ExtensibleUtilityFactory extends DataValue.UtilityFactory {

    /** The value class this factory is responsible for. */
    protected final Class<? extends DataValue> m_valueClass;

    /**
     * @param valueClass the value class for which this factory is responsible
     */
    public ExtensibleUtilityFactory(final Class<? extends DataValue> valueClass) {
        m_valueClass = valueClass;
    }

    /** @return the value's name as shown in KNIME's preferences, e.g. "Molecule" */
    public abstract String getName();

    /** @return the group in KNIME's renderer preferences */
    public String getGroupName() {
        return "Other";
    }
}
