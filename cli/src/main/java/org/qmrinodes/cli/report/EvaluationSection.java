package org.qmrinodes.cli.report;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qmrinodes.cli.CliException;
import org.qmrinodes.cli.CsvTableReader;
import org.qmrinodes.cli.CsvTableWriter;
import org.qmrinodes.cli.FigureFiles;
import org.qmrinodes.cli.ModelRows;
import org.qmrinodes.cli.PredictorOptions;
import org.qmrinodes.cli.NomogramCommand;
import org.qmrinodes.cli.DcaCommand;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.core.model.PredictorCoding;
import org.qmrinodes.core.plot.CalibrationPlot;
import org.qmrinodes.core.plot.Figure;
import org.qmrinodes.core.plot.ForestPlot;
import org.qmrinodes.core.plot.GroupPlot;
import org.qmrinodes.core.plot.LineChart;
import org.qmrinodes.core.plot.NomogramPlot;
import org.qmrinodes.core.stats.comparison.FeatureComparison;
import org.qmrinodes.core.stats.comparison.PairwiseComparison;
import org.qmrinodes.core.stats.comparison.Screening;
import org.qmrinodes.core.stats.evaluation.BootstrapValidation;
import org.qmrinodes.core.stats.evaluation.CalibrationCurves;
import org.qmrinodes.core.stats.evaluation.DecisionCurve;
import org.qmrinodes.core.stats.evaluation.Nomogram;
import org.qmrinodes.core.stats.regression.Coefficient;
import org.qmrinodes.core.stats.regression.LogisticFit;
import org.qmrinodes.core.stats.regression.LogisticRegression;
import org.qmrinodes.core.stats.regression.LogisticTables;

/**
 * The demo report's "Model evaluation" section, as Fr25 presents a logistic model: the model of
 * HER2-over vs HER2-low on one diffusion feature, one kurtosis feature and the lesion type, shown as a
 * nomogram ({@code rms::nomogram}), judged by its calibration ({@code rms::val.prob}, Hosmer–Lemeshow),
 * Harrell's optimism bootstrap ({@code rms::validate}) and decision curves; its univariable and
 * multivariable odds ratios as a forest plot; and the main features by HER2 group as violin plots
 * with the screening's pairwise p-values. Every figure is written as PNG and SVG, its data as CSV.
 */
final class EvaluationSection {

    static final String TRUTH = "low_vs_over";
    static final String POSITIVE = "HER2-over";
    static final List<String> PREDICTORS = List.of("Dapp_mean", "Kapp_entropy", "lesion_type");
    static final String CATEGORICAL = "lesion_type";
    static final int BOOTSTRAP = 200;
    static final long SEED = 1;

    private static final String MODEL = "logistic model";
    private static final int HL_GROUPS = 10;
    private static final double CONFIDENCE = 0.95;
    private static final int WIDTH = 1200;

    private final CsvTableReader cohort;
    private final Path dir;
    private final HtmlReport report;
    private final PrintStream out;
    private final PrintStream err;

    private EvaluationSection(final CsvTableReader cohort, final Path dir, final HtmlReport report,
        final PrintStream out, final PrintStream err) {
        this.cohort = cohort;
        this.dir = dir;
        this.report = report;
        this.out = out;
        this.err = err;
    }

    /**
     * Writes the section's files into {@code dir} and its text, tables and figures into {@code report}.
     *
     * @param cohort the demo cohort
     * @param threeGroups the three-group screening whose pairwise tests label the group plots
     * @param groupFeatures the features drawn by HER2 group
     */
    static void write(final CsvTableReader cohort, final Screening threeGroups, final List<String> groupFeatures,
        final Path dir, final HtmlReport report, final PrintStream out, final PrintStream err) throws CliException {
        final EvaluationSection s = new EvaluationSection(cohort, dir, report, out, err);
        final PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        final ModelRows data = ModelRows.of(cohort, TRUTH, POSITIVE,
            new PredictorOptions(PREDICTORS, List.of(CATEGORICAL), Map.of()), quiet, "a logistic model", "modelled");
        final LogisticFit fit;
        final List<LogisticFit> univariable;
        try {
            fit = NomogramCommand.fit(data, quiet);
            univariable = LogisticRegression.univariable(data.outcome(), data.predictors(), NomogramCommand.options(data));
        } catch (final InvalidDataException e) {
            throw cohort.error(e);
        }
        final double[] p = probabilities(fit, data);
        report.heading("Model evaluation, HER2-low vs HER2-over (positive class: HER2-over)");
        report.paragraph("Logistic regression (maximum likelihood) of HER2-over on " + String.join(", ", PREDICTORS)
            + " (" + CATEGORICAL + " dummy coded, reference " + reference(data) + ") in the " + data.y().length
            + " lesions of the two groups (the HER2-zero lesions have no value in " + TRUTH + " and are left out), "
            + fit.events() + " of them HER2-over: one diffusion and one kurtosis "
            + "feature of the screening and the lesion type, as a small demo model (Fr25 built theirs from the "
            + "features with p < 0.1). Calibration and decision curves judge the apparent predictions (the model "
            + "scored on the lesions it was fitted to); the bootstrap estimates how optimistic they are.");
        s.nomogram(fit, data);
        s.calibration(p, data.y());
        s.validation(data);
        s.decisionCurve(p, data.y());
        s.forest(univariable, fit, data);
        s.groups(threeGroups, groupFeatures);
    }

    private static double[] probabilities(final LogisticFit fit, final ModelRows data) {
        final double[][] x = data.design().x();
        final double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = LinearPredictorModel.probability(fit.model().linearPredictor(x[i]));
        }
        return p;
    }

    private static String reference(final ModelRows data) {
        return data.coding().predictors().stream().filter(PredictorCoding::categorical).findFirst().orElseThrow()
            .reference();
    }

    private void nomogram(final LogisticFit fit, final ModelRows data) throws CliException {
        final Nomogram.Result nomogram = NomogramCommand.of(fit, data);
        final ResultTable points = NomogramCommand.points(nomogram, false);
        CsvTableWriter.write(points, dir.resolve("nomogram_points.csv"), out);
        figure("nomogram", new NomogramPlot("", nomogram, NomogramCommand.probabilityCaption(POSITIVE)));
        report.subheading("Nomogram");
        report.paragraph("Each predictor's value gives points on the top scale; their sum (Total Points) reads off as "
            + "the linear predictor and the probability of HER2-over. Points as rms::nomogram(lrm(...), fun = plogis) "
            + "scales them (the predictor with the widest range of linear predictor spans 0\u2013100; numeric axes "
            + "from the minimum to the maximum of the data): " + HtmlReport.format(nomogram.scale())
            + " points per unit of linear predictor.");
        report.image("nomogram.png", "Nomogram of the logistic model", 1000);
        report.table(points, List.of("axis", "value", "points"), "nomogram_points.csv");
        report.links("Files:", "points table", "nomogram_points.csv", "nomogram (SVG)", "nomogram.svg");
    }

    private void calibration(final double[] p, final boolean[] y) throws CliException {
        final List<CalibrationCurves.Model> models;
        try {
            models = List.of(CalibrationCurves.of(MODEL, p, y, HL_GROUPS, CONFIDENCE));
        } catch (final InvalidDataException e) {
            throw cohort.error(e);
        }
        if (models.get(0).problem() != null) {
            err.println("warning: " + models.get(0).problem());
        }
        final ResultTable summary = CalibrationCurves.summary(models);
        CsvTableWriter.write(summary, dir.resolve("calibration_summary.csv"), out);
        CsvTableWriter.write(CalibrationCurves.curves(models), dir.resolve("calibration_curves.csv"), out);
        figure("calibration", new CalibrationPlot("", models));
        report.subheading("Calibration");
        report.paragraph("Apparent calibration as rms::val.prob computes it: Brier score, the intercept and slope of "
            + "the logistic recalibration of logit(p) (ideal 0 and 1), the largest and mean absolute differences "
            + "between the lowess curve and the diagonal (e_max, e_avg), and the Hosmer\u2013Lemeshow test over "
            + HL_GROUPS + " groups of predicted risk (df = groups \u2212 2). A slope and intercept of exactly 1 and 0 "
            + "are what a maximum-likelihood model shows on its own data; the bootstrap below corrects them.");
        report.image("calibration.png", "Calibration curve: lowess curve, the " + HL_GROUPS + " groups' observed "
            + "proportions with exact 95% intervals, distribution of the predictions");
        report.table(summary, List.of("model", "n", "events", "brier", "intercept", "slope", "e_max", "e_avg",
            "hl_chi2", "hl_df", "hl_p"), "calibration_summary.csv");
        report.links("Files:", "calibration table", "calibration_summary.csv", "curves (smoothed and binned)",
            "calibration_curves.csv", "calibration plot (SVG)", "calibration.svg");
    }

    private void validation(final ModelRows data) throws CliException {
        final BootstrapValidation.Result result;
        try {
            result = BootstrapValidation.validate(data.design().x(), data.y(),
                BootstrapValidation.drawResamples(data.y().length, BOOTSTRAP, SEED));
        } catch (final InvalidDataException e) {
            throw cohort.error(e);
        }
        final ResultTable table = BootstrapValidation.table(result);
        CsvTableWriter.write(table, dir.resolve("bootstrap_validation.csv"), out);
        report.subheading("Bootstrap validation");
        report.paragraph("Harrell's optimism bootstrap as rms::validate(lrm(...), B = " + BOOTSTRAP + "): the model is "
            + "refitted on " + BOOTSTRAP + " resamples drawn with replacement (seed " + SEED + "; B = " + BOOTSTRAP
            + " rather than the usual 1000 to keep the demo fast), each refit scored on its resample (training) and "
            + "on the original lesions (test); the mean difference is the optimism, subtracted from the apparent "
            + "value (Emax, as rms reports it, is the largest error of the bias-corrected calibration line, so its "
            + "optimism and corrected value are that error). C is the AUC (Dxy / 2 + 0.5). " + result.failed() + " of " + result.resamples()
            + " resamples failed to fit and were left out.");
        report.table(table, List.of("index", "apparent", "optimism", "corrected", "training", "test", "n"),
            "bootstrap_validation.csv");
        report.links("CSV:", "bootstrap validation", "bootstrap_validation.csv");
    }

    private void decisionCurve(final double[] p, final boolean[] y) throws CliException {
        final DecisionCurve.Analysis analysis;
        try {
            analysis = DecisionCurve.analyse(List.of(MODEL), List.of(p), y, DecisionCurve.thresholds(0.01, 0.99, 0.01));
        } catch (final InvalidDataException e) {
            throw cohort.error(e);
        }
        final ResultTable ranges = DecisionCurve.rangeTable(analysis.bestRanges());
        CsvTableWriter.write(DecisionCurve.curveTable(analysis.curves()), dir.resolve("decision_curve.csv"), out);
        CsvTableWriter.write(ranges, dir.resolve("decision_curve_best.csv"), out);
        final LineChart chart = DcaCommand.chart(analysis.curves());
        FigureFiles.png(dir.resolve("decision_curve.png"), chart.toPng(WIDTH, WIDTH * 3 / 4));
        FigureFiles.svg(dir.resolve("decision_curve.svg"), chart.toSvg(WIDTH, WIDTH * 3 / 4));
        report.subheading("Decision curve");
        report.paragraph("Net benefit = TP/n \u2212 FP/n \u00b7 pt/(1 \u2212 pt) of treating the lesions whose "
            + "predicted probability is at least the threshold pt (Vickers & Elkin 2006), against treating all and "
            + "treating none, for pt = 0.01 to 0.99; the table lists the threshold ranges over which each strategy "
            + "has the highest net benefit.");
        report.image("decision_curve.png", "Decision curves of the model, treat all and treat none");
        report.table(ranges, List.of("model", "from", "to"), "decision_curve_best.csv");
        report.links("Files:", "net benefit per threshold", "decision_curve.csv", "best ranges",
            "decision_curve_best.csv", "decision curves (SVG)", "decision_curve.svg");
    }

    private void forest(final List<LogisticFit> univariable, final LogisticFit multivariable, final ModelRows data)
        throws CliException {
        final List<LogisticFit> all = new ArrayList<>(univariable);
        all.add(multivariable);
        final List<ForestPlot.Panel> panels = List.of(panel("Univariable", univariable, data),
            panel("Multivariable", List.of(multivariable), data));
        final ResultTable.Builder rows = ResultTable.builder(ResultTable.text("model"), ResultTable.text("term"),
            ResultTable.real("odds_ratio"), ResultTable.real("ci_lower"), ResultTable.real("ci_upper"),
            ResultTable.real("p_value"));
        for (final ForestPlot.Panel panel : panels) {
            for (final ForestPlot.Estimate e : panel.rows()) {
                rows.row(panel.title().toLowerCase(java.util.Locale.ROOT), e.label(), e.estimate(), e.lower(),
                    e.upper(), e.p());
            }
        }
        final ResultTable table = rows.build();
        CsvTableWriter.write(table, dir.resolve("forest_plot.csv"), out);
        CsvTableWriter.write(LogisticTables.coefficients(all), dir.resolve("logistic_coefficients.csv"), out);
        figure("forest_plot", new ForestPlot("", "OR", CONFIDENCE, panels));
        report.subheading("Odds ratios (forest plot)");
        report.paragraph("Odds ratios per unit of each feature with Wald 95% intervals and p-values: univariable (one "
            + "model per predictor) and multivariable (the model above). The reference level of " + CATEGORICAL
            + " has no estimate.");
        report.image("forest_plot.png", "Forest plot of the univariable and multivariable odds ratios", 1050);
        report.table(table, List.of("model", "term", "odds_ratio", "ci_lower", "ci_upper", "p_value"), "forest_plot.csv");
        report.links("Files:", "forest plot data", "forest_plot.csv", "logistic coefficients",
            "logistic_coefficients.csv", "forest plot (SVG)", "forest_plot.svg");
    }

    /** One panel: every fit's terms, a categorical predictor's reference level first with no estimate. */
    private static ForestPlot.Panel panel(final String title, final List<LogisticFit> fits, final ModelRows data) {
        final List<ForestPlot.Estimate> rows = new ArrayList<>();
        for (final LogisticFit f : fits) {
            String previous = null;
            for (final Coefficient c : f.coefficients()) {
                if (c.term().equals(LinearPredictorModel.INTERCEPT)) {
                    continue;
                }
                final PredictorCoding coding = data.coding().predictors().stream()
                    .filter(p -> p.column().equals(c.predictor())).findFirst().orElseThrow();
                if (coding.categorical() && !c.predictor().equals(previous)) {
                    rows.add(new ForestPlot.Estimate(c.predictor() + ": " + coding.reference(), Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN));
                }
                previous = c.predictor();
                final String label = coding.categorical()
                    ? c.predictor() + ": " + c.term().substring(c.predictor().length() + 1) : c.term();
                rows.add(new ForestPlot.Estimate(label, c.oddsRatio(), c.waldLower(), c.waldUpper(), c.pValue()));
            }
        }
        return new ForestPlot.Panel(title, rows);
    }

    private void groups(final Screening screening, final List<String> features) throws CliException {
        final ResultTable.Builder values = ResultTable.builder(ResultTable.text("feature"), ResultTable.text("group"),
            ResultTable.real("value"));
        final ResultTable.Builder brackets = ResultTable.builder(ResultTable.text("feature"),
            ResultTable.text("group_a"), ResultTable.text("group_b"), ResultTable.text("method"),
            ResultTable.real("p_value"));
        final List<String> labels = cohort.texts(screening.groupColumn());
        final List<String> files = new ArrayList<>();
        for (final String feature : features) {
            final double[] x = cohort.numbers(feature);
            final List<GroupPlot.Group> groups = new ArrayList<>();
            for (final String g : screening.groups()) {
                final List<Double> v = new ArrayList<>();
                for (int i = 0; i < x.length; i++) {
                    if (g.equals(labels.get(i)) && Double.isFinite(x[i])) {
                        v.add(x[i]);
                        values.row(feature, g, x[i]);
                    }
                }
                groups.add(new GroupPlot.Group(g, v.stream().mapToDouble(Double::doubleValue).toArray()));
            }
            final FeatureComparison f = screening.features().stream().filter(c -> c.feature().equals(feature))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the screening has no " + feature));
            final List<GroupPlot.Comparison> comparisons = new ArrayList<>();
            for (final PairwiseComparison c : f.pairwise()) {
                comparisons.add(new GroupPlot.Comparison(c.groupA(), c.groupB(), c.pValue()));
                brackets.row(feature, c.groupA(), c.groupB(), c.method(), c.pValue());
            }
            final String file = "group_plot_" + feature;
            figure(file, new GroupPlot(feature, feature, groups, comparisons, GroupPlot.Style.VIOLIN_BOX,
                GroupPlot.Annotation.P_VALUES));
            files.add(file);
        }
        final ResultTable pairs = brackets.build();
        CsvTableWriter.write(values.build(), dir.resolve("group_plots_values.csv"), out);
        CsvTableWriter.write(pairs, dir.resolve("group_plots_comparisons.csv"), out);
        report.subheading("Features by HER2 group");
        report.paragraph("Violin plots (Gaussian kernel density, bandwidth as R's bw.nrd0) with a box of the quartiles "
            + "and Tukey whiskers, by HER2 group; the brackets give the Dunn\u2013Bonferroni p-values of the "
            + "three-group screening above.");
        for (final String file : files) {
            report.image(file + ".png", file.substring("group_plot_".length()) + " by HER2 group", 520);
        }
        report.table(pairs, List.of("feature", "group_a", "group_b", "method", "p_value"), "group_plots_comparisons.csv");
        final List<String> links = new ArrayList<>(List.of("values plotted", "group_plots_values.csv", "brackets",
            "group_plots_comparisons.csv"));
        files.forEach(f -> links.addAll(List.of(f.substring("group_plot_".length()) + " (SVG)", f + ".svg")));
        report.links("Files:", links.toArray(String[]::new));
    }

    /** Writes {@code name}.png and {@code name}.svg of one figure. */
    private void figure(final String name, final Figure figure) throws CliException {
        FigureFiles.write(dir.resolve(name + ".png"), dir.resolve(name + ".svg"), figure, WIDTH);
    }
}
