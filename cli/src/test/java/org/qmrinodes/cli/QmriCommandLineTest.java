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
        assertTrue(r.err().contains("bad.csv") && r.err().contains("line 3") && r.err().contains("column 's'")
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
        for (final String f : List.of("histogram_dapp.csv", "histogram_kapp.csv", "maps/dapp.nii.gz", "maps/kapp.nii.gz",
            "dicom_series.csv")) {
            assertTrue(Files.size(dir.resolve(f)) > 100, f);
        }
        assertTrue(CsvTable.read(dir.resolve("histogram_dapp.csv")).number(0, "voxels") > 0, "lesion voxels fitted");
        assertTrue(Files.readString(dir.resolve("index.html")).contains("histogram_kapp.csv"));
        for (final String f : List.of("index.html", "cohort.csv", "roc_low_vs_over.csv", "roc_low_vs_over.png",
            "delong_low_vs_over.csv", "roc_low_vs_zero.csv")) {
            assertTrue(Files.size(dir.resolve(f)) > 100, f);
        }
        final byte[] png = Files.readAllBytes(dir.resolve("roc_low_vs_over.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(Files.readString(dir.resolve("index.html")).contains("roc_low_vs_over.png"));
        for (final String f : List.of("readers.csv", "icc.csv", "icc_dropped.csv", "screening_low_vs_over.csv",
            "screening_three_groups.csv", "pairwise_three_groups.csv", "table1.csv", "table1.html", "table1.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 100, f);
        }
        // the re-measured cohort is the bundled two-reader table
        assertEquals(Files.readString(CsvTable.validationDir()
            .resolveSibling("test-workflows/data/shen25_synthetic_two_readers.csv")), Files.readString(
                dir.resolve("readers.csv")));
        final CsvTable icc = CsvTable.read(dir.resolve("icc.csv"));
        assertEquals(9, icc.size(), "ICC2 of the nine features");
        final CsvTable dropped = CsvTable.read(dir.resolve("icc_dropped.csv"));
        final List<String> droppedFeatures = new java.util.ArrayList<>();
        for (int i = 0; i < dropped.size(); i++) {
            droppedFeatures.add(dropped.text(i, "feature"));
        }
        assertTrue(droppedFeatures.containsAll(List.of("Dapp_p05", "Kapp_entropy")), droppedFeatures.toString());
        final CsvTable three = CsvTable.read(dir.resolve("screening_three_groups.csv"));
        assertEquals("kruskal-wallis", three.text(0, "test"));
        assertEquals("chi-square", three.text(three.size() - 1, "test"), "lesion type, no Yates on 3x3");
        final CsvTable table1 = CsvTable.read(dir.resolve("table1.csv"));
        assertTrue(table1.header().contains("p HER2-low vs HER2-over"), table1.header().toString());
        final String page = Files.readString(dir.resolve("index.html"));
        assertTrue(page.contains("table1.png") && page.contains("icc.csv") && page.contains("simulated"), page);
        for (final String f : List.of("lasso_coefficients_low_vs_over.csv", "lasso_cv_low_vs_over.csv",
            "radscore_low_vs_over.csv", "roc_radscore_low_vs_over.csv", "lasso_low_vs_over.png",
            "roc_radscore_low_vs_over.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 100, f);
            assertTrue(Files.readString(dir.resolve("index.html")).contains(f), f + " linked");
        }
        final CsvTable coefficients = CsvTable.read(dir.resolve("lasso_coefficients_low_vs_over.csv"));
        assertEquals("(Intercept)", coefficients.text(0, "term"));
        final CsvTable scores = CsvTable.read(dir.resolve("radscore_low_vs_over.csv"));
        final CsvTable cohort = CsvTable.read(dir.resolve("cohort.csv"));
        for (int i = 0; i < scores.size(); i++) {
            double eta = coefficients.number(0, "coefficient");
            for (int t = 1; t < coefficients.size(); t++) {
                eta += coefficients.number(t, "coefficient") * cohort.number(i, coefficients.text(t, "term"));
            }
            assertEquals(eta, scores.number(i, "rad_score"), 1e-9 * (1 + Math.abs(eta)), "rad-score row " + i);
        }
    }

    private static final Path AGREEMENT = CsvTable.validationDir().resolve("agreement");

    @Test
    void iccWritesTheContractColumnsAndReproducesPsych() {
        final QmriRun r = qmri("icc", "--in", AGREEMENT.resolve("data/icc_missing.csv").toString(), "--subject", "subject",
            "--rater", "reader", "--value", "ADC_mean,Kapp_mean");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("'ADC_mean': 2 of 25 subjects dropped"), r.err());
        final String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("feature,type,icc,f,df1,df2,p_value,ci_lower,ci_upper,"), lines[0]);
        assertEquals(13, lines.length, "two features x six forms");
        final CsvTable golden = CsvTable.read(AGREEMENT.resolve("golden/icc.csv"));
        int checked = 0;
        for (int g = 0; g < golden.size(); g++) {
            if (!golden.text(g, "dataset").equals("missing")) {
                continue;
            }
            final String[] f = lines[1 + checked++].split(",");
            assertEquals(golden.text(g, "feature"), f[0]);
            assertEquals(golden.text(g, "type"), f[1]);
            assertEquals(golden.text(g, "df2"), f[5]);
            for (final int c : new int[] {2, 3, 6, 7, 8}) {
                assertRelative(CsvTable.parse(golden.text(g, golden.header().get(c + 1))), Double.parseDouble(f[c]),
                    1e-9, 1e-14, golden.header().get(c + 1));
            }
        }
        assertEquals(12, checked);
    }

    @Test
    void iccWithOneFormAndTheShen25Bands() {
        final QmriRun r = qmri("icc", "--in", AGREEMENT.resolve("data/icc_readers2.csv").toString(), "--subject",
            "subject", "--rater", "reader", "--value", "ADC_mean", "--type", "ICC2", "--scale", "shen25");
        assertEquals(0, r.status(), r.err());
        final String[] lines = r.out().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].contains(",ICC2,") && lines[1].contains("two-way random effects, absolute agreement")
            && lines[1].contains(",excellent,shen25,"), lines[1]);
    }

    @Test
    void iccBadInputNamesFileRowAndColumn() throws IOException {
        final Path twice = write("twice.csv", "case,reader,x\na,R1,1\na,R2,2\nb,R1,3\na,R1,4\n");
        QmriRun r = qmri("icc", "--in", twice.toString(), "--subject", "case", "--rater", "reader", "--value", "x");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("twice.csv") && r.err().contains("lines 2 and 5") && r.err().contains("'reader'"),
            r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        final Path text = write("text.csv", "case,reader,x\na,R1,1\na,R2,high\n");
        r = qmri("icc", "--in", text.toString(), "--subject", "case", "--rater", "reader", "--value", "x");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("line 3") && r.err().contains("column 'x'"), r.err());
        r = qmri("icc", "--in", text.toString(), "--subject", "case", "--rater", "observer", "--value", "x");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no column 'observer'"), r.err());
        r = qmri("icc", "--in", text.toString(), "--subject", "case", "--rater", "reader", "--value", "x", "--type",
            "ICC4");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("ICC4"), r.err());
    }

    @Test
    void iccConstantFeatureIsReportedNotFatal() throws IOException {
        final Path in = write("flat.csv", "case,reader,x,y\na,R1,1,5\na,R2,1,6\nb,R1,1,7\nb,R2,1,7.5\nc,R1,1,9\nc,R2,1,9\n");
        final QmriRun r = qmri("icc", "--in", in.toString(), "--subject", "case", "--rater", "reader", "--value", "x,y");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("'x': ICC undefined, the feature is constant"), r.err());
        assertEquals(13, r.out().split("\n").length);
    }

    @Test
    void kappaWritesTheContractColumnsAndReproducesTheGoldenValues() {
        final CsvTable golden = CsvTable.read(AGREEMENT.resolve("golden/kappa.csv"));
        int checked = 0;
        for (int g = 0; g < golden.size(); g++) {
            final String dataset = golden.text(g, "dataset");
            final String categories = golden.text(g, "categories");
            final QmriRun r = categories.isEmpty()
                ? qmri("kappa", "--in", AGREEMENT.resolve("data/kappa_" + dataset + ".csv").toString(), "--rater-a",
                    "rater_a", "--rater-b", "rater_b", "--weights", golden.text(g, "weights"))
                : qmri("kappa", "--in", AGREEMENT.resolve("data/kappa_" + dataset + ".csv").toString(), "--rater-a",
                    "rater_a", "--rater-b", "rater_b", "--weights", golden.text(g, "weights"), "--categories",
                    categories.replace(';', ','));
            assertEquals(0, r.status(), r.err());
            final String[] lines = r.out().split("\n");
            assertTrue(lines[0].startsWith("n,kappa,se,ci_lower,ci_upper,z,p_value"), lines[0]);
            final String[] f = lines[1].split(",");
            assertEquals(golden.text(g, "n"), f[0]);
            final String[] names = {"kappa", "se", "ci_lower", "ci_upper", "z", "p_value"};
            for (int c = 0; c < names.length; c++) {
                assertRelative(golden.number(g, names[c]), Double.parseDouble(f[c + 1]), 1e-9, 1e-14, names[c]);
            }
            checked++;
        }
        assertEquals(15, checked);
    }

    @Test
    void kappaBadInput() throws IOException {
        final Path in = write("k.csv", "a,b\n1,1\n2,3\n");
        QmriRun r = qmri("kappa", "--in", in.toString(), "--rater-a", "a", "--rater-b", "b", "--weights", "cubic");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("cubic") && r.err().contains("quadratic"), r.err());
        r = qmri("kappa", "--in", in.toString(), "--rater-a", "a", "--rater-b", "b", "--categories", "1,2");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("k.csv") && r.err().contains("Line 3, column 'b'") && r.err().contains("'3'"),
            r.err());
        r = qmri("kappa", "--in", in.toString(), "--rater-a", "a", "--rater-b", "c");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no column 'c'"), r.err());
    }

    @Test
    void kappaWithSeveralRaterColumnsGivesFleissKappa() throws IOException {
        final CsvTable golden = CsvTable.read(AGREEMENT.resolve("golden/fleiss.csv"));
        final CsvTable data = CsvTable.read(AGREEMENT.resolve("data/fleiss_" + golden.text(0, "dataset") + ".csv"));
        // the long ratings (sorted by subject, raters R1..R4) as one row per subject, one column per rater
        final StringBuilder wide = new StringBuilder("case,R1,R2,R3,R4\n");
        for (int i = 0; i < data.size(); i += 4) {
            wide.append(data.text(i, "subject"));
            for (int k = 0; k < 4; k++) {
                assertEquals("R" + (k + 1), data.text(i + k, "rater"));
                wide.append(',').append(data.text(i + k, "rating"));
            }
            wide.append('\n');
        }
        final Path in = write("fleiss.csv", wide.toString());
        final QmriRun r = qmri("kappa", "--in", in.toString(), "--raters", "R1,R2,R3,R4");
        assertEquals(0, r.status(), r.err());
        final String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("n,kappa,se,ci_lower,ci_upper,z,p_value,raters"), lines[0]);
        final String[] cells = lines[1].split(",");
        assertEquals((int)golden.number(0, "subjects"), Integer.parseInt(cells[0]));
        assertRelative(golden.number(0, "kappa"), Double.parseDouble(cells[1]), 1e-9, 0, "kappa");
        assertRelative(golden.number(0, "z"), Double.parseDouble(cells[5]), 1e-9, 0, "z");
        assertRelative(golden.number(0, "p_value"), Double.parseDouble(cells[6]), 1e-9, 0, "p");
        assertEquals(2, qmri("kappa", "--in", in.toString(), "--raters", "R1").status());
        assertEquals(2, qmri("kappa", "--in", in.toString(), "--raters", "R1,R2,R3", "--rater-a", "R1").status());
        final QmriRun missing = qmri("kappa", "--in", in.toString(), "--rater-a", "R1");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("--rater-b") && missing.err().contains("--raters"), missing.err());
    }
}
