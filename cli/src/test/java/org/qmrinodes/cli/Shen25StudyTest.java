package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.cli.report.Shen25Study;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
import org.qmrinodes.core.testing.CsvTable;

/**
 * {@code qmri demo --study shen25}: the files of the Shen25 workflow, each equal to what the separate
 * command of that step writes on the bundled cohort, as the workflow's test calls them.
 */
class Shen25StudyTest {

    private static final Path BUNDLED =
        CsvTable.validationDir().resolveSibling("test-workflows/data/shen25_synthetic_cohort.csv");

    @TempDir
    static Path tmp;

    private static Path study;

    @BeforeAll
    static void runStudy() {
        study = tmp.resolve("study");
        final QmriRun r = qmri("demo", "--study", "shen25", "--out-dir", study.toString());
        assertEquals(0, r.status(), r.err());
    }

    /** Runs one command on the bundled cohort and returns the file it wrote to --out. */
    private static Path cli(final String name, final String... args) {
        final Path out = tmp.resolve(name + ".csv");
        final List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--in", BUNDLED.toString(), "--out", out.toString()));
        final QmriRun r = qmri(all.toArray(String[]::new));
        assertEquals(0, r.status(), () -> all + ": " + r.err());
        return out;
    }

    private static String features() {
        return String.join(",", Shen25FeatureCohort.featureNames());
    }

    private static void assertSame(final String file, final Path expected) throws IOException {
        assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(study.resolve(file)), file);
    }

    private static String screened() {
        final CsvTable screen = CsvTable.read(cli("screen", "compare", "--group", "low_vs_over", "--groups",
            "HER2-low,HER2-over", "--value", features(), "--test", "mann-whitney"));
        final List<String> kept = new ArrayList<>();
        for (int r = 0; r < screen.size(); r++) {
            if (screen.number(r, "p_value") < 0.1) {
                kept.add(screen.text(r, "feature"));
            }
        }
        assertTrue(kept.size() >= 2, kept::toString);
        return String.join(",", kept);
    }

    private static String[] outcome(final String command, final String... rest) {
        return Stream.concat(Stream.of(command, "--truth", "low_vs_over", "--positive", "HER2-over"), Stream.of(rest))
            .toArray(String[]::new);
    }

    @Test
    void writesTheWorkflowsFilesAndTheGeneratedCohort() throws IOException {
        try (Stream<Path> files = Files.list(study)) {
            final List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            final List<String> expected = new ArrayList<>(Shen25Study.FILES);
            expected.add("cohort.csv");
            assertEquals(expected.stream().sorted().toList(), names);
        }
        assertSame("cohort.csv", BUNDLED);
    }

    @Test
    void tableThreeIsTheCompareCommandsTableOne() throws IOException {
        final Path csv = tmp.resolve("table3-cli.csv");
        final Path png = tmp.resolve("table3-cli.png");
        for (final Path t : List.of(csv, png)) {
            cli("three-" + t.getFileName(), "compare", "--group", "her2_status", "--groups",
                "HER2-zero,HER2-low,HER2-over", "--value", features(), "--test", "kruskal-wallis", "--contrasts",
                "HER2-low:HER2-zero,HER2-low:HER2-over", "--table1-out", t.toString(), "--table1-title", "Table 3");
        }
        assertSame("table3.csv", csv);
        assertSame("table3.png", png);
        final byte[] image = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte)0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(image, 4), "a PNG");
    }

    @Test
    void screenRocDelongAndModelsAreTheSeparateCommands() throws IOException {
        assertSame("univariate_low_vs_over.csv", cli("univariate", "compare", "--group", "low_vs_over", "--groups",
            "HER2-low,HER2-over", "--value", features(), "--test", "mann-whitney"));
        final String screened = screened();
        final Path plot = tmp.resolve("roc.png");
        assertSame("roc_low_vs_over.csv", cli("roc", outcome("roc", "--score", screened, "--plot", plot.toString())));
        assertSame("roc_low_vs_over.png", plot);
        assertSame("delong_low_vs_over.csv", cli("delong", outcome("delong", "--score", screened, "--adjust", "holm")));
        assertSame("logistic_screened_low_vs_over.csv", cli("screened", outcome("logistic", "--predictors", screened)));
        assertSame("logistic_Combined_ADC_low_vs_over.csv",
            cli("adc", outcome("logistic", "--predictors", "ADC_mean,ADC_median,ADC_p05")));
        assertSame("logistic_Combined_D_low_vs_over.csv",
            cli("d", outcome("logistic", "--predictors", "Dapp_mean,Dapp_median,Dapp_p05")));
        assertSame("logistic_Combined_K_low_vs_over.csv",
            cli("k", outcome("logistic", "--predictors", "Kapp_mean,Kapp_p95,Kapp_entropy")));
    }

    @Test
    void studyOptionsThatDoNotFitAreUsageErrors() throws IOException {
        final QmriRun unknown = qmri("demo", "--study", "fr99", "--out-dir", tmp.resolve("x").toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("shen25") && unknown.err().contains("fr24"), unknown.err());
        final QmriRun partly = qmri("demo", "--study", "fr24", "--out-dir", tmp.resolve("z").toString(), "--cohort",
            Files.writeString(tmp.resolve("t.csv"), "patient_id\n").toString());
        assertEquals(2, partly.status());
        assertTrue(partly.err().contains("--test") && partly.err().contains("--readers"), partly.err());
        final Path readers = Files.writeString(tmp.resolve("readers.csv"), "patient_id,reader\n");
        final QmriRun withReaders = qmri("demo", "--study", "shen25", "--out-dir", tmp.resolve("y").toString(),
            "--readers", readers.toString());
        assertEquals(2, withReaders.status());
        assertTrue(withReaders.err().contains("--readers"), withReaders.err());
    }
}
