package org.qmrinodes.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The IBSI 1 digital phantom (5×4×4 voxels, grey levels 1, 3, 4, 6, 74 ROI voxels) against the
 * consensus reference values of the families "Statistics" (stat_*) and "Intensity histogram" (ih_*)
 * in {@code ../shared/data/ibsi/reference_values_digital_phantom.csv}, read in place (skipped when
 * absent).
 *
 * <p>Discretisation: the phantom's grey levels are already discrete and IBSI computes its
 * intensity-histogram features on them unchanged, which here is a fixed bin width of 1 from the
 * lowest grey level 1 (bin number = grey level).
 *
 * <p>Agreement: each value must match to the listed tolerance or, where the tolerance is 0, to half a
 * unit in the last printed digit (e.g. 2.15 → ±0.005; IBSI prints 3 significant digits). All 18
 * statistics and 19 histogram features we implement agree. Percentiles: ours interpolate linearly
 * (R type 7); on this phantom (50 × 1, 1 × 3, 16 × 4, 7 × 6) P10, P25, P75 and P90 fall inside runs of
 * equal values, so every common percentile definition gives 1, 1, 4, 4 and the phantom cannot tell
 * them apart.
 */
class IbsiDigitalPhantomTest {

    private static IntensityStatistics stats;
    private static IntensityStatistics binned;
    private static IntensityHistogram histogram;
    private static Map<String, String[]> reference;

    @BeforeAll
    static void read() {
        final Path csv = CsvTable.sharedFile("data/ibsi/reference_values_digital_phantom.csv");
        final Volume phantom = Nifti.readVolume(CsvTable.sharedFile("data/ibsi/digital_phantom/phantom.nii.gz"));
        final Mask mask = Nifti.readMask(CsvTable.sharedFile("data/ibsi/digital_phantom/mask.nii.gz"));
        assertTrue(phantom.geometry().sameGrid(mask.geometry(), 1e-6), "phantom and mask on one grid");
        final float[] image = phantom.copyOfVolume(0);
        final int[] roi = mask.copyOfLabels();
        final List<Double> values = new ArrayList<>();
        for (int v = 0; v < roi.length; v++) {
            if (roi[v] != 0) {
                values.add((double) image[v]);
            }
        }
        assertEquals(74, values.size(), "IBSI: 74 ROI voxels");
        stats = IntensityStatistics.of(values.stream().mapToDouble(Double::doubleValue).toArray());
        final Discretisation d = Discretisation.fixedBinWidth(1, 1);
        histogram = IntensityHistogram.of(stats, d);
        final int[] bins = d.bin(stats.sortedValues());
        binned = IntensityStatistics.of(java.util.Arrays.stream(bins).asDoubleStream().toArray());
        reference = new LinkedHashMap<>();
        final CsvTable t = CsvTable.read(csv);
        for (int r = 0; r < t.size(); r++) {
            reference.put(t.text(r, "tag"), new String[] {t.text(r, "reference value"), t.text(r, "tolerance")});
        }
    }

    private static void check(final String tag, final double actual) {
        final String[] ref = reference.get(tag);
        assertTrue(ref != null, tag + " in the reference file");
        final BigDecimal printed = new BigDecimal(ref[0]);
        final double tolerance = Math.max(Double.parseDouble(ref[1]), 0.5 * Math.pow(10, -printed.scale()));
        assertEquals(printed.doubleValue(), actual, tolerance + 1e-12, tag + " (IBSI " + ref[0] + " ± " + tolerance + ")");
    }

    private static final Map<String, ToDoubleFunction<IntensityStatistics>> STATISTICS = new LinkedHashMap<>();

    static {
        STATISTICS.put("mean", IntensityStatistics::mean);
        STATISTICS.put("var", IntensityStatistics::variance);
        STATISTICS.put("skew", IntensityStatistics::skewness);
        STATISTICS.put("kurt", IntensityStatistics::kurtosis);
        STATISTICS.put("median", IntensityStatistics::median);
        STATISTICS.put("min", IntensityStatistics::minimum);
        STATISTICS.put("p10", s -> s.percentile(10));
        STATISTICS.put("p90", s -> s.percentile(90));
        STATISTICS.put("max", IntensityStatistics::maximum);
        STATISTICS.put("iqr", IntensityStatistics::interquartileRange);
        STATISTICS.put("range", IntensityStatistics::range);
        STATISTICS.put("mad", IntensityStatistics::meanAbsoluteDeviation);
        STATISTICS.put("rmad", IntensityStatistics::robustMeanAbsoluteDeviation);
        STATISTICS.put("medad", IntensityStatistics::medianAbsoluteDeviation);
        STATISTICS.put("cov", IntensityStatistics::coefficientOfVariation);
        STATISTICS.put("qcod", IntensityStatistics::quartileCoefficientOfDispersion);
    }

    @Test
    void statisticsFamily() {
        STATISTICS.forEach((name, f) -> check("stat_" + name, f.applyAsDouble(stats)));
        check("stat_energy", stats.energy());
        check("stat_rms", stats.rootMeanSquare());
    }

    @Test
    void intensityHistogramFamilyOnTheUnchangedGreyLevels() {
        STATISTICS.forEach((name, f) -> check("ih_" + name, f.applyAsDouble(binned)));
        check("ih_entropy", histogram.entropy());
        check("ih_uniformity", histogram.uniformity());
        check("ih_mode", histogram.mode());
    }
}
