package org.qmrinodes.cli.report;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.qmrinodes.cli.CliException;
import org.qmrinodes.cli.CsvTableReader;
import org.qmrinodes.cli.CsvTableWriter;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.synthetic.Fr25FeatureCohort;

/**
 * The demo report's Fr25 section: the study run as its workflow runs it ({@link Fr25Study}) on the
 * bundled synthetic cohort, its tables and figures shown with the paper's published numbers beside
 * the synthetic cohort's (METHODS §7.4).
 */
final class Fr25Section {

    /** The workflow that writes the same files. */
    static final String WORKFLOW = "test-workflows/fr25-symri-nomogram";

    /** Published AUCs per endpoint and score (§7.4, "ROC and calibration"). */
    private static final Map<String, Map<String, Double>> PUBLISHED_AUC = Map.of(
        "positive_vs_negative", Map.of("T2_pre", 0.830, "ADC", 0.790, "longest_diameter", 0.710,
            Fr25FeatureCohort.COMBINED_MODEL_COLUMN, 0.940),
        "low_vs_zero", Map.of("ADC", 0.650, "PD_delta", 0.770, Fr25FeatureCohort.COMBINED_MODEL_COLUMN, 0.810));

    /** Published bootstrap-corrected AUC (C), Brier score, calibration slope and intercept (§7.4). */
    private static final Map<String, Map<String, Double>> PUBLISHED_VALIDATION = Map.of(
        "positive_vs_negative", Map.of("C", 0.930, "Brier", 0.080, "Slope", 0.910, "Intercept", 0.030),
        "low_vs_zero", Map.of("C", 0.830, "Brier", 0.182, "Slope", 1.020, "Intercept", -0.030));

    private static final List<String> VALIDATION_INDEXES = List.of("C", "Brier", "Slope", "Intercept");

    private Fr25Section() {
    }

    /**
     * Runs the study into {@code dir/fr25} and adds its section to the report.
     *
     * @param dir the report folder
     * @param report the page
     * @param err where warnings go
     */
    static void write(final Path dir, final HtmlReport report, final PrintStream err)
        throws CliException {
        final ResultTable generated = Fr25FeatureCohort.generate(Fr25FeatureCohort.DEFAULT_SEED);
        final Path folder = StudySteps.runOnCohort(dir, Fr25Study.NAME, generated, Fr25Study::run, err);
        final Path cohort = folder.resolve("cohort.csv");
        final ResultTable targets = Fr25FeatureCohort.targets(generated);
        CsvTableWriter.write(targets, folder.resolve("cohort_targets.csv"), OutputStream.nullOutputStream());
        final String at = Fr25Study.NAME + "/";

        report.heading("Fr25: SyMRI T1, T2 and PD maps, MUSE-DWI and HER2 status (workflow " + WORKFLOW + ")");
        report.paragraph("A synthetic cohort of " + CsvTableReader.read(cohort, err).size() + " lesions (HER2-zero 34, "
            + "HER2-low 55, HER2-positive 49) shaped after Fr25's Tables 2 and 3: every count of Table 2 exactly, "
            + "the Table 3 means and SDs exactly, medians and quartiles up to sampling error, the variables "
            + "independent within a group. The relative changes are (pre \u2212 Gd) / pre, the sign under which the "
            + "paper's printed values come out (METHODS \u00a73.9), as fractions. Fr25's tables do not reproduce "
            + "internally (METHODS \u00a77.4), so the cohort follows the group summaries, not the printed test "
            + "statistics. Every file below is what the workflow " + WORKFLOW + " writes (qmri demo --study fr25 "
            + "writes the same files, compared to the last digit by the workflow test).");
        report.links("The cohort's " + targets.rows().size() + " published targets, the cohort's values beside them and how "
            + "the generator meets each:", "cohort_targets.csv", at + "cohort_targets.csv");
        report.image(at + "table2.png", "Table 2 of the synthetic cohort: morphology and pathology by HER2 group "
            + "(chi-square, or Fisher when expected counts are small; P1 zero-low, P2 zero-positive, P3 low-positive, "
            + "shown when the overall p < 0.05)", 1050);
        report.image(at + "table3.png", "Table 3 of the synthetic cohort: quantitative measures by HER2 group "
            + "(ANOVA, or Kruskal-Wallis where Kolmogorov-Smirnov rejects normality)", 1050);
        for (final Fr25FeatureCohort.Model m : Fr25FeatureCohort.MODELS) {
            endpoint(folder, at, m, report, err);
        }
        final List<String> used = List.of("setting", "value");
        report.paragraph("Settings used (also in " + at + StudySteps.SETTINGS_USED + "):");
        report.table(ReportTables.read(folder.resolve(StudySteps.SETTINGS_USED), used, err), used,
            at + StudySteps.SETTINGS_USED);
    }

    private static void endpoint(final Path folder, final String at, final Fr25FeatureCohort.Model m,
        final HtmlReport report, final PrintStream err) throws CliException {
        final String name = m.name();
        report.subheading((m == Fr25FeatureCohort.POSITIVE_MODEL ? "HER2-positive vs HER2-negative" : "HER2-low vs HER2-zero")
            + " (positive class " + m.positiveClass() + "): " + String.join(", ", m.predictors()));
        report.paragraph("Univariable logistic models of the paper's candidates (Table "
            + (m == Fr25FeatureCohort.POSITIVE_MODEL ? "4" : "5") + "; enhancement pattern against homogeneous, TIC "
            + "against persistent), then the paper's multivariable model:");
        final List<String> coefficients = List.of("term", "odds_ratio", "or_ci_lower", "or_ci_upper", "p_value");
        report.table(ReportTables.read(folder.resolve("univariable_" + name + ".csv"), coefficients, err), coefficients,
            at + "univariable_" + name + ".csv");
        report.table(ReportTables.read(folder.resolve("multivariable_" + name + ".csv"), coefficients, err),
            coefficients, at + "multivariable_" + name + ".csv");

        final ResultTable aucs =
            ReportTables.aucsBesidePublished(folder.resolve("roc_" + name + ".csv"), PUBLISHED_AUC.get(name), err);
        report.paragraph("Discrimination (DeLong 95% CI, Youden cut-off), the paper's AUC beside the synthetic "
            + "cohort's. With the variables independent within a group, the printed group summaries allow less "
            + "discrimination than the paper reports for its combined model.");
        report.table(aucs, ReportTables.AUC_COLUMNS, at + "roc_" + name + ".csv");
        report.image(at + "roc_" + name + ".png", "ROC curves, " + name);

        final CsvTableReader validation = CsvTableReader.read(folder.resolve("validation_" + name + ".csv"), err);
        final List<String> indexes = validation.texts("index");
        final ResultTable.Builder validated = ResultTable.builder(ResultTable.text("index"),
            ResultTable.real("published"), ResultTable.real("apparent"), ResultTable.real("optimism"),
            ResultTable.real("corrected"));
        for (final String index : VALIDATION_INDEXES) {
            final int i = indexes.indexOf(index);
            validated.row(index, PUBLISHED_VALIDATION.get(name).get(index), validation.numbers("apparent")[i],
                validation.numbers("optimism")[i], validation.numbers("corrected")[i]);
        }
        report.paragraph("Internal validation by Harrell's optimism bootstrap (B = " + Fr25FeatureCohort.BOOTSTRAP_RESAMPLES
            + ", seed 1, as rms::validate): C is the AUC; the paper's value is its bias-corrected one.");
        report.table(validated.build(), List.of("index", "published", "apparent", "optimism", "corrected"),
            at + "validation_" + name + ".csv");
        report.image(at + "nomogram_" + name + ".png", "Nomogram of the combined model, " + name, 1050);
        report.image(at + "calibration_" + name + ".png", "Calibration of the combined model, " + name);
        final List<String> ranges = List.of("model", "from", "to");
        report.paragraph("Decision curves: where each strategy has the highest net benefit (the paper: the model over "
            + (m == Fr25FeatureCohort.POSITIVE_MODEL ? "about 0.10\u20130.75" : "about 0.20\u20130.70") + "):");
        report.table(ReportTables.read(folder.resolve("dca_summary_" + name + ".csv"), ranges, err), ranges,
            at + "dca_summary_" + name + ".csv");
        report.image(at + "dca_" + name + ".png", "Decision curves of the combined model, " + name);
    }
}
