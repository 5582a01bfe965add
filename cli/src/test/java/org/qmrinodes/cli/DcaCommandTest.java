package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.stats.evaluation.DecisionCurve;
import org.qmrinodes.core.testing.CsvTable;

/** {@code qmri dca}: the contract's columns, agreement with the R golden curves, the best-strategy ranges, errors. */
class DcaCommandTest {

    private static final Path EVALUATION = CsvTable.validationDir().resolve("evaluation");
    private static final String VALIDATION = EVALUATION.resolve("data_validation.csv").toString();
    private static final List<String> COLUMNS = List.of("model", "threshold", "net_benefit", "net_benefit_all",
        "net_benefit_none", "standardized_net_benefit", "interventions_avoided_per_100");

    @TempDir
    Path tmp;

    @Test
    void reproducesTheRDecisionCurvesOfTheValidationData() throws IOException {
        final Path out = tmp.resolve("dca.csv");
        final QmriRun r = qmri("dca", "--in", VALIDATION, "--truth", "y", "--positive", "1", "--prob", "p_full,p_small",
            "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        final CsvTable t = CsvTable.read(out);
        assertEquals(COLUMNS, t.header().subList(0, COLUMNS.size()));
        final CsvTable golden = CsvTable.read(EVALUATION.resolve("dca.csv"));
        int checked = 0;
        for (int g = 0; g < golden.size(); g++) {
            if (!golden.text(g, "dataset").equals("validation")) {
                continue;
            }
            final String model = switch (golden.text(g, "model")) {
                case "full" -> "p_full";
                case "small" -> "p_small";
                default -> golden.text(g, "model");
            };
            final int row = checked;
            assertEquals(model, t.text(row, "model"), "row " + row);
            for (final String c : COLUMNS.subList(1, COLUMNS.size())) {
                assertEquals(golden.number(g, c), t.number(row, c), 1e-12, model + " " + c + " at " + golden.text(g, "threshold"));
            }
            checked++;
        }
        assertEquals(4 * 99, checked);
        assertEquals(checked, t.size());
    }

    @Test
    void summaryNamesTheBestStrategyOverConsecutiveThresholds() throws IOException {
        final Path in = Files.writeString(tmp.resolve("in.csv"), "y,good,bad\n1,0.9,0.2\n1,0.8,0.5\n0,0.3,0.7\n0,0.1,0.6\n");
        final Path summary = tmp.resolve("summary.csv");
        final QmriRun r = qmri("dca", "--in", in.toString(), "--truth", "y", "--positive", "1", "--prob", "good,bad",
            "--thresholds", "0.1:0.95:0.05", "--summary-out", summary.toString());
        assertEquals(0, r.status(), r.err());
        final CsvTable s = CsvTable.read(summary);
        assertEquals(List.of("model", "from", "to"), s.header());
        // prevalence 0.5. At 0.1 every case has p >= 0.1, so "good" only ties treating all (0.5 - 0.5/9);
        // from 0.15 "good" leaves out non-events and wins up to 0.9 (TP 1: NB 0.25 > 0 > treat all);
        // at 0.95 no case is treated by "good", which ties treating none. "bad" is never best.
        assertEquals(List.of("all", "good", "none"), s.texts("model"));
        final double[][] ranges = {{0.1, 0.1}, {0.15, 0.9}, {0.95, 0.95}};
        for (int i = 0; i < ranges.length; i++) {
            assertEquals(ranges[i][0], s.number(i, "from"), 1e-15, s.text(i, "model"));
            assertEquals(ranges[i][1], s.number(i, "to"), 1e-15, s.text(i, "model"));
        }
    }

    @Test
    void rowsWithAMissingOutcomeOrProbabilityAreSkippedAndCounted() {
        final Path in = write("y,p,q\n1,0.9,0.8\n,0.5,0.5\n0,NA,0.3\n0,0.2,0.1\n1,0.7,\n");
        final QmriRun r = qmri("dca", "--in", in.toString(), "--truth", "y", "--positive", "1", "--prob", "p,q",
            "--thresholds", "0.5:0.5:0.1");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("3 rows with a missing outcome or probability skipped"), r.err());
        final CsvTable t = parse(r.out());
        assertEquals(List.of("p", "q", "all", "none"), t.texts("model"));
        assertEquals(0.5, t.number(0, "net_benefit"), 1e-15, "two cases left, one event treated correctly");
    }

    @Test
    void badInputIsNamedWithoutAStackTrace() {
        final Path in = write("y,p\n1,0.9\n0,1.5\n");
        final QmriRun outside = qmri("dca", "--in", in.toString(), "--truth", "y", "--positive", "1", "--prob", "p");
        assertEquals(1, outside.status(), outside.err());
        assertTrue(outside.err().contains("1.5") && outside.err().contains("[0, 1]"), outside.err());
        final QmriRun range = qmri("dca", "--in", in.toString(), "--truth", "y", "--positive", "1", "--prob", "p",
            "--thresholds", "0.5:0.1:0.1");
        assertEquals(2, range.status(), range.err());
        assertTrue(range.err().contains("--thresholds"), range.err());
        final QmriRun syntax = qmri("dca", "--in", in.toString(), "--truth", "y", "--positive", "1", "--prob", "p",
            "--thresholds", "0.1-0.9");
        assertEquals(2, syntax.status(), syntax.err());
        final QmriRun column = qmri("dca", "--in", in.toString(), "--truth", "y", "--positive", "1", "--prob", "nope");
        assertEquals(2, column.status(), column.err());
        assertTrue(column.err().contains("nope"), column.err());
        for (final QmriRun r : List.of(outside, range, syntax, column)) {
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void drawsThePlotAsPngAndSvg() {
        final Path png = tmp.resolve("dca.png");
        final Path svg = tmp.resolve("dca.svg");
        final QmriRun r = qmri("dca", "--in", VALIDATION, "--truth", "y", "--positive", "1", "--prob", "p_full,p_small",
            "--out", tmp.resolve("c.csv").toString(), "--plot", png.toString(), "--svg", svg.toString());
        assertEquals(0, r.status(), r.err());
        FigureFile.png(png, 1200);
        FigureFile.svgShows(svg, "Threshold probability", "Net benefit", "p_full", "p_small", "Treat all", "Treat none");
    }

    @Test
    void aCurveDippingBelowThePlotFloorIsBrokenThereNotBridged() {
        final double[] steady = {0.30, 0.25, 0.20, 0.15, 0.10};
        final double[] dipping = {0.30, 0.25, -0.20, 0.15, 0.10};
        assertEquals(moves(steady) + 1, moves(dipping), "one more line start after the dip");
    }

    /** @return the number of line starts in the SVG of a one-model decision curve */
    private static int moves(final double[] netBenefit) {
        final List<DecisionCurve.Point> curve = new java.util.ArrayList<>();
        for (int i = 0; i < netBenefit.length; i++) {
            curve.add(new DecisionCurve.Point("m", 0.1 * (i + 1), netBenefit[i], 0, 0, 0, 0));
        }
        final java.util.regex.Matcher d = java.util.regex.Pattern.compile(" d=['\"]([^'\"]*)['\"]")
            .matcher(DcaCommand.chart(List.of(curve)).toSvg(600, 450));
        int moves = 0;
        while (d.find()) {
            moves += d.group(1).split("M", -1).length - 1;
        }
        return moves;
    }

    private Path write(final String csv) {
        try {
            return Files.writeString(tmp.resolve("in" + System.nanoTime() + ".csv"), csv);
        } catch (final IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private CsvTable parse(final String csv) {
        return CsvTable.read(write(csv));
    }
}
