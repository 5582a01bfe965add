package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/** The {@code qmri} contract: option and column names, exit status, agreement with pROC through CSV. */
class QmriCommandLineTest {

    private static final Path ROC = CsvTable.validationDir().resolve("roc");

    @TempDir
    Path tmp;

    private Path write(final String name, final String content) throws IOException {
        final Path p = tmp.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void rocWritesTheContractColumnsAndReproducesProc() throws IOException {
        final Path out = tmp.resolve("roc.csv");
        final QmriRun r = qmri("roc", "--in", ROC.resolve("data/moderate.csv").toString(), "--truth", "outcome",
            "--positive", "HER2-over", "--score", "s1,s2,s3", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        final CsvTable t = CsvTable.read(out);
        assertEquals(List.of("score", "n_positive", "n_negative", "direction", "auc", "auc_se", "ci_lower", "ci_upper",
            "cutoff", "sensitivity", "specificity", "youden"), t.header().subList(0, 12));
        final CsvTable golden = CsvTable.read(ROC.resolve("golden/roc.csv"));
        int checked = 0;
        for (int g = 0; g < golden.size(); g++) {
            if (!golden.text(g, "dataset").equals("moderate") || !golden.text(g, "direction_option").equals("auto")) {
                continue;
            }
            final int row = t.texts("score").indexOf(golden.text(g, "score"));
            assertEquals(golden.text(g, "direction"), t.text(row, "direction"));
            assertEquals(golden.number(g, "auc"), t.number(row, "auc"), 1e-12);
            for (final String c : List.of("auc_se", "ci_lower", "ci_upper", "cutoff", "sensitivity", "specificity")) {
                assertRelative(golden.number(g, c), t.number(row, c), 1e-9, 1e-14, c);
            }
            checked++;
        }
        assertEquals(3, checked);
    }

    @Test
    void delongReproducesProcPairedTests() {
        final QmriRun r = qmri("delong", "--in", ROC.resolve("data/moderate.csv").toString(), "--truth", "outcome",
            "--positive", "HER2-over", "--score", "s1,s2,s3");
        assertEquals(0, r.status(), r.err());
        final String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("score_a,score_b,auc_a,auc_b,difference,z,p_value"), lines[0]);
        assertEquals(4, lines.length, "three pairs");
        final CsvTable golden = CsvTable.read(ROC.resolve("golden/delong_paired.csv"));
        for (int g = 0, k = 1; g < golden.size(); g++) {
            if (golden.text(g, "dataset").equals("moderate")) {
                final String[] f = lines[k++].split(",");
                assertEquals(golden.text(g, "score_a"), f[0]);
                assertEquals(golden.text(g, "score_b"), f[1]);
                assertRelative(golden.number(g, "z"), Double.parseDouble(f[5]), 1e-9, 0, "z");
                assertRelative(golden.number(g, "p_value"), Double.parseDouble(f[6]), 1e-9, 0, "p");
            }
        }
    }

    @Test
    void delongUnpairedComparesTheSameScoreAcrossTwoTables() {
        final QmriRun r = qmri("delong", "--in", ROC.resolve("data/unpaired_a.csv").toString(), "--unpaired-in",
            ROC.resolve("data/unpaired_b.csv").toString(), "--truth", "outcome", "--positive", "HER2-over", "--score",
            "s1");
        assertEquals(0, r.status(), r.err());
        final String[] f = r.out().split("\n")[1].split(",");
        final CsvTable golden = CsvTable.read(ROC.resolve("golden/delong_unpaired.csv"));
        assertRelative(golden.number(0, "z"), Double.parseDouble(f[5]), 1e-9, 0, "z");
        assertRelative(golden.number(0, "p_value"), Double.parseDouble(f[6]), 1e-9, 0, "p");
    }

    @Test
    void reproducesTheSharedASahReferenceValues() {
        final Path asah = CsvTable.sharedFile("data/stats/aSAH.csv");
        final CsvTable data = CsvTable.read(asah);
        final String truth = data.header().contains("outcome") ? "outcome" : data.header().get(0);
        final QmriRun r = qmri("delong", "--in", asah.toString(), "--truth", truth, "--positive", "Poor", "--score",
            "wfns,s100b");
        assertEquals(0, r.status(), r.err());
        final String[] f = r.out().split("\n")[1].split(",");
        assertEquals(0.823678861788618, Double.parseDouble(f[2]), 1e-12);
        assertEquals(0.731368563685637, Double.parseDouble(f[3]), 1e-12);
        assertRelative(2.20898359144091, Double.parseDouble(f[5]), 1e-9, 0, "z");
        assertRelative(0.0271757822291882, Double.parseDouble(f[6]), 1e-9, 0, "p");
    }

    @Test
    void unknownOptionIsUsageError() {
        final QmriRun r = qmri("roc", "--in", "x.csv", "--truth", "y", "--positive", "1", "--score", "s", "--bogus", "1");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("unknown option '--bogus'"), r.err());
        assertTrue(r.err().contains("usage: qmri roc"), r.err());
    }

    @Test
    void missingColumnIsUsageErrorNamingTheColumn() throws IOException {
        final Path in = write("in.csv", "y,s\n1,0.2\n0,0.1\n1,0.5\n0,0.3\n");
        final QmriRun r = qmri("roc", "--in", in.toString(), "--truth", "y", "--positive", "1", "--score", "nope");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no column 'nope'"), r.err());
    }

    @Test
    void nonNumericScoreIsDataErrorNamingFileRowAndColumn() throws IOException {
        final Path in = write("bad.csv", "y,s\n1,0.2\n0,abc\n1,0.5\n0,0.3\n");
        final QmriRun r = qmri("roc", "--in", in.toString(), "--truth", "y", "--positive", "1", "--score", "s");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("bad.csv") && r.err().contains("row 3") && r.err().contains("column 's'")
            && r.err().contains("'abc'"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void oneClassOutcomeIsDataError() throws IOException {
        final Path in = write("one.csv", "y,s\n1,0.2\n1,0.1\n1,0.5\n");
        final QmriRun r = qmri("roc", "--in", in.toString(), "--truth", "y", "--positive", "1", "--score", "s");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("only one class"), r.err());
    }

    @Test
    void nonBinaryOutcomeIsDataError() throws IOException {
        final Path in = write("three.csv", "y,s\na,0.2\nb,0.1\nc,0.5\na,0.3\n");
        final QmriRun r = qmri("roc", "--in", in.toString(), "--truth", "y", "--positive", "a", "--score", "s");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("not binary"), r.err());
    }

    @Test
    void tooFewCasesPerClassIsDataError() throws IOException {
        final Path in = write("small.csv", "y,s\n1,0.2\n0,0.1\n0,0.5\n0,0.3\n");
        final QmriRun r = qmri("roc", "--in", in.toString(), "--truth", "y", "--positive", "1", "--score", "s");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("at least 2 of each"), r.err());
    }

    @Test
    void missingValuesAreSkippedAndReported() throws IOException {
        final Path in = write("na.csv", "y,s\n1,0.9\n0,0.1\n1,\n0,0.3\n,0.4\n1,0.7\n0,NA\n");
        final QmriRun r = qmri("roc", "--in", in.toString(), "--truth", "y", "--positive", "1", "--score", "s");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("3 rows skipped"), r.err());
        final String[] f = r.out().split("\n")[1].split(",");
        assertEquals("2", f[1]);
        assertEquals("2", f[2]);
        assertEquals(1.0, Double.parseDouble(f[4]));
    }

    @Test
    void helpDescribesEveryOption() {
        final QmriRun r = qmri("delong", "--help");
        assertEquals(0, r.status());
        for (final String option : List.of("--in", "--truth", "--positive", "--score", "--reference", "--adjust")) {
            assertTrue(r.out().contains(option), option);
        }
        assertEquals(2, qmri().status());
        assertEquals(2, qmri("nonsense").status());
    }

    @Test
    void demoWritesTheReportFolder() throws IOException {
        final Path dir = tmp.resolve("report");
        final QmriRun r = qmri("demo", "--out-dir", dir.toString());
        assertEquals(0, r.status(), r.err());
        for (final String f : List.of("index.html", "cohort.csv", "roc_low_vs_over.csv", "roc_low_vs_over.png",
            "delong_low_vs_over.csv", "roc_low_vs_zero.csv")) {
            assertTrue(Files.size(dir.resolve(f)) > 100, f);
        }
        final byte[] png = Files.readAllBytes(dir.resolve("roc_low_vs_over.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(Files.readString(dir.resolve("index.html")).contains("roc_low_vs_over.png"));
    }
}
