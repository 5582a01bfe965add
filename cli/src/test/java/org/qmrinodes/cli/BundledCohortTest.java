package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
import org.qmrinodes.core.testing.CsvTable;

/** The cohort bundled under test-workflows/ is exactly what the seeded generator writes. */
class BundledCohortTest {

    @Test
    void bundledCohortIsReproducibleFromItsSeed(@TempDir final Path tmp) throws Exception {
        final Path generated = tmp.resolve("cohort.csv");
        CsvTableWriter.write(Shen25FeatureCohort.generate(Shen25FeatureCohort.DEFAULT_SEED), generated, System.out);
        final Path bundled =
            CsvTable.validationDir().resolveSibling("test-workflows/data/shen25_synthetic_cohort.csv");
        assertEquals(Files.readString(bundled), Files.readString(generated));
    }

    @Test
    void groupSummariesFollowTheirTargets() throws IOException {
        final CsvTable t = CsvTable.read(
            CsvTable.validationDir().resolveSibling("test-workflows/data/shen25_synthetic_cohort.csv"));
        // Table 3 targets (mean, SD) of Kapp_entropy per group; sampling error of a mean is SD/sqrt(n)
        final String[] groups = {"HER2-zero", "HER2-low", "HER2-over"};
        final double[] mean = {1.143, 1.171, 0.920};
        final double[] sd = {0.421, 0.383, 0.408};
        final int[] n = {60, 91, 81};
        for (int g = 0; g < 3; g++) {
            double sum = 0;
            int count = 0;
            for (int r = 0; r < t.size(); r++) {
                if (t.text(r, "her2_status").equals(groups[g])) {
                    sum += t.number(r, "Kapp_entropy");
                    count++;
                }
            }
            assertEquals(n[g], count, groups[g]);
            assertEquals(mean[g], sum / count, 3 * sd[g] / Math.sqrt(n[g]), groups[g] + " Kapp_entropy mean");
        }
    }
}
