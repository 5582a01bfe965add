package org.qmrinodes.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Agreement with numpy/scipy (validation/features/make_histogram_golden.py) on ADC- and Kapp-like
 * voxel sets, heavy ties, three voxels and a constant map, for fixed bin counts and widths: 1e-12
 * relative (energy of tiny values: 1e-12 relative as well).
 */
class HistogramFeaturesNumpyAgreementTest {

    private static final Path DIR = CsvTable.validationDir().resolve("features");

    @TestFactory
    Stream<DynamicTest> agreesWithNumpyAndScipy() {
        final CsvTable g = CsvTable.read(DIR.resolve("histogram_golden.csv"));
        final List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            final int row = i;
            final String name = g.text(row, "set") + "/" + g.text(row, "discretisation") + "=" + g.text(row, "argument")
                + (g.text(row, "lower_bound").isEmpty() ? "" : " from " + g.text(row, "lower_bound"));
            tests.add(DynamicTest.dynamicTest(name, () -> {
                final double[] values = CsvTable.read(DIR.resolve("data/" + g.text(row, "set") + ".csv")).numbers("value");
                final Discretisation d = g.text(row, "discretisation").equals("bins")
                    ? Discretisation.fixedBinCount((int)g.number(row, "argument"))
                    : Discretisation.fixedBinWidth(g.number(row, "argument"), g.number(row, "lower_bound"));
                final HistogramFeatureSet f = HistogramFeatures.compute(values, d, name);
                final List<Object> actual = f.values();
                for (int k = 0; k < HistogramFeatureSet.NAMES.size(); k++) {
                    final String feature = HistogramFeatureSet.NAMES.get(k);
                    final double expected = g.number(row, feature);
                    final double value = ((Number)actual.get(k)).doubleValue();
                    assertRelative(expected, value, 1e-12, 1e-15, name + " " + feature);
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void maskSelectsVoxelsAndFailedFitsAreCounted() {
        final float[] map = {1f, 2f, Float.NaN, 4f, 100f};
        final boolean[] mask = {true, true, true, true, false};
        final HistogramFeatureSet f = HistogramFeatures.compute(map, mask, Discretisation.fixedBinCount(4), "ADC of P1");
        assertEquals(3, f.voxels());
        assertEquals(1, f.excludedVoxels());
        assertEquals(7.0 / 3, f.statistics().mean(), 1e-15);
        assertEquals(4.0, f.statistics().maximum());
    }

    @Test
    void emptyVoiNamesTheCase() {
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> HistogramFeatures.compute(new float[] {Float.NaN, 3f}, new boolean[] {true, false},
                Discretisation.fixedBinCount(8), "Kapp of P017"));
        assertTrue(e.getMessage().startsWith("Kapp of P017: the VOI has no voxel with a value"), e.getMessage());
        assertThrows(InvalidDataException.class, () -> HistogramFeatures.compute(new float[3], new boolean[2],
            Discretisation.fixedBinCount(8), "x"));
    }

    @Test
    void tableNamesColumnsAfterTheMap() {
        final ResultTable t = HistogramFeatures.table("ADC_",
            List.of(HistogramFeatures.compute(new double[] {1, 2, 3}, Discretisation.fixedBinCount(2), "x")));
        assertEquals(List.of("ADC_voxels", "ADC_mean", "ADC_median", "ADC_p05", "ADC_p95", "ADC_skewness",
            "ADC_kurtosis", "ADC_entropy"), t.columnNames().subList(0, 8));
    }
}
