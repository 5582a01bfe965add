package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: values that are complex numbers.
 */
public interface ComplexNumberValue extends DataValue {

    /** @return the real part */
    double getRealValue();

    /** @return the imaginary part */
    double getImaginaryValue();
}
