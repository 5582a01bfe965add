package org.qmrinodes.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;

/** Bin settings that would need absurdly many bins are refused with a message, not an error of the JVM. */
class HistogramBinLimitTest {

    private static final double[] VOI = {0.1, 0.4, 0.9, 1.3, 2.0, 2.2};

    @Test
    void aBinCountAboveTheLimitIsRefusedNamingTheSetting() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Discretisation.fixedBinCount(Integer.MAX_VALUE));
        assertTrue(e.getMessage().contains("bins") && e.getMessage().contains("100000"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Discretisation.fixedBinCount(-1));
    }

    @Test
    void theLimitItselfStillWorks() {
        final HistogramFeatureSet f = HistogramFeatures.compute(VOI, Discretisation.fixedBinCount(Discretisation.MAX_BINS),
            "ADC of P1");
        assertEquals(6, f.voxels());
    }

    @Test
    void aTinyBinWidthIsRefusedNamingWidthRangeAndCount() {
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> HistogramFeatures.compute(VOI, Discretisation.fixedBinWidth(1e-300, Double.NaN), "ADC of P1"));
        final String m = e.getMessage();
        assertTrue(m.contains("ADC of P1") && m.contains("bin width 1.0E-300") && m.contains("0.1 to 2.2")
            && m.contains("bins"), m);
    }

    @Test
    void aWidthThatIsNotAFinitePositiveNumberIsRefused() {
        for (final double w : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Discretisation.fixedBinWidth(w, Double.NaN), "width " + w);
            assertTrue(e.getMessage().contains("bin width") || e.getMessage().contains("bins"), e.getMessage());
        }
    }
}
