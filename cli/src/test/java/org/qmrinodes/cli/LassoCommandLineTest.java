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

/** {@code qmri lasso}: contract columns, agreement with glmnet through CSV, exit status on bad input. */
class LassoCommandLineTest {

    private static final Path LASSO = CsvTable.validationDir().resolve("lasso");

    @TempDir
    Path tmp;

    private static String features(final Path data) {
        final List<String> header = CsvTable.read(data).header();
        return String.join(",", header.subList(2, header.size()));
    }

    private void assertAgreesWithGlmnet(final String dataset, final String positive, final String... extra) {
        final Path data = LASSO.resolve("data/" + (dataset.equals("moderate_enet") ? "moderate" : dataset) + ".csv");
        final Path coef = tmp.resolve(dataset + "_coef.csv");
        final Path curve = tmp.resolve(dataset + "_curve.csv");
        final String[] base = {"lasso", "--in", data.toString(), "--truth", "outcome", "--positive", positive,
            "--features", features(data), "--fold-id", "fold", "--out", coef.toString(), "--path-out", curve.toString()};
        final String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
            .toArray(String[]::new);
        final QmriRun r = qmri(args);
        assertEquals(0, r.status(), r.err());

        final CsvTable c = CsvTable.read(coef);
        assertEquals(List.of("term", "coef_lambda_min", "coef_lambda_1se"), c.header());
        final CsvTable gc = CsvTable.read(LASSO.resolve("golden/" + dataset + "_coef.csv"));
        assertEquals(gc.texts("term"), c.texts("term"));
        for (int i = 0; i < gc.size(); i++) {
            assertEquals(gc.number(i, "coef_lambda_min"), c.number(i, "coef_lambda_min"), 1e-5, gc.text(i, "term"));
            assertEquals(gc.number(i, "coef_lambda_1se"), c.number(i, "coef_lambda_1se"), 1e-5, gc.text(i, "term"));
        }

        final CsvTable p = CsvTable.read(curve);
        assertEquals(List.of("lambda", "cv_mean", "cv_sd", "nonzero"), p.header().subList(0, 4));
        final CsvTable gp = CsvTable.read(LASSO.resolve("golden/" + dataset + "_cv.csv"));
        assertEquals(gp.size(), p.size(), "number of lambdas");
        for (int i = 0; i < gp.size(); i++) {
            assertRelative(gp.number(i, "lambda"), p.number(i, "lambda"), 1e-8, 0, "lambda " + (i + 1));
            assertRelative(gp.number(i, "cvm"), p.number(i, "cv_mean"), 1e-5, 0, "cv_mean " + (i + 1));
            assertRelative(gp.number(i, "cvsd"), p.number(i, "cv_sd"), 1e-5, 0, "cv_sd " + (i + 1));
            assertEquals(gp.number(i, "nzero"), p.number(i, "nonzero"), "nonzero " + (i + 1));
        }
        final CsvTable choice = CsvTable.read(LASSO.resolve("golden/" + dataset + "_choice.csv"));
        assertTrue(p.text((int) choice.number(0, "index_min") - 1, "chosen").contains("lambda.min"));
        assertTrue(p.text((int) choice.number(0, "index_1se") - 1, "chosen").contains("lambda.1se"));
    }

    @Test
    void lassoReproducesCvGlmnet() {
        assertAgreesWithGlmnet("moderate", "event");
    }

    @Test
    void elasticNetReproducesCvGlmnet() {
        assertAgreesWithGlmnet("moderate_enet", "event", "--alpha", "0.5");
    }

    @Test
    void featureConstantInOneFoldReproducesCvGlmnetWithAWarning() {
        assertAgreesWithGlmnet("constant_in_fold", "yes");
        final Path data = LASSO.resolve("data/constant_in_fold.csv");
        final QmriRun r = qmri("lasso", "--in", data.toString(), "--truth", "outcome", "--positive", "yes", "--features",
            features(data), "--fold-id", "fold");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("'flat'"), r.err());
        assertTrue(r.err().contains("Fold 3") && r.err().contains("'rare'"), r.err());
    }

    @Test
    void randomFoldsFromASeedAreReproducible() {
        final Path data = LASSO.resolve("data/moderate.csv");
        final QmriRun a = qmri("lasso", "--in", data.toString(), "--truth", "outcome", "--positive", "event", "--features",
            features(data), "--folds", "5", "--seed", "11");
        final QmriRun b = qmri("lasso", "--in", data.toString(), "--truth", "outcome", "--positive", "event", "--features",
            features(data), "--folds", "5", "--seed", "11");
        assertEquals(0, a.status(), a.err());
        assertEquals(a.out(), b.out());
        assertTrue(a.out().startsWith("term,coef_lambda_min,coef_lambda_1se\n(Intercept),"), a.out());
    }

    @Test
    void missingValuesAreSkippedAndCounted() throws IOException {
        final List<String> lines = Files.readAllLines(LASSO.resolve("data/moderate.csv"));
        lines.set(5, lines.get(5).replaceFirst(",[^,]*$", ","));
        lines.set(9, lines.get(9).replaceFirst(",[^,]*$", ",NA"));
        final Path in = tmp.resolve("gaps.csv");
        Files.write(in, lines);
        final QmriRun r = qmri("lasso", "--in", in.toString(), "--truth", "outcome", "--positive", "event", "--features",
            features(in), "--fold-id", "fold");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("2 of 300 rows skipped"), r.err());
    }

    @Test
    void badInputGivesExitStatusAndMessageWithoutStackTrace() throws IOException {
        final Path in = tmp.resolve("bad.csv");
        Files.writeString(in, "y,fold,a,b\n1,1,0.5,1\n0,2,x,2\n1,3,0.1,3\n0,1,0.3,1\n1,2,0.2,5\n0,3,0.9,2\n");
        QmriRun r = qmri("lasso", "--in", in.toString(), "--truth", "y", "--positive", "1", "--features", "a,b");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("bad.csv") && r.err().contains("line 3") && r.err().contains("column 'a'"), r.err());

        r = qmri("lasso", "--in", in.toString(), "--truth", "y", "--positive", "1", "--features", "b,nope");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no column 'nope'") && r.err().contains("usage: qmri lasso"), r.err());

        r = qmri("lasso", "--in", in.toString(), "--truth", "y", "--positive", "1", "--features", "b", "--alpha", "2");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--alpha"), r.err());

        Files.writeString(in, "y,fold,a\n1,1,0.5\n0,2,0.1\n1,3,0.1\n0,1,0.3\n1,2.5,0.2\n0,3,0.9\n");
        r = qmri("lasso", "--in", in.toString(), "--truth", "y", "--positive", "1", "--features", "a", "--fold-id",
            "fold");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("'fold'") && r.err().contains("line 6"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void helpListsEveryContractOption() {
        final QmriRun r = qmri("lasso", "--help");
        assertEquals(0, r.status());
        for (final String option : List.of("--in", "--truth", "--positive", "--features", "--folds", "--fold-id",
            "--alpha", "--seed", "--out", "--path-out", "--plot-cv", "--plot-path")) {
            assertTrue(r.out().contains(option), option);
        }
    }
}
