package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/**
 * {@code qmri nomogram} against R {@code rms::nomogram(lrm(y ~ age + size + grade), fun = plogis)}
 * ({@code validation/evaluation/nomogram_points.csv}, made by {@code make_evaluation_golden.R} from
 * {@code data_nomogram.csv}), and its errors on bad input.
 */
class NomogramCommandTest {

    /**
     * Points agree to 1e-7 (1.2e-8 measured): the command fits to full convergence while lrm stops its
     * Newton–Raphson iteration once −2LL changes by at most 0.025 (ALGORITHMS.md §0), which moves the
     * coefficients slightly.
     */
    private static final double POINTS_TOLERANCE = 1e-7;

    private static final Path DATA = CsvTable.validationDir().resolve("evaluation/data_nomogram.csv");

    @TempDir
    Path tmp;

    private CsvTable nomogram(final String... extra) {
        final Path out = tmp.resolve("nomogram" + extra.length + ".csv");
        final List<String> args = new ArrayList<>(List.of("nomogram", "--in", DATA.toString(), "--truth", "y",
            "--positive", "1", "--predictors", "age,size,grade", "--categorical", "grade", "--out", out.toString()));
        args.addAll(List.of(extra));
        final QmriRun r = qmri(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        return CsvTable.read(out);
    }

    private static CsvTable golden() {
        return CsvTable.read(CsvTable.validationDir().resolve("evaluation/nomogram_points.csv"));
    }

    /** Asserts that {@code actual} holds {@code expected}'s rows (those of {@code axes}) in their order. */
    private static void assertRows(final CsvTable expected, final CsvTable actual, final List<String> axes,
        final List<String> categoricalAxes) {
        final List<Integer> rows = new ArrayList<>();
        for (int k = 0; k < expected.size(); k++) {
            if (axes.contains(expected.text(k, "axis"))) {
                rows.add(k);
            }
        }
        assertEquals(rows.size(), actual.size(), "rows");
        for (int i = 0; i < rows.size(); i++) {
            final int k = rows.get(i);
            final String at = expected.text(k, "axis") + " " + expected.text(k, "value");
            assertEquals(expected.text(k, "axis"), actual.text(i, "axis"), at);
            if (categoricalAxes.contains(expected.text(k, "axis"))) {
                assertEquals(expected.text(k, "value"), actual.text(i, "value"), at);
            } else {
                assertEquals(expected.number(k, "value"), actual.number(i, "value"), 1e-12, at);
            }
            assertEquals(expected.number(k, "points"), actual.number(i, "points"), POINTS_TOLERANCE, at + " points");
        }
    }

    @Test
    void pointsOfEveryAxisAsRmsNomogram() {
        final CsvTable actual = nomogram();
        assertEquals(List.of("axis", "value", "points"), actual.header().subList(0, 3));
        assertRows(golden(), actual, List.of("age", "size", "grade", "Total Points", "Probability"), List.of("grade"));
        assertTrue(actual.texts("axis").contains("Probability"));
        assertFalse(actual.texts("axis").contains("Linear Predictor"));
        for (int i = 0; i < actual.size(); i++) {
            if (actual.text(i, "axis").equals("Total Points")) {
                assertEquals(actual.number(i, "value"), actual.number(i, "points"), 0);
            }
        }
    }

    @Test
    void theLinearPredictorAxisOnRequest() {
        final CsvTable expected = golden();
        final List<String> order = new ArrayList<>(List.of("age", "size", "grade", "Total Points", "Probability",
            "Linear Predictor"));
        final CsvTable actual = nomogram("--linear-predictor");
        final CsvTable withoutLp = nomogram();
        assertEquals(withoutLp.size() + (int) expected.texts("axis").stream().filter("Linear Predictor"::equals).count(),
            actual.size());
        for (int i = 0; i < actual.size(); i++) {
            final String axis = actual.text(i, "axis");
            assertTrue(i == 0 || order.indexOf(axis) >= order.indexOf(actual.text(i - 1, "axis")), "axis order at " + axis);
            if (axis.equals("Linear Predictor")) {
                final int k = findLp(expected, actual.number(i, "value"));
                assertEquals(expected.number(k, "points"), actual.number(i, "points"), POINTS_TOLERANCE,
                    "Linear Predictor " + actual.text(i, "value"));
            }
        }
    }

    private static int findLp(final CsvTable expected, final double value) {
        for (int k = 0; k < expected.size(); k++) {
            if (expected.text(k, "axis").equals("Linear Predictor") && Math.abs(expected.number(k, "value") - value) < 1e-12) {
                return k;
            }
        }
        throw new AssertionError("no Linear Predictor tick " + value + " in R's nomogram");
    }

    @Test
    void drawsTheNomogramAsPngAndSvgWithTheProbabilityOfThePositiveClass() {
        final Path png = tmp.resolve("nomogram.png");
        final Path svg = tmp.resolve("nomogram.svg");
        final CsvTable points = nomogram("--plot", png.toString(), "--svg", svg.toString());
        assertTrue(points.size() > 10, "the points table is still written");
        FigureFile.png(png, 1200);
        FigureFile.svgShows(svg, "Points", "age", "size", "grade", "Total Points", "Linear Predictor",
            "Probability of 1", "G1", "G2", "G3");
    }

    @Test
    void anotherReferenceLevelListsItFirstAndMovesNoPoints() {
        final CsvTable expected = golden();
        final CsvTable actual = nomogram("--reference", "grade=G2");
        final List<String> grades = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            if (actual.text(i, "axis").equals("grade")) {
                grades.add(actual.text(i, "value"));
                final int k = indexOf(expected, "grade", actual.text(i, "value"));
                assertEquals(expected.number(k, "points"), actual.number(i, "points"), POINTS_TOLERANCE,
                    actual.text(i, "value"));
            }
        }
        assertEquals(List.of("G2", "G1", "G3"), grades);
        final int p = indexOf(expected, "Probability", "0.5");
        assertEquals(expected.number(p, "points"), actual.number(indexOf(actual, "Probability", "0.5"), "points"),
            POINTS_TOLERANCE);
    }

    private static int indexOf(final CsvTable t, final String axis, final String label) {
        for (int k = 0; k < t.size(); k++) {
            if (t.text(k, "axis").equals(axis) && (t.text(k, "value").equals(label)
                || t.header().contains("label") && t.text(k, "label").equals(label))) {
                return k;
            }
        }
        throw new AssertionError(axis + " " + label + " not found");
    }

    @Test
    void badInputGivesClearErrors() throws IOException {
        final QmriRun unknown = qmri("nomogram", "--in", DATA.toString(), "--truth", "y", "--positive", "1",
            "--predictors", "age,volume");
        assertEquals(CliException.USAGE, unknown.status());
        assertTrue(unknown.err().contains("volume"), unknown.err());

        final QmriRun notCategorical = qmri("nomogram", "--in", DATA.toString(), "--truth", "y", "--positive", "1",
            "--predictors", "age,grade");
        assertEquals(CliException.DATA, notCategorical.status());
        assertTrue(notCategorical.err().contains("line 2") && notCategorical.err().contains("'grade'")
            && notCategorical.err().contains("--categorical"), notCategorical.err());

        final Path oneClass = tmp.resolve("one_class.csv");
        Files.writeString(oneClass, "age,y\n50,1\n60,1\n70,1\n");
        final QmriRun single = qmri("nomogram", "--in", oneClass.toString(), "--truth", "y", "--positive", "1",
            "--predictors", "age");
        assertEquals(CliException.DATA, single.status());
        assertTrue(single.err().contains(oneClass.toString()) && single.err().contains("'y'"), single.err());
        for (final QmriRun r : List.of(unknown, notCategorical, single)) {
            assertFalse(r.err().contains("Exception") || r.err().contains("internal error"), r.err());
            assertEquals("", r.out());
        }
    }
}
