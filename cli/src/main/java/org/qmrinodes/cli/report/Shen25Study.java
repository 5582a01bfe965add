package org.qmrinodes.cli.report;

import static org.qmrinodes.cli.report.StudySteps.file;
import static org.qmrinodes.cli.report.StudySteps.with;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qmrinodes.cli.CliException;
import org.qmrinodes.cli.CsvTableReader;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;

/**
 * {@code qmri demo --study shen25}: the DKI histogram study (Shen 2025; METHODS §6.1) from its feature
 * table, step by step as the workflow {@code test-workflows/shen25-dki-histogram} runs it, each step a
 * {@code qmri} command writing the table the workflow writes, under the same file name: Table 3 of the
 * histogram features over the three HER2 groups (Kruskal–Wallis, p¹ low vs zero, p² low vs over), the
 * univariate screen of HER2-low against HER2-over (Mann–Whitney U; a feature enters when p &lt; 0.1),
 * ROC of the screened features, paired DeLong tests between them (all pairs, Holm), the logistic model
 * of the screened features and the paper's combined model of each parameter.
 */
public final class Shen25Study {

    public static final String NAME = "shen25";

    private static final String OUTCOME = "low_vs_over";
    private static final String POSITIVE = "HER2-over";
    private static final String GROUPS = "HER2-zero,HER2-low,HER2-over";
    private static final String CONTRASTS = "HER2-low:HER2-zero,HER2-low:HER2-over";
    /** A feature of the univariate screen enters the models when its p is below this. */
    private static final double ENTRY_P = 0.1;

    /** The files the study writes, in the order it writes them. */
    public static final List<String> FILES = List.of("table3.csv", "table3.png", "univariate_low_vs_over.csv",
        "roc_low_vs_over.csv", "roc_low_vs_over.png", "delong_low_vs_over.csv", "logistic_screened_low_vs_over.csv",
        "logistic_Combined_ADC_low_vs_over.csv", "logistic_Combined_D_low_vs_over.csv",
        "logistic_Combined_K_low_vs_over.csv", StudySteps.SETTINGS_USED);

    private Shen25Study() {
    }

    /**
     * @param cohort the cohort table (the columns of {@link Shen25FeatureCohort})
     * @param folder the folder the tables are written into
     * @param err where the commands' warnings go
     * @throws CliException when a step fails (its message on {@code err} first), or the screen keeps
     *         fewer than two features
     */
    public static void run(final Path cohort, final Path folder, final PrintStream err) throws CliException {
        final StudySteps steps = new StudySteps("Shen25", err);
        final Path dir = folder.toAbsolutePath();
        final String in = cohort.toAbsolutePath().toString();
        final String features = String.join(",", Shen25FeatureCohort.featureNames());
        final List<String> threeGroups = List.of("compare", "--in", in, "--group", "her2_status", "--groups", GROUPS,
            "--value", features, "--test", "kruskal-wallis", "--contrasts", CONTRASTS);
        steps.run(with(threeGroups, "--table1-out", file(dir, "table3.csv")));
        steps.run(with(threeGroups, "--table1-out", file(dir, "table3.png"), "--table1-title", "Table 3"));
        final Path univariate = dir.resolve("univariate_low_vs_over.csv");
        steps.run(List.of("compare", "--in", in, "--group", OUTCOME, "--groups", "HER2-low,HER2-over", "--value", features,
            "--test", "mann-whitney", "--out", univariate.toString()));
        final String screened = String.join(",", StudySteps.screened(univariate, ENTRY_P, err));
        final List<String> outcome = List.of("--in", in, "--truth", OUTCOME, "--positive", POSITIVE);
        steps.run(with(with(List.of("roc"), outcome), "--score", screened, "--plot", file(dir, "roc_low_vs_over.png"),
            "--out", file(dir, "roc_low_vs_over.csv")));
        steps.run(with(with(List.of("delong"), outcome), "--score", screened, "--adjust", "holm", "--out",
            file(dir, "delong_low_vs_over.csv")));
        steps.run(with(with(List.of("logistic"), outcome), "--predictors", screened, "--out",
            file(dir, "logistic_screened_low_vs_over.csv")));
        for (final Shen25FeatureCohort.CombinedModel model : Shen25FeatureCohort.COMBINED_MODELS) {
            steps.run(with(with(List.of("logistic"), outcome), "--predictors", String.join(",", model.features()),
                "--out", file(dir, "logistic_" + model.name() + "_low_vs_over.csv")));
        }
        final Map<String, String> used = new LinkedHashMap<>();
        used.put("cohort", cohort.getFileName().toString());
        used.put("groups", GROUPS + " (column her2_status)");
        used.put("Table 3", "Kruskal-Wallis, Dunn's pairwise tests (Bonferroni); contrasts " + CONTRASTS);
        used.put("outcome", OUTCOME + ", positive class " + POSITIVE);
        used.put("univariate screen", "Mann-Whitney U; a feature enters with p < " + ENTRY_P);
        used.put("ROC", "DeLong 95% CI, direction auto (as pROC), Youden cut-off");
        used.put("DeLong", "all pairs, Holm adjustment");
        used.put("logistic fit", "maximum likelihood, Wald 95% CI (profile CI alongside)");
        StudySteps.writeSettingsUsed(dir, used);
        err.println("Shen25 study tables written to " + dir.toAbsolutePath());
    }

}
