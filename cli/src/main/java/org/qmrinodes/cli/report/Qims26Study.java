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
import org.qmrinodes.core.synthetic.Qims26FeatureCohort;

/**
 * {@code qmri demo --study qims26}: the T1/T2/T2* mapping study (QIMS26; METHODS §6.3) from its lesion
 * table, step by step as the workflow {@code test-workflows/qims26-relaxometry} runs it, each step a
 * {@code qmri} command writing the table the workflow writes, under the same file name: the mapping values
 * over the three HER2 groups (ANOVA with Bonferroni, Welch's ANOVA with Tamhane's T2 when Levene's test
 * rejects equal variances, Kruskal–Wallis when Kolmogorov–Smirnov rejects normality), the univariate
 * comparison of HER2-low and HER2-positive, the univariable logistic models of the candidates followed,
 * as the Logistic Regression node's univariable option writes them, by the model of all candidates
 * together; the paper's combined model (T2*, T1-post, ER), ROC of its numeric predictors and of the
 * combined model, and paired DeLong tests between them (all pairs, Holm).
 */
public final class Qims26Study {

    /** The study's name for {@code --study}. */
    public static final String NAME = "qims26";

    private static final String ENDPOINT = Qims26FeatureCohort.ENDPOINT;

    private Qims26Study() {
    }

    /** @return the files the study writes, in the order it writes them */
    public static List<String> files() {
        final List<String> out = new ArrayList<>(List.of("table3.csv", "table3.png", StudySteps.SETTINGS_USED));
        for (final String f : new String[] {"univariate_%s.csv", "univariable_%s.csv", "multivariable_%s.csv",
            "predictions_%s.csv", "roc_%s.csv", "roc_%s.png", "delong_%s.csv"}) {
            out.add(String.format(f, ENDPOINT));
        }
        return out;
    }

    /** @return the combined model's predictor options */
    static List<String> model() {
        return List.of("--predictors", String.join(",", with(Qims26FeatureCohort.MODEL_NUMERIC,
            Qims26FeatureCohort.MODEL_CATEGORICAL)), "--categorical", Qims26FeatureCohort.MODEL_CATEGORICAL,
            "--reference", Qims26FeatureCohort.MODEL_REFERENCE);
    }

    /**
     * @param cohort the cohort table (the columns of {@link Qims26FeatureCohort})
     * @param folder the folder the tables are written into
     * @param err where the commands' warnings go
     * @throws CliException when a step fails (its message on {@code err} first)
     */
    public static void run(final Path cohort, final Path folder, final PrintStream err) throws CliException {
        final StudySteps steps = new StudySteps("QIMS26", err);
        final Path dir = folder.toAbsolutePath();
        final String in = cohort.toAbsolutePath().toString();
        final String numeric = String.join(",", Qims26FeatureCohort.numericColumns());
        final String categorical = String.join(",", Qims26FeatureCohort.categoricalColumns());
        final String all = numeric + "," + categorical;
        final List<String> byGroup = List.of("compare", "--in", in, "--group", "her2_status", "--groups",
            String.join(",", Qims26FeatureCohort.GROUPS), "--value", all, "--categorical", categorical, "--test", "auto",
            "--normality", "ks", "--no-yates", "--contrasts", Qims26FeatureCohort.PAIRWISE_CONTRASTS);
        steps.run(with(byGroup, "--table1-out", file(dir, "table3.csv")));
        steps.run(with(byGroup, "--table1-out", file(dir, "table3.png"), "--table1-title", "Table 3"));
        steps.run(List.of("compare", "--in", in, "--group", ENDPOINT, "--groups", "HER2-low,HER2-positive", "--value",
            all, "--categorical", categorical, "--test", "auto", "--normality", "ks", "--no-yates", "--out",
            file(dir, "univariate_" + ENDPOINT + ".csv")));
        final List<String> cases = List.of("--in", in, "--truth", ENDPOINT, "--positive",
            Qims26FeatureCohort.POSITIVE_CLASS);
        final List<String> candidates = with(with(List.of("logistic"), cases), "--predictors",
            String.join(",", Qims26FeatureCohort.CANDIDATES), "--categorical", String.join(",", Qims26FeatureCohort.candidates(true)));
        final Path separate = dir.resolve("univariable_" + ENDPOINT + ".part.csv");
        final Path together = dir.resolve("candidates_" + ENDPOINT + ".part.csv");
        steps.run(with(candidates, "--univariable", "--out", separate.toString()));
        steps.run(with(candidates, "--out", together.toString()));
        StudySteps.concatenate(dir.resolve("univariable_" + ENDPOINT + ".csv"), separate, together);
        final Path predictions = dir.resolve("predictions_" + ENDPOINT + ".csv");
        steps.run(with(with(with(List.of("logistic"), cases), model()), "--out",
            file(dir, "multivariable_" + ENDPOINT + ".csv"), "--predictions-out", predictions.toString(), "--key",
            String.join(",", with(List.of("patient_id", ENDPOINT), Qims26FeatureCohort.MODEL_NUMERIC))));
        StudySteps.renameLastColumn(predictions, "probability", Qims26FeatureCohort.COMBINED_MODEL_COLUMN);
        final List<String> predicted = List.of("--in", predictions.toString(), "--truth", ENDPOINT, "--positive",
            Qims26FeatureCohort.POSITIVE_CLASS);
        final String scores = String.join(",", with(Qims26FeatureCohort.MODEL_NUMERIC,
            Qims26FeatureCohort.COMBINED_MODEL_COLUMN));
        steps.run(with(with(List.of("roc"), predicted), "--score", scores, "--out", file(dir, "roc_" + ENDPOINT + ".csv"),
            "--plot", file(dir, "roc_" + ENDPOINT + ".png")));
        steps.run(with(with(List.of("delong"), predicted), "--score", scores, "--adjust", "holm", "--out",
            file(dir, "delong_" + ENDPOINT + ".csv")));
        final Map<String, String> used = new LinkedHashMap<>();
        used.put("cohort", cohort.getFileName().toString());
        used.put("groups", String.join(",", Qims26FeatureCohort.GROUPS) + " (column her2_status)");
        used.put("pairwise contrasts", Qims26FeatureCohort.PAIRWISE_CONTRASTS);
        used.put("group tests", "ANOVA (Bonferroni) or Welch ANOVA (Tamhane T2) by Levene, Kruskal-Wallis (Dunn) when"
            + " Kolmogorov-Smirnov rejects normality at 0.05; chi-square or Fisher, no continuity correction");
        used.put("delta T1", "T1_pre - T1_post (ms); delta_T1_pre = (T1_pre - T1_post) / T1_pre, a fraction");
        used.put("outcome", ENDPOINT + ", positive class " + Qims26FeatureCohort.POSITIVE_CLASS);
        used.put("combined model", String.join(", ", Qims26FeatureCohort.MODEL_NUMERIC) + ", "
            + Qims26FeatureCohort.MODEL_CATEGORICAL + " (reference " + Qims26FeatureCohort.MODEL_REFERENCE + ")");
        used.put("univariable candidates", String.join(", ", Qims26FeatureCohort.CANDIDATES));
        used.put("ROC", "DeLong 95% CI, direction auto (as pROC), Youden cut-off");
        used.put("DeLong", "all pairs, Holm adjustment");
        StudySteps.writeSettingsUsed(dir, used);
        err.println("QIMS26 study tables written to " + dir);
    }
}
