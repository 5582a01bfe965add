package org.qmrinodes.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Journal rounding: p below 0.001 as "< 0.001", everything else to three significant digits. */
class DisplayNumbersTest {

    @Test
    void pValuesAsAJournalPrintsThem() {
        assertEquals("< 0.001", DisplayNumbers.pValue(0.000999));
        assertEquals("< 0.001", DisplayNumbers.pValue(1e-12));
        assertEquals("0.00100", DisplayNumbers.pValue(0.001));
        assertEquals("0.0234", DisplayNumbers.pValue(0.023449));
        assertEquals("0.512", DisplayNumbers.pValue(0.5123));
        assertEquals("0.967", DisplayNumbers.pValue(0.96650001));
        assertEquals("1.00", DisplayNumbers.pValue(1));
        assertEquals("NA", DisplayNumbers.pValue(Double.NaN));
    }

    @Test
    void threeSignificantDigitsKeepTheirTrailingZeros() {
        assertEquals("0.00112", DisplayNumbers.significant(0.0011234));
        assertEquals("0.000210", DisplayNumbers.significant(0.00021));
        assertEquals("1.20", DisplayNumbers.significant(1.2));
        assertEquals("12300", DisplayNumbers.significant(12345));
        assertEquals("-4.57", DisplayNumbers.significant(-4.5678));
        assertEquals("100", DisplayNumbers.significant(99.96));
        assertEquals("0.00", DisplayNumbers.significant(0));
        assertEquals("Inf", DisplayNumbers.significant(Double.POSITIVE_INFINITY));
        assertEquals("7", DisplayNumbers.significant(7.4, 1));
        assertEquals("2.35e-07", DisplayNumbers.significant(2.346e-7));
        assertEquals("1.23e+06", DisplayNumbers.significant(1234567));
    }
}
