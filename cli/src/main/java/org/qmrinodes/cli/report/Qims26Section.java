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
import org.qmrinodes.core.synthetic.Qims26FeatureCohort;

/**
 * The demo report's QIMS26 section: the study run as its workflow runs it ({@link Qims26Study}) on the
 * bundled synthetic cohort, with the paper's AUCs beside the synthetic cohort's (METHODS §7.3).
 */
final class Qims26Section {

    /** The workflow that writes the same files. */
    static final String WORKFLOW = "test-workflows/qims26-relaxometry";

    private static final Map<String, Double> PUBLISHED_AUC = Map.of("T2star", Qims26FeatureCohort.PUBLISHED_AUC_T2STAR,
        "T1_post", Qims26FeatureCohort.PUBLISHED_AUC_T1_POST, Qims26FeatureCohort.COMBINED_MODEL_COLUMN,
        Qims26FeatureCohort.PUBLISHED_AUC_COMBINED);

    private Qims26Section() {
    }

    /**
     * Runs the study into {@code dir/qims26} and adds its section to the report.
     *
     * @param dir the report folder
     * @param report the page
     * @param err where warnings go
     */
    static void write(final Path dir, final HtmlReport report, final PrintStream err)
        throws CliException {
        final ResultTable generated = Qims26FeatureCohort.generate(Qims26FeatureCohort.DEFAULT_SEED);
        final Path folder = StudySteps.runOnCohort(dir, Qims26Study.NAME, generated, Qims26Study::run, err);
        final Path cohort = folder.resolve("cohort.csv");
        final ResultTable targets = Qims26FeatureCohort.targets(generated);
        CsvTableWriter.write(targets, folder.resolve("cohort_targets.csv"), OutputStream.nullOutputStream());
        final String at = Qims26Study.NAME + "/";
        final String endpoint = Qims26FeatureCohort.ENDPOINT;

        report.heading("QIMS26: T1, T2 and T2* mapping and HER2 status (workflow " + WORKFLOW + ")");
        report.paragraph("A synthetic cohort of " + CsvTableReader.read(cohort, err).size() + " lesions (HER2-zero 20, "
            + "HER2-low 72, HER2-positive 86): age, T1-pre and T1-post with the printed group means and SDs "
            + "exactly, \u0394T1 and \u0394T1_pre computed from them; T2, T2* and the pathology counts, which the paper "
            + "does not print, are assumptions chosen so that T2 does not differ, T2* separates HER2-low from "
            + "HER2-positive with about the published AUC, and ER alone has the published AUC of 0.617 (all listed "
            + "in the generator's documentation). The combined model is the paper's: T2*, T1-post and ER, for "
            + "HER2-positive against HER2-low. Every file below is what the workflow " + WORKFLOW + " writes (qmri "
            + "demo --study qims26 writes the same files).");
        report.links("The cohort's " + targets.rows().size() + " published targets, the cohort's values beside them and how "
            + "the generator meets each:", "cohort_targets.csv", at + "cohort_targets.csv");
        report.image(at + "table3.png", "Mapping values and pathology by HER2 group (ANOVA with Bonferroni, Welch's "
            + "ANOVA with Tamhane's T2 when Levene rejects equal variances, Kruskal-Wallis when Kolmogorov-Smirnov "
            + "rejects normality; chi-square or Fisher)", 1050);
        final List<String> coefficients = List.of("term", "odds_ratio", "or_ci_lower", "or_ci_upper", "p_value");
        report.paragraph("The combined model (ER against ER-positive):");
        report.table(ReportTables.read(folder.resolve("multivariable_" + endpoint + ".csv"), coefficients, err),
            coefficients, at + "multivariable_" + endpoint + ".csv");

        final ResultTable aucs =
            ReportTables.aucsBesidePublished(folder.resolve("roc_" + endpoint + ".csv"), PUBLISHED_AUC, err);
        report.paragraph("HER2-positive vs HER2-low (positive class HER2-positive): the paper's AUC beside the "
            + "synthetic cohort's, with DeLong 95% CIs and the Youden cut-off's sensitivity and specificity.");
        report.table(aucs, ReportTables.AUC_COLUMNS, at + "roc_" + endpoint + ".csv");
        report.image(at + "roc_" + endpoint + ".png", "ROC curves, HER2-positive vs HER2-low");
        final List<String> paired = List.of("score_a", "score_b", "auc_a", "auc_b", "difference", "p_value",
            "p_adjusted");
        report.paragraph("Paired DeLong tests (all pairs, Holm); the paper reports the combined model's AUC as "
            + "significantly higher than every single parameter's:");
        report.table(ReportTables.read(folder.resolve("delong_" + endpoint + ".csv"), paired, err), paired,
            at + "delong_" + endpoint + ".csv");
        final List<String> used = List.of("setting", "value");
        report.paragraph("Settings used (also in " + at + StudySteps.SETTINGS_USED + "):");
        report.table(ReportTables.read(folder.resolve(StudySteps.SETTINGS_USED), used, err), used,
            at + StudySteps.SETTINGS_USED);
    }
}
