package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: values that are fuzzy numbers.
 */
public interface FuzzyNumberValue extends DataValue {

    /** @return min support */
    double getMinSupport();

    /** @return core */
    double getCore();

    /** @return max support */
    double getMaxSupport();
}
