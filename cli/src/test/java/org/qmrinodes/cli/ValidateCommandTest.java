package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/** {@code qmri validate}: agreement with rms::validate on R's resamples, seeded resamples, failed resamples, errors. */
class ValidateCommandTest {

    private static final Path EVALUATION = CsvTable.validationDir().resolve("evaluation");
    private static final String DEVELOPMENT = EVALUATION.resolve("data_development.csv").toString();
    private static final String PREDICTORS = "x1,x2,x3,x4,x5,x6";

    @TempDir
    Path tmp;

    @Test
    void reproducesRmsValidateOnTheResamplesRDrew() throws IOException {
        final Path out = tmp.resolve("validate.csv");
        final QmriRun r = qmri("validate", "--in", DEVELOPMENT, "--truth", "y", "--positive", "1", "--predictors",
            PREDICTORS, "--indices", EVALUATION.resolve("validate_resamples.csv").toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("0 of 200 resamples failed"), r.err());
        final CsvTable t = CsvTable.read(out);
        assertEquals(List.of("index", "apparent", "optimism", "corrected", "training", "test", "n"), t.header());
        final CsvTable golden = CsvTable.read(EVALUATION.resolve("validate_lrm.csv"));
        assertEquals(golden.size(), t.size());
        for (int i = 0; i < golden.size(); i++) {
            final String index = golden.text(i, "index");
            assertEquals(index.equals("B") ? "Brier" : index, t.text(i, "index"));
            for (final String c : List.of("apparent", "optimism", "corrected", "training", "test", "n")) {
                final double expected = golden.number(i, c);
                assertEquals(expected, t.number(i, c), 1e-7 * Math.abs(expected) + 1e-12, index + " " + c);
            }
        }
    }

    @Test
    void seededResamplesAreReproducibleAndDependOnTheSeed() {
        final String[] base = {"validate", "--in", DEVELOPMENT, "--truth", "y", "--positive", "1", "--predictors", PREDICTORS,
            "--bootstrap", "40"};
        final QmriRun a = qmri(concat(base, "--seed", "7"));
        final QmriRun b = qmri(concat(base, "--seed", "7"));
        final QmriRun c = qmri(concat(base, "--seed", "8"));
        assertEquals(0, a.status(), a.err());
        assertEquals(a.out(), b.out());
        assertNotEquals(a.out(), c.out());
        assertTrue(a.err().contains("of 40 resamples failed"), a.err());
    }

    @Test
    void failedResamplesAreCountedOnStandardError() throws IOException {
        final Path in = Files.writeString(tmp.resolve("small.csv"), "y,x\n1,0.3\n0,0.1\n1,0.2\n0,0.5\n1,0.9\n0,0.4\n");
        final Path indices = Files.writeString(tmp.resolve("idx.csv"), "1,1,3,3,5,5\n1,2,3,4,5,6\n");
        final QmriRun r = qmri("validate", "--in", in.toString(), "--truth", "y", "--positive", "1", "--predictors", "x",
            "--indices", indices.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("1 of 2 resamples failed"), r.err());
    }

    @Test
    void anIndicesLineThatIsNotRowNumbersIsBadDataNamingTheLine() throws IOException {
        final Path indices = Files.writeString(tmp.resolve("idx.csv"), "1,2,3\n4,x,6\n");
        final QmriRun r = qmri("validate", "--in", DEVELOPMENT, "--truth", "y", "--positive", "1", "--predictors",
            PREDICTORS, "--indices", indices.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("line 2"), r.err());
    }

    @Test
    void aResampleOfTheWrongLengthIsBadDataNamingTheIndicesFile() throws IOException {
        final Path indices = Files.writeString(tmp.resolve("short.csv"), "1,2,3\n");
        final QmriRun r = qmri("validate", "--in", DEVELOPMENT, "--truth", "y", "--positive", "1", "--predictors",
            PREDICTORS, "--indices", indices.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("short.csv") && r.err().contains("resample 1"), r.err());
    }

    @Test
    void aCategoricalColumnNotAmongThePredictorsIsAUsageError() {
        final QmriRun r = qmri("validate", "--in", DEVELOPMENT, "--truth", "y", "--positive", "1", "--predictors", "x1",
            "--categorical", "x4");
        assertEquals(2, r.status(), r.err());
    }

    private static String[] concat(final String[] a, final String... b) {
        final String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
