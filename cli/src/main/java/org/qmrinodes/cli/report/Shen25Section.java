package org.qmrinodes.cli.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.qmrinodes.cli.CliException;
import org.qmrinodes.cli.CsvTableReader;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;

/**
 * The demo report's Shen25 study section: the study run as its workflow runs it ({@link Shen25Study}) on
 * the bundled synthetic cohort, Table 3's group means and p-values beside the paper's (METHODS §7.1), and
 * the ROC of the screened features beside the paper's NME-subgroup AUCs.
 */
final class Shen25Section {

    /** The workflow that writes the same files. */
    static final String WORKFLOW = "test-workflows/shen25-dki-histogram";

    private static final List<String> GROUPS = List.of("HER2-zero", "HER2-low", "HER2-over");

    /** Table 3 (all lesions): mean per group (zero, low, over), p (three groups) and p² (low vs over), as printed. */
    private record Printed(double[] means, String p, String p2) {
    }

    private static final Map<String, Printed> TABLE_3 = Map.of(
        "ADC_mean", new Printed(new double[] {1.008, 1.062, 1.092}, "0.001", "0.005"),
        "ADC_median", new Printed(new double[] {0.987, 1.052, 1.077}, "0.001", "0.007"),
        "ADC_p05", new Printed(new double[] {0.681, 0.708, 0.722}, "< 0.001", "0.001"),
        "Dapp_mean", new Printed(new double[] {1.204, 1.212, 1.305}, "0.001", "0.004"),
        "Dapp_median", new Printed(new double[] {1.176, 1.191, 1.280}, "0.002", "0.007"),
        "Dapp_p05", new Printed(new double[] {0.849, 0.850, 0.952}, "< 0.001", "0.012"),
        "Kapp_mean", new Printed(new double[] {0.978, 0.960, 0.897}, "< 0.001", "0.001"),
        "Kapp_p95", new Printed(new double[] {1.459, 1.458, 1.282}, "< 0.001", "0.001"),
        "Kapp_entropy", new Printed(new double[] {1.143, 1.171, 0.920}, "< 0.001", "< 0.001"));

    /** The paper's AUCs of HER2-low vs HER2-over, in the NME-related subgroup (Table 4; not simulated). */
    private static final Map<String, Double> NME_AUC = Map.of("ADC_mean", 0.668, "ADC_median", 0.666, "ADC_p05", 0.693,
        "Dapp_mean", 0.671, "Dapp_median", 0.667, "Dapp_p05", 0.683, "Kapp_mean", 0.680, "Kapp_p95", 0.729,
        "Kapp_entropy", 0.776);

    private Shen25Section() {
    }

    /**
     * Runs the study into {@code dir/shen25} and adds its section to the report.
     *
     * @param dir the report folder
     * @param report the page
     * @param err where warnings go
     */
    static void write(final Path dir, final HtmlReport report, final PrintStream err) throws CliException {
        final Path folder = StudySteps.runOnCohort(dir, Shen25Study.NAME,
            Shen25FeatureCohort.generate(Shen25FeatureCohort.DEFAULT_SEED), Shen25Study::run, err);
        final String at = Shen25Study.NAME + "/";
        final CsvTableReader cohort = CsvTableReader.read(folder.resolve("cohort.csv"), err);
        final CsvTableReader table3 = CsvTableReader.read(folder.resolve("table3.csv"), err);
        final List<String> groups = cohort.texts("her2_status");
        final List<String> variables = table3.texts("variable");
        final List<String> p = table3.texts("p_value");
        final List<String> p2 = table3.texts("p HER2-low vs HER2-over");
        final ResultTable.Builder means = ResultTable.builder(ResultTable.text("feature"), ResultTable.text("group"),
            ResultTable.real("published_mean"), ResultTable.real("synthetic_mean"), ResultTable.text("published_p"),
            ResultTable.text("synthetic_p"), ResultTable.text("published_p2"), ResultTable.text("synthetic_p2"));
        for (final String feature : Shen25FeatureCohort.featureNames()) {
            final double[] values = cohort.numbers(feature);
            int row = -1;
            for (int r = 0; r < variables.size(); r++) {
                if (variables.get(r).startsWith(feature + ",")) {
                    row = r;
                }
            }
            for (int g = 0; g < GROUPS.size(); g++) {
                double sum = 0;
                int n = 0;
                for (int i = 0; i < values.length; i++) {
                    if (GROUPS.get(g).equals(groups.get(i))) {
                        sum += values[i];
                        n++;
                    }
                }
                final boolean first = g == 0;
                means.row(feature, GROUPS.get(g), TABLE_3.get(feature).means()[g], sum / n,
                    first ? TABLE_3.get(feature).p() : "", first && row >= 0 ? p.get(row) : "",
                    first ? TABLE_3.get(feature).p2() : "", first && row >= 0 ? p2.get(row) : "");
            }
        }
        report.heading("Shen25: DKI histogram features and HER2 status (workflow " + WORKFLOW + ")");
        report.paragraph("The study run as the workflow " + WORKFLOW + " runs it (qmri demo --study shen25 writes the "
            + "same files, compared to the last digit by the workflow test), on the bundled synthetic cohort of "
            + cohort.size() + " lesions whose group means and SDs follow the paper's Table 3. The cohort matches the "
            + "means by construction; the p-values of rank tests on simulated distributions are not expected to match "
            + "the paper's (Kruskal-Wallis over the three groups, p2 Dunn's low vs over, Bonferroni).");
        report.table(means.build(), List.of("feature", "group", "published_mean", "synthetic_mean", "published_p",
            "synthetic_p", "published_p2", "synthetic_p2"), at + "table3.csv");
        report.image(at + "table3.png", "Table 3 of the synthetic cohort, as the workflow writes it", 1050);
        report.paragraph("ROC of the features the univariate screen keeps (Mann-Whitney U, p < 0.1), HER2-low vs "
            + "HER2-over on all lesions. The paper's AUCs are of its NME-related subgroup (36 vs 41 lesions), which the "
            + "cohort does not simulate; they are shown for context only.");
        report.table(ReportTables.aucsBesidePublished(folder.resolve("roc_low_vs_over.csv"), NME_AUC, err),
            ReportTables.AUC_COLUMNS, at + "roc_low_vs_over.csv");
        report.image(at + "roc_low_vs_over.png", "ROC curves of the screened features, HER2-low vs HER2-over");
        report.links("CSV:", "univariate screen", at + "univariate_low_vs_over.csv", "DeLong", at
            + "delong_low_vs_over.csv", "logistic model of the screened features", at
            + "logistic_screened_low_vs_over.csv");
    }
}
