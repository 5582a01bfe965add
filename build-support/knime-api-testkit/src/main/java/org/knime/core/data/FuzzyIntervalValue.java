package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: values that are fuzzy intervals.
 */
public interface FuzzyIntervalValue extends DataValue {

    /** @return min support */
    double getMinSupport();

    /** @return min core */
    double getMinCore();

    /** @return max core */
    double getMaxCore();

    /** @return max support */
    double getMaxSupport();

    /** @return center of gravity */
    double getCenterOfGravity();
}
