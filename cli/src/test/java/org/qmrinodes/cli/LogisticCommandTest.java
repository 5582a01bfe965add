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

/** {@code qmri logistic}: the contract's columns and terms, agreement with R glm through CSV, errors. */
class LogisticCommandTest {

    private static final Path REG = CsvTable.validationDir().resolve("regression");
    private static final String COHORT = REG.resolve("data/cohort.csv").toString();

    @TempDir
    Path tmp;

    private static void assertAgrees(final CsvTable t, final String model) {
        final CsvTable golden = CsvTable.read(REG.resolve("golden/coefficients.csv"));
        int checked = 0;
        for (int g = 0; g < golden.size(); g++) {
            if (!golden.text(g, "dataset").equals("cohort") || !golden.text(g, "model").equals(model)) {
                continue;
            }
            final int row = t.texts("term").indexOf(golden.text(g, "term"));
            assertTrue(row >= 0, "term " + golden.text(g, "term"));
            for (final String c : List.of("estimate", "std_error", "z", "p_value", "odds_ratio", "or_ci_lower",
                "or_ci_upper")) {
                assertRelative(golden.number(g, c), t.number(row, c), 1e-8, 0, model + " " + c);
            }
            checked++;
        }
        assertTrue(checked > 1);
    }

    @Test
    void writesTheContractColumnsAndReproducesGlm() throws IOException {
        final Path out = tmp.resolve("coef.csv");
        final QmriRun r = qmri("logistic", "--in", COHORT, "--truth", "her2", "--positive", "HER2-positive",
            "--predictors", "er,t2star,t1_post,tic,age", "--categorical", "er,tic", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        final CsvTable t = CsvTable.read(out);
        assertEquals(List.of("term", "estimate", "std_error", "z", "p_value", "odds_ratio", "or_ci_lower",
            "or_ci_upper"), t.header().subList(0, 8));
        assertEquals(List.of("(Intercept)", "er=positive", "t2star", "t1_post", "tic=II", "tic=III", "age"),
            t.texts("term"));
        assertAgrees(t, "multivariable");
        assertTrue(r.err().contains("4 rows with a missing"), r.err());
    }

    @Test
    void referenceLevelIsSelectable() {
        final QmriRun r = qmri("logistic", "--in", COHORT, "--truth", "her2", "--positive", "HER2-positive",
            "--predictors", "t2star,tic", "--categorical", "tic", "--reference", "tic=III");
        assertEquals(0, r.status(), r.err());
        final CsvTable t = parse(r.out());
        assertEquals(List.of("(Intercept)", "t2star", "tic=I", "tic=II"), t.texts("term"));
        assertAgrees(t, "tic_ref_III");
    }

    @Test
    void univariableFitsOneModelPerPredictor() {
        final QmriRun r = qmri("logistic", "--in", COHORT, "--truth", "her2", "--positive", "HER2-positive",
            "--predictors", "er,t2star,tic", "--categorical", "er,tic", "--univariable");
        assertEquals(0, r.status(), r.err());
        final CsvTable t = parse(r.out());
        assertEquals(List.of("er", "er", "t2star", "t2star", "tic", "tic", "tic"), t.texts("model"));
    }

    @Test
    void badInputGivesExitStatusAndMessageWithoutStackTrace() throws IOException {
        final QmriRun missingColumn = qmri("logistic", "--in", COHORT, "--truth", "her2", "--positive", "HER2-positive",
            "--predictors", "t2star,nope");
        assertEquals(2, missingColumn.status());
        assertTrue(missingColumn.err().contains("'nope'"), missingColumn.err());
        final QmriRun badReference = qmri("logistic", "--in", COHORT, "--truth", "her2", "--positive", "HER2-positive",
            "--predictors", "tic", "--categorical", "tic", "--reference", "tic=IV");
        assertEquals(1, badReference.status());
        assertTrue(badReference.err().contains("'IV'") && badReference.err().contains("cohort.csv"),
            badReference.err());
        final Path separated = Files.writeString(tmp.resolve("sep.csv"), "y,x\nyes,5\nno,1\nyes,6\nno,2\nyes,7\nno,3\n");
        final QmriRun sep = qmri("logistic", "--in", separated.toString(), "--truth", "y", "--positive", "yes",
            "--predictors", "x");
        assertEquals(1, sep.status());
        assertTrue(sep.err().contains("separation") && sep.err().contains("'x'"), sep.err());
        assertFalse(sep.err().contains("at org."), sep.err());
        final QmriRun firth = qmri("logistic", "--in", separated.toString(), "--truth", "y", "--positive", "yes",
            "--predictors", "x", "--method", "firth");
        assertEquals(0, firth.status(), firth.err());
        final Path text = Files.writeString(tmp.resolve("text.csv"), "y,x\nyes,5\nno,abc\n");
        final QmriRun notNumber = qmri("logistic", "--in", text.toString(), "--truth", "y", "--positive", "yes",
            "--predictors", "x");
        assertEquals(1, notNumber.status());
        assertTrue(notNumber.err().contains("line 3") && notNumber.err().contains("'x'"), notNumber.err());
    }

    private CsvTable parse(final String csv) {
        try {
            return CsvTable.read(Files.writeString(tmp.resolve("out" + System.nanoTime() + ".csv"), csv));
        } catch (final IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aOneClassOutcomeIsNamedAsTheLogisticRegressionsProblem() throws IOException {
        final Path in = tmp.resolve("one-class.csv");
        Files.writeString(in, "y,x\na,1\na,2\na,3\n");
        final QmriRun r = qmri("logistic", "--in", in.toString(), "--truth", "y", "--positive", "a", "--predictors", "x");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("logistic regression") && !r.err().contains("ROC"), r.err());
    }
}
