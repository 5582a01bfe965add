package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The demo report's "Model evaluation" section: its parts and figures (PNG and SVG), every table on
 * the page equal to the CSV it names, and the model's numbers against R
 * ({@code validation/evaluation/demo_model.csv}, made by {@code make_demo_model_golden.R} from the
 * bundled cohort, which the demo generates unchanged).
 */
class DemoEvaluationSectionTest {

    /** Odds ratios, val.prob and the Hosmer–Lemeshow test: R's glm and ours both fit to full convergence. */
    private static final double FULLY_CONVERGED = 1e-9;
    /**
     * p-values: glm computes the standard errors from the weights of its last iteration, one step
     * before its final coefficients; a tiny z difference is magnified by the normal tail.
     */
    private static final double P_VALUE = 1e-7;
    /** lrm stops once −2LL changes by at most 0.025, which moves its indices and points slightly. */
    private static final double LRM = 1e-7;

    @TempDir
    static Path tmp;

    private static Path dir;
    private static String section;
    private static CsvTable golden;

    @BeforeAll
    static void runTheDemo() throws IOException {
        dir = tmp.resolve("report");
        final long start = System.nanoTime();
        final QmriRun r = qmri("demo", "--out-dir", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(System.nanoTime() - start < 60e9, "the demo takes less than a minute");
        final String page = Files.readString(dir.resolve("index.html"));
        final int from = page.indexOf("<h2>Model evaluation");
        assertTrue(from >= 0, "the report has a Model evaluation section");
        final int to = page.indexOf("<h2>", from + 4);
        section = page.substring(from, to < 0 ? page.length() : to);
        golden = CsvTable.read(CsvTable.validationDir().resolve("evaluation/demo_model.csv"));
    }

    @Test
    void theSectionShowsEveryPartAndEachFigureAsPngAndSvg() {
        for (final String part : List.of("Nomogram", "Calibration", "Bootstrap validation", "Decision curve",
            "Odds ratios (forest plot)", "Features by HER2 group")) {
            assertTrue(section.contains("<h3>" + part + "</h3>"), part);
        }
        assertTrue(section.contains("B = 200") && section.contains("seed 1"), "the bootstrap's size and seed are stated");
        final Map<String, List<String>> captions = new LinkedHashMap<>();
        captions.put("nomogram", List.of("Points", "Dapp_mean", "Kapp_entropy", "lesion_type", "Total Points",
            "Linear Predictor", "Probability of HER2-over", "NME", "mass", "mass with NME"));
        captions.put("calibration", List.of("Predicted probability", "Observed proportion"));
        captions.put("decision_curve", List.of("Threshold probability", "Net benefit", "logistic model", "Treat all",
            "Treat none"));
        captions.put("forest_plot", List.of("Univariable", "Multivariable", "OR (95% CI)", "p", "reference"));
        for (final String f : List.of("ADC_mean", "Dapp_mean", "Kapp_mean", "Kapp_entropy")) {
            captions.put("group_plot_" + f, List.of(f, "HER2-zero", "HER2-low", "HER2-over"));
        }
        final List<String> shown = new ArrayList<>();
        final Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(section);
        while (img.find()) {
            shown.add(img.group(1));
        }
        assertEquals(captions.keySet().stream().map(f -> f + ".png").toList(), shown);
        for (final Map.Entry<String, List<String>> figure : captions.entrySet()) {
            FigureFile.png(dir.resolve(figure.getKey() + ".png"), 1200);
            FigureFile.svgShows(dir.resolve(figure.getKey() + ".svg"), figure.getValue().toArray(String[]::new));
            assertTrue(section.contains("href=\"" + figure.getKey() + ".svg\""), figure.getKey() + ".svg is linked");
        }
    }

    @Test
    void everyTableOfTheSectionShowsItsCsvRoundedToThreeSignificantDigits() {
        final Matcher table = Pattern.compile("<table data-csv=\"([^\"]+)\">(.*?)</table>", Pattern.DOTALL)
            .matcher(section);
        final List<String> checked = new ArrayList<>();
        while (table.find()) {
            final CsvTable csv = CsvTable.read(dir.resolve(table.group(1)));
            final List<List<String>> rows = new ArrayList<>();
            final Matcher tr = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table.group(2));
            while (tr.find()) {
                rows.add(cells(tr.group(1)));
            }
            final List<String> header = rows.remove(0);
            assertEquals(csv.size(), rows.size(), table.group(1) + " rows");
            for (int i = 0; i < rows.size(); i++) {
                for (int c = 0; c < header.size(); c++) {
                    assertShows(csv.text(i, header.get(c)), rows.get(i).get(c), header.get(c),
                        table.group(1) + " row " + (i + 1) + " " + header.get(c));
                }
            }
            checked.add(table.group(1));
        }
        assertEquals(List.of("nomogram_points.csv", "calibration_summary.csv", "bootstrap_validation.csv",
            "decision_curve_best.csv", "forest_plot.csv", "group_plots_comparisons.csv"), checked);
    }

    private static List<String> cells(final String row) {
        final List<String> out = new ArrayList<>();
        final Matcher m = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>").matcher(row);
        while (m.find()) {
            out.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"));
        }
        return out;
    }

    /** The cell shows the CSV field: text as is, a number to three significant digits, a p below 0.001 so. */
    private static void assertShows(final String csv, final String html, final String column, final String where) {
        if (csv.isEmpty()) {
            assertEquals("\u2013", html, where);
            return;
        }
        final double value;
        try {
            value = Double.parseDouble(csv);
        } catch (final NumberFormatException e) {
            assertEquals(csv, html, where);
            return;
        }
        if (html.equals("< 0.001")) {
            assertTrue((column.equals("p") || column.startsWith("p_") || column.endsWith("_p")) && value < 0.001, where + ": " + csv);
            return;
        }
        final double shown = Double.parseDouble(html);
        final double halfUnit = value == 0 ? 0 : 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 2);
        assertEquals(value, shown, halfUnit * (1 + 1e-9), where + ": " + csv + " shown as " + html);
    }

    @Test
    void forestPlotOddsRatiosAreRsWaldEstimates() {
        final CsvTable forest = CsvTable.read(dir.resolve("forest_plot.csv"));
        int compared = 0;
        for (int i = 0; i < forest.size(); i++) {
            final String model = forest.text(i, "model");
            final String term = forest.text(i, "term");
            if (term.equals("lesion_type: NME")) {
                assertTrue(Double.isNaN(forest.number(i, "odds_ratio")), "the reference level has no estimate");
                continue;
            }
            for (final String field : List.of("odds_ratio", "ci_lower", "ci_upper", "p_value")) {
                final double r = value(model, term, field);
                assertEquals(r, forest.number(i, field), (field.equals("p_value") ? P_VALUE : FULLY_CONVERGED) * Math.abs(r),
                    model + " " + term + " " + field);
                compared++;
            }
        }
        assertEquals(2 * 4 * 4, compared, "four terms of each panel");
    }

    @Test
    void calibrationIsValProbAndHosmerLemeshowOfTheFittedProbabilities() {
        final CsvTable cal = CsvTable.read(dir.resolve("calibration_summary.csv"));
        assertEquals(172, cal.number(0, "n"));
        assertEquals(81, cal.number(0, "events"));
        for (final String[] f : new String[][] {{"brier", "Brier"}, {"slope", "Slope"}, {"e_max", "Emax"},
            {"e_avg", "Eavg"}, {"e_90", "E90"}}) {
            final double r = value("val_prob", "", f[1]);
            assertEquals(r, cal.number(0, f[0]), FULLY_CONVERGED * Math.abs(r), f[0]);
        }
        assertEquals(value("val_prob", "", "Intercept"), cal.number(0, "intercept"), FULLY_CONVERGED);
        assertEquals(value("hosmer_lemeshow", "", "chi2"), cal.number(0, "hl_chi2"), FULLY_CONVERGED * 14);
        assertEquals(value("hosmer_lemeshow", "", "df"), cal.number(0, "hl_df"));
        assertEquals(value("hosmer_lemeshow", "", "p"), cal.number(0, "hl_p"), FULLY_CONVERGED);
    }

    @Test
    void bootstrapTableHasRmsApparentIndicesAndTwoHundredResamples() {
        final CsvTable v = CsvTable.read(dir.resolve("bootstrap_validation.csv"));
        final Map<String, String> names = Map.of("Dxy", "Dxy", "R2", "R2", "Intercept", "Intercept", "Slope", "Slope",
            "Emax", "Emax", "Brier", "B");
        int compared = 0;
        for (int i = 0; i < v.size(); i++) {
            final String index = v.text(i, "index");
            assertEquals(200, v.number(i, "n"), index + ": every resample counts");
            if (!index.equals("Emax")) {
                // rms' Emax row is the corrected calibration's largest error: corrected = optimism = test
                assertEquals(v.number(i, "apparent") - v.number(i, "optimism"), v.number(i, "corrected"), 1e-12, index);
            }
            if (names.containsKey(index)) {
                final double r = value("apparent", "", names.get(index));
                assertEquals(r, v.number(i, "apparent"), LRM * Math.max(1, Math.abs(r)), index);
                compared++;
            }
            if (index.equals("C")) {
                assertEquals(value("apparent", "", "Dxy") / 2 + 0.5, v.number(i, "apparent"), LRM, "C = Dxy/2 + 0.5");
            }
        }
        assertEquals(names.size(), compared);
        assertTrue(v.number(v.texts("index").indexOf("Slope"), "corrected") < 1, "the slope is shrunk by the optimism");
    }

    @Test
    void nomogramPointsAreRmsNomogram() {
        final CsvTable points = CsvTable.read(dir.resolve("nomogram_points.csv"));
        int compared = 0;
        for (int k = 0; k < golden.size(); k++) {
            if (!golden.text(k, "section").equals("nomogram")) {
                continue;
            }
            final String axis = golden.text(k, "term");
            final String tick = golden.text(k, "field");
            final int i = row(points, axis, tick);
            assertEquals(golden.number(k, "value"), points.number(i, "points"), LRM * 100, axis + " " + tick);
            compared++;
        }
        assertEquals(compared, points.size(), "the same ticks as R");
    }

    @Test
    void groupPlotsShowTheCohortAndTheScreeningsPairwiseTests() {
        final CsvTable values = CsvTable.read(dir.resolve("group_plots_values.csv"));
        final CsvTable cohort = CsvTable.read(dir.resolve("cohort.csv"));
        final List<String> features = List.of("ADC_mean", "Dapp_mean", "Kapp_mean", "Kapp_entropy");
        assertEquals(features.size() * cohort.size(), values.size(), "every lesion once per feature");
        final CsvTable pairwise = CsvTable.read(dir.resolve("pairwise_three_groups.csv"));
        final CsvTable brackets = CsvTable.read(dir.resolve("group_plots_comparisons.csv"));
        int k = 0;
        for (int i = 0; i < pairwise.size(); i++) {
            if (!features.contains(pairwise.text(i, "feature"))) {
                continue;
            }
            for (final String c : List.of("feature", "group_a", "group_b", "method", "p_value")) {
                assertEquals(pairwise.text(i, c), brackets.text(k, c), "bracket " + (k + 1) + " " + c);
            }
            k++;
        }
        assertEquals(brackets.size(), k);
        assertFalse(k == 0, "the brackets come from the screening");
    }

    private static int row(final CsvTable points, final String axis, final String tick) {
        for (int i = 0; i < points.size(); i++) {
            if (points.text(i, "axis").equals(axis) && (points.text(i, "value").equals(tick)
                || isNumber(tick) && isNumber(points.text(i, "value"))
                    && Math.abs(Double.parseDouble(points.text(i, "value")) - Double.parseDouble(tick)) < 1e-12)) {
                return i;
            }
        }
        throw new AssertionError("no " + axis + " tick " + tick + " in nomogram_points.csv");
    }

    private static boolean isNumber(final String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (final NumberFormatException e) {
            return false;
        }
    }

    private static double value(final String section, final String term, final String field) {
        for (int k = 0; k < golden.size(); k++) {
            if (golden.text(k, "section").equals(section) && golden.text(k, "term").equals(term)
                && golden.text(k, "field").equals(field)) {
                return golden.number(k, "value");
            }
        }
        throw new AssertionError("no " + section + " " + term + " " + field + " in demo_model.csv");
    }
}
