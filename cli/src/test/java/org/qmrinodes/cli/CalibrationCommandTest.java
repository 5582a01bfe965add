package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/** {@code qmri calibration}: the contract's columns, agreement with rms::val.prob and hoslem.test, the curve table. */
class CalibrationCommandTest {

    private static final Path EVALUATION = CsvTable.validationDir().resolve("evaluation");
    private static final List<String> COLUMNS = List.of("model", "n", "events", "brier", "brier_scaled", "intercept",
        "slope", "e_max", "e_avg", "e_90", "ici", "hl_chi2", "hl_df", "hl_p");

    @TempDir
    Path tmp;

    @Test
    void reproducesValProbAndHosmerLemeshowOfTheRealisticPredictions() throws IOException {
        final Path out = tmp.resolve("cal.csv");
        final Path curves = tmp.resolve("curves.csv");
        final QmriRun r = qmri("calibration", "--in", predictions("realistic").toString(), "--truth", "y", "--positive",
            "1", "--prob", "p", "--out", out.toString(), "--curve-out", curves.toString());
        assertEquals(0, r.status(), r.err());
        final CsvTable t = CsvTable.read(out);
        assertEquals(COLUMNS, t.header().subList(0, COLUMNS.size()));
        assertEquals(1, t.size());
        assertEquals(138, t.number(0, "n"));
        final String[][] fields = {{"brier", "Brier"}, {"intercept", "Intercept"}, {"slope", "Slope"},
            {"e_max", "Emax"}, {"e_90", "E90"}, {"e_avg", "Eavg"}, {"ici", "Eavg"}};
        for (final String[] f : fields) {
            final double expected = valProb("realistic", f[1]);
            assertEquals(expected, t.number(0, f[0]), 1e-7 * Math.abs(expected), f[0]);
        }
        final double prevalence = t.number(0, "events") / t.number(0, "n");
        assertEquals(1 - valProb("realistic", "Brier") / (prevalence * (1 - prevalence)), t.number(0, "brier_scaled"), 1e-12);
        final CsvTable hl = CsvTable.read(EVALUATION.resolve("hosmer_lemeshow.csv"));
        final int g = row(hl, "realistic", "10");
        assertEquals(hl.number(g, "chi2"), t.number(0, "hl_chi2"), 1e-7 * hl.number(g, "chi2"));
        assertEquals(hl.number(g, "df"), t.number(0, "hl_df"));
        assertEquals(hl.number(g, "p"), t.number(0, "hl_p"), 1e-7 * hl.number(g, "p"));

        final CsvTable c = CsvTable.read(curves);
        assertEquals(List.of("model", "kind", "predicted", "observed", "n", "lower", "upper"), c.header().subList(0, 7));
        final CsvTable groups = CsvTable.read(EVALUATION.resolve("hosmer_lemeshow_groups.csv"));
        final CsvTable intervals = CsvTable.read(EVALUATION.resolve("binned_intervals.csv"));
        int binned = 0;
        for (int i = 0; i < c.size(); i++) {
            if (!c.text(i, "kind").equals("binned")) {
                assertEquals("smoothed", c.text(i, "kind"));
                continue;
            }
            final int k = groupRow(groups, binned + 1);
            final double n = groups.number(k, "n");
            assertEquals(n, c.number(i, "n"), "group " + (binned + 1));
            assertEquals(groups.number(k, "expected1") / n, c.number(i, "predicted"), 1e-12);
            assertEquals(groups.number(k, "observed1") / n, c.number(i, "observed"), 1e-15);
            final int ci = groupRow(intervals, binned + 1);
            assertEquals(intervals.number(ci, "lower"), c.number(i, "lower"), 1e-9, "binom.test lower, group " + (binned + 1));
            assertEquals(intervals.number(ci, "upper"), c.number(i, "upper"), 1e-9, "binom.test upper, group " + (binned + 1));
            binned++;
        }
        assertEquals(10, binned);
        final CsvTable lowess = CsvTable.read(EVALUATION.resolve("lowess_curve.csv"));
        int smoothed = 0;
        double previousX = Double.NaN;
        for (int k = 0; k < lowess.size(); k++) {
            if (!lowess.text(k, "dataset").equals("realistic") || !lowess.text(k, "iter").equals("0")
                || lowess.number(k, "x") == previousX) {
                continue;
            }
            previousX = lowess.number(k, "x");
            assertEquals("smoothed", c.text(smoothed, "kind"), "point " + smoothed);
            assertEquals("", c.text(smoothed, "lower"), "a smoothed point has no interval");
            assertEquals(previousX, c.number(smoothed, "predicted"), 1e-15);
            assertEquals(lowess.number(k, "y"), c.number(smoothed, "observed"), 1e-7 * Math.abs(lowess.number(k, "y")) + 1e-15);
            smoothed++;
        }
        assertEquals(smoothed + binned, c.size());
    }

    @Test
    void reproducesValProbAndHosmerLemeshowOfTheEdgeCaseDataSets() throws IOException {
        final CsvTable hl = CsvTable.read(EVALUATION.resolve("hosmer_lemeshow.csv"));
        for (final String dataset : List.of("extremes", "few_events", "coarse")) {
            final QmriRun r = qmri("calibration", "--in", predictions(dataset).toString(), "--truth", "y", "--positive",
                "1", "--prob", "p");
            assertEquals(0, r.status(), dataset + ": " + r.err());
            final CsvTable t = parse(r.out());
            for (final String[] f : new String[][] {{"brier", "Brier"}, {"intercept", "Intercept"}, {"slope", "Slope"},
                {"e_max", "Emax"}, {"e_90", "E90"}, {"e_avg", "Eavg"}}) {
                final double expected = valProb(dataset, f[1]);
                assertEquals(expected, t.number(0, f[0]), 1e-7 * Math.abs(expected), dataset + " " + f[0]);
            }
            final int g = row(hl, dataset, "10");
            assertEquals(hl.number(g, "chi2"), t.number(0, "hl_chi2"), 1e-7 * hl.number(g, "chi2"), dataset);
            assertEquals(hl.number(g, "df"), t.number(0, "hl_df"), dataset);
            assertEquals(hl.number(g, "p"), t.number(0, "hl_p"), 1e-7 * hl.number(g, "p"), dataset);
        }
    }

    @Test
    void plotIsAPngAndTheSameFigureAnSvg() throws IOException {
        final Path png = tmp.resolve("cal.png");
        final Path svg = tmp.resolve("cal.svg");
        final QmriRun r = qmri("calibration", "--in", predictions("realistic").toString(), "--truth", "y", "--positive",
            "1", "--prob", "p", "--plot", png.toString(), "--svg", svg.toString());
        assertEquals(0, r.status(), r.err());
        FigureFile.png(png, 1200);
        FigureFile.svgShows(svg, "Predicted probability", "Observed proportion");
        assertTrue(FigureFile.svgTexts(svg).stream().anyMatch(t -> t.startsWith("p: slope ")), "legend names the model");
    }

    @Test
    void hosmerLemeshowThatCannotBeFormedLeavesItsFieldsEmptyWithAWarning() throws IOException {
        final QmriRun r = qmri("calibration", "--in", predictions("ties").toString(), "--truth", "y", "--positive", "1",
            "--prob", "p");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("no Hosmer-Lemeshow test for 'p'"), r.err());
        final CsvTable t = parse(r.out());
        assertEquals("", t.text(0, "hl_chi2"));
        assertEquals("", t.text(0, "hl_df"));
        assertEquals("", t.text(0, "hl_p"));
        final double expected = valProb("ties", "Brier");
        assertEquals(expected, t.number(0, "brier"), 1e-7 * expected);
    }

    @Test
    void aProbabilityOutsideTheUnitIntervalIsBadDataNamingTheColumn() throws IOException {
        final Path in = Files.writeString(tmp.resolve("bad.csv"), "y,p\n1,0.9\n0,1.2\n1,0.4\n0,0.1\n");
        final QmriRun r = qmri("calibration", "--in", in.toString(), "--truth", "y", "--positive", "1", "--prob", "p");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("'p'"), r.err());
    }

    private Path predictions(final String dataset) throws IOException {
        final CsvTable all = CsvTable.read(EVALUATION.resolve("data_predictions.csv"));
        final StringBuilder b = new StringBuilder("p,y\n");
        for (int i = 0; i < all.size(); i++) {
            if (all.text(i, "dataset").equals(dataset)) {
                b.append(all.text(i, "p")).append(',').append(all.text(i, "y")).append('\n');
            }
        }
        return Files.writeString(tmp.resolve(dataset + ".csv"), b.toString());
    }

    private static double valProb(final String dataset, final String field) {
        final CsvTable v = CsvTable.read(EVALUATION.resolve("val_prob.csv"));
        for (int i = 0; i < v.size(); i++) {
            if (v.text(i, "dataset").equals(dataset) && v.text(i, "field").equals(field)) {
                return v.number(i, "value");
            }
        }
        throw new AssertionError("no " + field + " for " + dataset + " in val_prob.csv");
    }

    private static int row(final CsvTable t, final String dataset, final String g) {
        for (int i = 0; i < t.size(); i++) {
            if (t.text(i, "dataset").equals(dataset) && t.text(i, "g").equals(g)) {
                return i;
            }
        }
        throw new AssertionError("no row " + dataset + " g=" + g);
    }

    private static int groupRow(final CsvTable t, final int group) {
        for (int i = 0; i < t.size(); i++) {
            if (t.text(i, "dataset").equals("realistic") && t.text(i, "g").equals("10")
                && (int) t.number(i, "group") == group) {
                return i;
            }
        }
        throw new AssertionError("no realistic g=10 group " + group);
    }

    private CsvTable parse(final String csv) {
        try {
            return CsvTable.read(Files.writeString(tmp.resolve("stdout.csv"), csv));
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
