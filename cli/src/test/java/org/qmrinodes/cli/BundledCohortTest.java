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
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.stats.agreement.IccForm;
import org.qmrinodes.core.stats.agreement.IntraclassCorrelation;
import org.qmrinodes.core.stats.agreement.LongFormatRatings;
import org.qmrinodes.cli.report.Fr24FeatureTables;
import org.qmrinodes.core.synthetic.Fr24LesionCohort;
import org.qmrinodes.core.synthetic.Fr25FeatureCohort;
import org.qmrinodes.core.synthetic.Qims26FeatureCohort;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
import org.qmrinodes.core.synthetic.Shen25LesionImages;
import org.qmrinodes.core.synthetic.Shen25TwoReaders;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The cohorts, two-reader tables, Fr24 feature tables and Fr24 mask tables bundled under test-workflows/data are
 * exactly what the seeded generators write.
 */
class BundledCohortTest {

    private static final Path TWO_READERS =
        CsvTable.validationDir().resolveSibling("test-workflows/data/shen25_synthetic_two_readers.csv");

    /** The bundled file {@code test-workflows/data/<name>} is exactly what the generator writes. */
    private static void assertBundled(final String name, final ResultTable generated, final Path tmp) throws Exception {
        final Path written = tmp.resolve(name);
        CsvTableWriter.write(generated, written, System.out);
        final Path bundled = CsvTable.validationDir().resolveSibling("test-workflows/data/" + name);
        assertEquals(Files.readString(bundled), Files.readString(written), name);
    }

    @Test
    void bundledFeatureCohortsAreReproducibleFromTheirSeeds(@TempDir final Path tmp) throws Exception {
        assertBundled("shen25_synthetic_cohort.csv", Shen25FeatureCohort.generate(Shen25FeatureCohort.DEFAULT_SEED), tmp);
        assertBundled("shen25_synthetic_two_readers.csv", Shen25TwoReaders.generateDefault(), tmp);
        assertBundled("fr25_synthetic_cohort.csv", Fr25FeatureCohort.generate(Fr25FeatureCohort.DEFAULT_SEED), tmp);
        assertBundled("qims26_synthetic_cohort.csv", Qims26FeatureCohort.generate(Qims26FeatureCohort.DEFAULT_SEED), tmp);
        assertBundled("shen25_masks.csv", Shen25LesionImages.maskTable(Shen25LesionImages.generate(
            Shen25FeatureCohort.generate(Shen25FeatureCohort.DEFAULT_SEED), Shen25LesionImages.DEFAULT_SEED),
            GenerateImagesCommand.WORKFLOW_MASKS), tmp);
    }

    @Test
    void bundledFr24TablesAreWhatTheGeneratedLesionsGive(@TempDir final Path tmp) throws Exception {
        final Fr24FeatureTables.Tables tables = Fr24FeatureTables.extract(Fr24LesionCohort.DEFAULT_SEED);
        assertBundled("fr24_features_training.csv", tables.training(), tmp);
        assertBundled("fr24_features_test.csv", tables.test(), tmp);
        assertBundled("fr24_two_readers.csv", tables.readers(), tmp);
        final Fr24LesionCohort.MaskTables masks = Fr24LesionCohort.maskTables(
            Fr24LesionCohort.generate(Fr24LesionCohort.DEFAULT_SEED), GenerateImagesCommand.WORKFLOW_MASKS);
        assertBundled("fr24_masks_training.csv", masks.training(), tmp);
        assertBundled("fr24_masks_test.csv", masks.test(), tmp);
        assertBundled("fr24_masks_two_readers.csv", masks.readers(), tmp);
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
