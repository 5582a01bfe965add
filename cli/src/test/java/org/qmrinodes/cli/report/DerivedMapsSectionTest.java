package org.qmrinodes.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The demo's derived-map section: the synthetic QIMS26 and Fr25 values next to the published ones,
 * computed through pairing, resampling and map arithmetic, and the TIC types of Fr25's proportions.
 */
class DerivedMapsSectionTest {

    @TempDir
    Path dir;

    @Test
    void publishedGroupValuesAreReproducedWithinSamplingErrorAndEveryCurveIsTypedAsMade() throws Exception {
        final HtmlReport report = new HtmlReport("test");
        DerivedMapsSection.write(dir, report, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        report.write(dir.resolve("index.html"));
        final String page = Files.readString(dir.resolve("index.html"));
        assertTrue(page.contains("QIMS26: \u0394T1 and the relative T1 reduction") && page.contains("138 of 138 curves"),
            page);

        final CsvTable qims = CsvTable.read(dir.resolve("derived_maps_qims26.csv"));
        assertEquals(158, qims.size());
        // the lesions' T1 are standardised to the published group means, so the pipeline must give back
        // QIMS26's printed delta T1 (1441.2 and 1207.7 ms, from 1903.4 - 462.3 and 1788.6 - 580.9) up to voxel noise
        assertEquals(1441.2, groupMean(qims, "HER2-low", "delta_T1_ms"), 2);
        assertEquals(1207.7, groupMean(qims, "HER2-positive", "delta_T1_ms"), 2);
        assertEquals(1903.4, groupMean(qims, "HER2-low", "T1_pre_ms"), 2);
        assertEquals(580.9, groupMean(qims, "HER2-positive", "T1_post_ms"), 2);
        // the mean of ratios is not the ratio of means: within 0.03 of the printed 0.747 and 0.669
        assertEquals(0.747, groupMean(qims, "HER2-low", "reduction_relative_to_pre"), 0.03);
        assertEquals(0.669, groupMean(qims, "HER2-positive", "reduction_relative_to_pre"), 0.03);
        for (int i = 0; i < qims.size(); i++) {
            assertEquals(qims.number(i, "T1_pre_ms") - qims.number(i, "T1_post_ms"), qims.number(i, "delta_T1_ms"),
                1e-3 * qims.number(i, "T1_pre_ms"), "the lesion mean of the difference map is the difference of means");
        }

        final CsvTable fr25 = CsvTable.read(dir.resolve("derived_maps_fr25.csv"));
        assertEquals(138, fr25.size());
        for (int i = 0; i < fr25.size(); i++) {
            assertEquals(-fr25.number(i, "reduction_relative_to_pre"), fr25.number(i, "change_relative_to_pre"), 1e-6);
            assertTrue(fr25.number(i, "reduction_relative_to_pre") > 0, "T1 falls after contrast");
        }
        final CsvTable summary = CsvTable.read(dir.resolve("derived_maps_fr25_summary.csv"));
        assertEquals("0.66 (0.59, 0.67)", summary.text(0, "published_T1_delta"));

        final CsvTable tic = CsvTable.read(dir.resolve("tic_fr25_summary.csv"));
        assertEquals("8 / 9 / 32", tic.text(2, "typed_I_II_III"));
        assertEquals(tic.text(2, "published_I_II_III"), tic.text(2, "typed_I_II_III"));
    }

    private static double groupMean(final CsvTable t, final String group, final String column) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.text(i, "her2_group").equals(group)) {
                sum += t.number(i, column);
                n++;
            }
        }
        return sum / n;
    }
}
