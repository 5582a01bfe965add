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

    /**
     * The predictions are R glm's fitted values: expit of each row's design (built here from the term
     * names) times R's coefficients; rows with a missing predictor are empty, a row with only the
     * outcome missing is still predicted.
     */
    @Test
    void predictionsAreTheFittedValuesOfRsCoefficients() {
        final Path out = tmp.resolve("pred.csv");
        final QmriRun r = qmri("logistic", "--in", COHORT, "--truth", "her2", "--positive", "HER2-positive",
            "--predictors", "er,t2star,t1_post,tic,age", "--categorical", "er,tic", "--key", "her2,tic",
            "--predictions-out", out.toString(), "--out", tmp.resolve("coef.csv").toString());
        assertEquals(0, r.status(), r.err());
        final CsvTable p = CsvTable.read(out);
        final CsvTable in = CsvTable.read(Path.of(COHORT));
        assertEquals(List.of("her2", "tic", "linear_predictor", "probability"), p.header());
        assertEquals(in.size(), p.size());
        final CsvTable golden = CsvTable.read(REG.resolve("golden/coefficients.csv"));
        int predicted = 0;
        int empty = 0;
        for (int i = 0; i < in.size(); i++) {
            assertEquals(in.text(i, "her2"), p.text(i, "her2"), "key of row " + (i + 1));
            assertEquals(in.text(i, "tic"), p.text(i, "tic"), "key of row " + (i + 1));
            double eta = 0;
            boolean missing = false;
            for (int g = 0; g < golden.size(); g++) {
                if (!golden.text(g, "dataset").equals("cohort") || !golden.text(g, "model").equals("multivariable")) {
                    continue;
                }
                final String term = golden.text(g, "term");
                final double x;
                if (term.equals("(Intercept)")) {
                    x = 1;
                } else if (term.contains("=")) {
                    final String value = in.text(i, term.substring(0, term.indexOf('=')));
                    missing |= value.isEmpty();
                    x = value.equals(term.substring(term.indexOf('=') + 1)) ? 1 : 0;
                } else {
                    missing |= in.text(i, term).isEmpty();
                    x = in.text(i, term).isEmpty() ? Double.NaN : in.number(i, term);
                }
                eta += golden.number(g, "estimate") * x;
            }
            if (missing) {
                assertEquals("", p.text(i, "linear_predictor"), "row " + (i + 1));
                assertEquals("", p.text(i, "probability"), "row " + (i + 1));
                empty++;
                continue;
            }
            assertRelative(eta, p.number(i, "linear_predictor"), 1e-7, 1e-9, "linear predictor of row " + (i + 1));
            assertRelative(1 / (1 + Math.exp(-eta)), p.number(i, "probability"), 1e-7, 1e-10,
                "probability of row " + (i + 1));
            predicted++;
        }
        assertEquals(3, empty);
        assertEquals(in.size() - 3, predicted);
        assertTrue(in.texts("her2").contains(""), "a row without outcome is predicted too");
    }

    @Test
    void anotherTablesRowsArePredictedWithTheModelFittedOnIn() throws Exception {
        final Path fitted = tmp.resolve("pred.csv");
        final Path applied = tmp.resolve("applied.csv");
        // the second table: the cohort's rows in reverse order, so that the model must come from --in
        final List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(Path.of(COHORT)));
        final List<String> reversed = new java.util.ArrayList<>(lines.subList(1, lines.size()));
        java.util.Collections.reverse(reversed);
        reversed.add(0, lines.get(0));
        final Path other = java.nio.file.Files.write(tmp.resolve("other.csv"), reversed);
        final QmriRun r = qmri("logistic", "--in", COHORT, "--truth", "her2", "--positive", "HER2-positive",
            "--predictors", "er,t2star,t1_post,tic,age", "--categorical", "er,tic", "--key", "her2,tic",
            "--predictions-out", fitted.toString(), "--apply-in", other.toString(), "--apply-out", applied.toString(),
            "--out", tmp.resolve("coef.csv").toString());
        assertEquals(0, r.status(), r.err());
        final CsvTable p = CsvTable.read(fitted);
        final CsvTable a = CsvTable.read(applied);
        assertEquals(p.header(), a.header());
        assertEquals(p.size(), a.size());
        for (int i = 0; i < p.size(); i++) {
            assertEquals(p.text(i, "probability"), a.text(p.size() - 1 - i, "probability"), "row " + (i + 1));
        }
        final QmriRun alone = qmri("logistic", "--in", COHORT, "--truth", "her2", "--positive", "HER2-positive",
            "--predictors", "t2star", "--apply-in", other.toString());
        assertEquals(2, alone.status());
        assertTrue(alone.err().contains("--apply-out"), alone.err());
    }

    @Test
    void predictionOptionsThatCannotWorkAreUsageErrors() {
        final String[] model = {"logistic", "--in", COHORT, "--truth", "her2", "--positive", "HER2-positive",
            "--predictors", "t2star,age"};
        final QmriRun keyAlone = qmri(with(model, "--key", "her2"));
        assertEquals(2, keyAlone.status());
        assertTrue(keyAlone.err().contains("--predictions-out"), keyAlone.err());
        final QmriRun univariable = qmri(with(model, "--univariable", "--predictions-out",
            tmp.resolve("u.csv").toString()));
        assertEquals(2, univariable.status());
        assertTrue(univariable.err().contains("--univariable"), univariable.err());
        final QmriRun missingKey = qmri(with(model, "--key", "nope", "--predictions-out", tmp.resolve("k.csv").toString()));
        assertEquals(2, missingKey.status());
        assertTrue(missingKey.err().contains("'nope'"), missingKey.err());
    }

    private static String[] with(final String[] head, final String... tail) {
        final String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
