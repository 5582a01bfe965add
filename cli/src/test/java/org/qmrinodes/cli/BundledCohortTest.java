package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.stats.agreement.IccForm;
import org.qmrinodes.core.stats.agreement.IntraclassCorrelation;
import org.qmrinodes.core.stats.agreement.LongFormatRatings;
import org.qmrinodes.cli.report.Fr24FeatureTables;
import org.qmrinodes.core.synthetic.Fr24LesionCohort;
import org.qmrinodes.core.synthetic.Fr25FeatureCohort;
import org.qmrinodes.core.synthetic.Qims26FeatureCohort;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
import org.qmrinodes.core.synthetic.Shen25TwoReaders;
import org.qmrinodes.core.testing.CsvTable;

/** The cohort and two-reader table bundled under test-workflows/ are exactly what the seeded generators write. */
class BundledCohortTest {

    private static final Path TWO_READERS =
        CsvTable.validationDir().resolveSibling("test-workflows/data/shen25_synthetic_two_readers.csv");

    @Test
    void bundledCohortIsReproducibleFromItsSeed(@TempDir final Path tmp) throws Exception {
        final Path generated = tmp.resolve("cohort.csv");
        CsvTableWriter.write(Shen25FeatureCohort.generate(Shen25FeatureCohort.DEFAULT_SEED), generated, System.out);
        final Path bundled =
            CsvTable.validationDir().resolveSibling("test-workflows/data/shen25_synthetic_cohort.csv");
        assertEquals(Files.readString(bundled), Files.readString(generated));
    }

    @Test
    void bundledFr25CohortIsReproducibleFromItsSeed(@TempDir final Path tmp) throws Exception {
        final Path generated = tmp.resolve("fr25.csv");
        CsvTableWriter.write(Fr25FeatureCohort.generate(Fr25FeatureCohort.DEFAULT_SEED), generated, System.out);
        final Path bundled = CsvTable.validationDir().resolveSibling("test-workflows/data/fr25_synthetic_cohort.csv");
        assertEquals(Files.readString(bundled), Files.readString(generated));
    }

    @Test
    void bundledQims26CohortIsReproducibleFromItsSeed(@TempDir final Path tmp) throws Exception {
        final Path generated = tmp.resolve("qims26.csv");
        CsvTableWriter.write(Qims26FeatureCohort.generate(Qims26FeatureCohort.DEFAULT_SEED), generated, System.out);
        final Path bundled = CsvTable.validationDir().resolveSibling("test-workflows/data/qims26_synthetic_cohort.csv");
        assertEquals(Files.readString(bundled), Files.readString(generated));
    }

    @Test
    void bundledFr24FeatureTablesAreWhatTheGeneratedLesionsGive(@TempDir final Path tmp) throws Exception {
        final Fr24FeatureTables.Tables tables = Fr24FeatureTables.extract(Fr24LesionCohort.DEFAULT_SEED);
        final String[][] files = {{"fr24_features_training.csv", "training"}, {"fr24_features_test.csv", "test"},
            {"fr24_two_readers.csv", "readers"}};
        for (final String[] f : files) {
            final Path generated = tmp.resolve(f[0]);
            CsvTableWriter.write(f[1].equals("training") ? tables.training() : f[1].equals("test") ? tables.test()
                : tables.readers(), generated, System.out);
            final Path bundled = CsvTable.validationDir().resolveSibling("test-workflows/data/" + f[0]);
            assertEquals(Files.readString(bundled), Files.readString(generated), f[0]);
        }
    }

    @Test
    void bundledTwoReaderTableIsReproducibleFromItsSeed(@TempDir final Path tmp) throws Exception {
        final Path generated = tmp.resolve("readers.csv");
        CsvTableWriter.write(Shen25TwoReaders.generateDefault(), generated, System.out);
        assertEquals(Files.readString(TWO_READERS), Files.readString(generated));
    }

    @Test
    void readerIccsFollowTheirTargets() throws IOException {
        final CsvTable t = CsvTable.read(TWO_READERS);
        final List<String> ids = new ArrayList<>();
        final List<String> readers = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            ids.add(t.text(r, "patient_id"));
            readers.add(t.text(r, "reader"));
        }
        final LongFormatRatings layout = LongFormatRatings.of("patient_id", ids, "reader", readers);
        assertEquals(232, layout.subjects().size());
        double lowest = 1;
        double highest = 0;
        for (final String f : Shen25FeatureCohort.featureNames()) {
            final double[] v = new double[t.size()];
            for (int r = 0; r < t.size(); r++) {
                v[r] = t.number(r, f);
            }
            final double icc = IntraclassCorrelation.analyze(layout, f, v, 0.95).icc(IccForm.ICC2);
            // the design target up to sampling error (SE of ICC(2,1) with 232 subjects is below 0.04)
            assertEquals(Shen25TwoReaders.targetIcc(f), icc, 0.08, f);
            lowest = Math.min(lowest, icc);
            highest = Math.max(highest, icc);
        }
        assertTrue(lowest < 0.5 && highest > 0.9, "poor to excellent: " + lowest + " to " + highest);
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
