package org.qmrinodes.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.image.ImagePortObject;
import org.qmrinodes.cli.Qmri;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
import org.qmrinodes.cli.CsvTableWriter;
import org.qmrinodes.cli.report.Shen25ImageFeatures;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The Shen25 workflow, read back from its committed folder (with the DWI series the build writes into it) and
 * executed node by node, gives the same tables as the command line on the same cohort file and the same images,
 * to the last digit.
 */
class Shen25WorkflowTest {

    private static Path folder;
    private static Map<String, PortObject> written;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void execute() throws Exception {
        folder = WorkflowTestSupport.built(Shen25DkiHistogram.NAME, tmp.resolve("workflow"));
        written = WorkflowRun.execute(SavedWorkflow.read(folder));
    }

    private static Path cohort() {
        return folder.resolve(Shen25DkiHistogram.COHORT);
    }

    /** Runs {@code qmri} in-process on the cohort and returns the table it wrote. */
    private static Path cli(final String name, final String... args) {
        return cliOn(cohort(), name, args);
    }

    /** Runs {@code qmri} in-process on a table and returns the table it wrote. */
    private static Path cliOn(final Path in, final String name, final String... args) {
        final Path out = tmp.resolve(name + ".csv");
        final List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--in", in.toString(), "--out", out.toString()));
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final int status = Qmri.execute(all.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, () -> "qmri " + all + ": " + err.toString(StandardCharsets.UTF_8));
        return out;
    }

    private static List<String> features() {
        return Shen25FeatureCohort.featureNames();
    }

    /** @return the features the command line's screen keeps (p below 0.1, as the workflow's screening) */
    private static List<String> screened() {
        final CsvTable screen = CsvTable.read(cli("compare-screen", compareArgs()));
        final List<String> kept = new ArrayList<>();
        for (int r = 0; r < screen.size(); r++) {
            if (screen.number(r, "p_value") < 0.1) {
                kept.add(screen.text(r, "feature"));
            }
        }
        assertTrue(kept.size() >= 2, "at least two screened features to compare: " + kept);
        return kept;
    }

    private static String[] compareArgs() {
        return new String[] {"compare", "--group", Shen25DkiHistogram.OUTCOME, "--groups", "HER2-low,HER2-over",
            "--value", String.join(",", features()), "--test", "mann-whitney"};
    }

    private static String[] outcome(final String command) {
        return new String[] {command, "--truth", Shen25DkiHistogram.OUTCOME, "--positive", Shen25DkiHistogram.POSITIVE};
    }

    private static String[] with(final String[] head, final String... tail) {
        final List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }

    @Test
    void tableThreeEqualsTheCommandLine() {
        final Path table = tmp.resolve("table3-cli.csv");
        cli("compare-three-groups", "compare", "--group", "her2_status", "--groups",
            String.join(",", Shen25DkiHistogram.GROUPS), "--value", String.join(",", features()), "--test",
            "kruskal-wallis", "--table1-out", table.toString(), "--contrasts", Shen25DkiHistogram.CONTRASTS);
        assertSameTable("output/table3.csv", table);
        assertInstanceOf(ImagePortObject.class, written.get("output/table3.png"));
    }

    /**
     * The image branch: the features the nodes compute from the generated DWI series equal {@code qmri fit} and
     * {@code qmri histogram} on the same files, to the last digit, and so does their Table 3; Dapp and Kapp follow
     * the cohort they were drawn after.
     */
    @Test
    void featuresFromTheDwiSeriesEqualTheCommandLinesFitsAndHistograms() throws Exception {
        final Path maps = java.nio.file.Files.createDirectories(tmp.resolve("maps"));
        final org.qmrinodes.core.data.ResultTable extracted = Shen25ImageFeatures.extract(
            folder.resolve(Shen25DkiHistogram.DICOM), folder.resolve(Shen25DkiHistogram.MASKS),
            folder.resolve(Shen25DkiHistogram.MASK_FILES), maps, new PrintStream(new ByteArrayOutputStream()));
        final Path features = tmp.resolve("features_from_images.csv");
        CsvTableWriter.write(extracted, features, java.io.OutputStream.nullOutputStream());
        assertSameTable(Shen25DkiHistogram.FEATURES_FROM_IMAGES, features);
        assertEquals(232, extracted.rows().size());
        final Path table = tmp.resolve("table3-images-cli.csv");
        cliOn(features, "compare-images", "compare", "--group", "her2_status", "--groups",
            String.join(",", Shen25DkiHistogram.GROUPS), "--value", String.join(",", features()), "--test",
            "kruskal-wallis", "--table1-out", table.toString(), "--contrasts", Shen25DkiHistogram.CONTRASTS);
        assertSameTable("output/table3_from_images.csv", table);
        final CsvTable fromImages = CsvTable.read(features);
        final CsvTable drawnAfter = CsvTable.read(cohort());
        double worst = 0;
        for (int r = 0; r < fromImages.size(); r++) {
            assertEquals(drawnAfter.text(r, "patient_id"), fromImages.text(r, "patient_id"));
            worst = Math.max(worst, Math.abs(fromImages.number(r, "Dapp_mean") * 1e3 - drawnAfter.number(r, "Dapp_mean")));
        }
        assertTrue(worst < 0.15, "Dapp_mean within 0.15e-3 mm2/s of the cohort's: " + worst);
    }

    @Test
    void univariateScreenEqualsTheCommandLine() {
        assertSameTable("output/univariate_low_vs_over.csv", cli("compare", compareArgs()));
    }

    @Test
    void rocOfTheScreenedFeaturesEqualsTheCommandLine() throws Exception {
        final Path plot = tmp.resolve("roc.png");
        assertSameTable("output/roc_low_vs_over.csv",
            cli("roc", with(outcome("roc"), "--score", String.join(",", screened()), "--plot", plot.toString())));
        final ImagePortObject image = assertInstanceOf(ImagePortObject.class, written.get("output/roc_low_vs_over.png"));
        assertArrayEquals(Files.readAllBytes(plot),
            ((PNGImageValue)image.toDataCell()).getImageContent().getByteArray(), "the ROC plot");
    }

    @Test
    void delongTestsEqualTheCommandLine() {
        assertSameTable("output/delong_low_vs_over.csv",
            cli("delong", with(outcome("delong"), "--score", String.join(",", screened()), "--adjust", "holm")));
    }

    @Test
    void logisticModelOfTheScreenedFeaturesEqualsTheCommandLine() {
        assertSameTable("output/logistic_screened_low_vs_over.csv",
            cli("logistic", with(outcome("logistic"), "--predictors", String.join(",", screened()))));
    }

    @Test
    void combinedModelsEqualTheCommandLine() {
        for (final Shen25FeatureCohort.CombinedModel model : Shen25FeatureCohort.COMBINED_MODELS) {
            assertSameTable("output/logistic_" + model.name() + "_low_vs_over.csv", cli("logistic-" + model.name(),
                with(outcome("logistic"), "--predictors", String.join(",", model.features()))));
        }
    }

    private static void assertSameTable(final String file, final Path cliTable) {
        WorkflowTables.assertSameTable(written, file, cliTable);
    }
}
