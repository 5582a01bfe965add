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
import org.qmrinodes.core.synthetic.Fr25FeatureCohort;

/**
 * {@code qmri demo --study fr25}: the SyMRI and MUSE-DWI study (Fr25; METHODS §6.4) from its lesion
 * table, step by step as the workflow {@code test-workflows/fr25-symri-nomogram} runs it, each step a
 * {@code qmri} command writing the table the workflow writes, under the same file name: Table 2 (the
 * categorical variables over the three HER2 groups, chi-square or Fisher) and Table 3 (the quantitative
 * measures, ANOVA or Kruskal–Wallis as Kolmogorov–Smirnov normality decides), then for each of the
 * paper's two endpoints (HER2-positive vs HER2-negative; HER2-low vs HER2-zero) the univariable
 * logistic models of its candidates (Table 4 or 5), followed, as the Logistic Regression node's univariable
 * option writes them, by the model of all candidates together; the paper's multivariable model, ROC of the model's
 * numeric predictors and of the combined model, the nomogram, the optimism bootstrap (B = 1000, seed
 * 1), calibration and decision curves (with the threshold ranges where each strategy is best) of the
 * combined model.
 */
public final class Fr25Study {

    /** The study's name for {@code --study}. */
    public static final String NAME = "fr25";

    private static final String COMBINED = Fr25FeatureCohort.COMBINED_MODEL_COLUMN;
    private static final String GROUP = "her2_status";
    private static final String GROUPS = String.join(",", Fr25FeatureCohort.GROUPS);

    private Fr25Study() {
    }

    /** @return the files the study writes, in the order it writes them */
    public static List<String> files() {
        final List<String> out = new ArrayList<>(List.of("table2.csv", "table2.png", "table3.csv", "table3.png"));
        out.add(StudySteps.SETTINGS_USED);
        for (final Fr25FeatureCohort.Model m : Fr25FeatureCohort.MODELS) {
            for (final String f : new String[] {"univariable_%s.csv", "multivariable_%s.csv", "predictions_%s.csv",
                "roc_%s.csv", "roc_%s.png", "nomogram_%s.csv", "nomogram_%s.png", "validation_%s.csv",
                "calibration_%s.csv", "calibration_%s.png", "dca_%s.csv", "dca_summary_%s.csv", "dca_%s.png"}) {
                out.add(String.format(f, m.name()));
            }
        }
        return out;
    }

    /**
     * @param cohort the cohort table (the columns of {@link Fr25FeatureCohort})
     * @param folder the folder the tables are written into
     * @param err where the commands' warnings go
     * @throws CliException when a step fails (its message on {@code err} first)
     */
    public static void run(final Path cohort, final Path folder, final PrintStream err) throws CliException {
        final StudySteps steps = new StudySteps("Fr25", err);
        final Path dir = folder.toAbsolutePath();
        final String in = cohort.toAbsolutePath().toString();
        final List<String> byGroup = List.of("compare", "--in", in, "--group", GROUP, "--groups", GROUPS, "--test", "auto",
            "--contrasts", Fr25FeatureCohort.PAIRWISE_CONTRASTS);
        final String categorical = String.join(",", Fr25FeatureCohort.categoricalColumns());
        final List<String> tableTwo = with(byGroup, "--value", categorical, "--categorical", categorical, "--no-yates");
        steps.run(with(tableTwo, "--table1-out", file(dir, "table2.csv")));
        steps.run(with(tableTwo, "--table1-out", file(dir, "table2.png"), "--table1-title", "Table 2"));
        final List<String> tableThree = with(byGroup, "--value", String.join(",", Fr25FeatureCohort.numericColumns()),
            "--normality", "ks");
        steps.run(with(tableThree, "--table1-out", file(dir, "table3.csv")));
        steps.run(with(tableThree, "--table1-out", file(dir, "table3.png"), "--table1-title", "Table 3"));
        for (final Fr25FeatureCohort.Model m : Fr25FeatureCohort.MODELS) {
            endpoint(steps, m, in, dir);
        }
        final Map<String, String> used = new LinkedHashMap<>();
        used.put("cohort", cohort.getFileName().toString());
        used.put("groups", GROUPS + " (column " + GROUP + ")");
        used.put("pairwise contrasts", Fr25FeatureCohort.PAIRWISE_CONTRASTS);
        used.put("Table 2 tests", "chi-square, Fisher-Freeman-Halton when more than 20% of expected counts are below 5;"
            + " no continuity correction");
        used.put("Table 3 tests", "ANOVA (Bonferroni) or Welch ANOVA (Tamhane T2) by Levene, Kruskal-Wallis (Dunn) when"
            + " Kolmogorov-Smirnov rejects normality at 0.05");
        used.put("relative change", "(pre - Gd) / pre, a fraction (the sign under which the paper's values come out)");
        for (final Fr25FeatureCohort.Model m : Fr25FeatureCohort.MODELS) {
            used.put(m.name() + ": outcome", m.outcome() + ", positive class " + m.positiveClass());
            used.put(m.name() + ": model", String.join(", ", m.predictors()) + (m.references().isEmpty() ? ""
                : " (reference " + String.join(", ", m.references()) + ")"));
        }
        used.put("univariable candidates' reference levels", String.join(", ", Fr25FeatureCohort.CANDIDATE_REFERENCES));
        used.put("logistic fit", "maximum likelihood, Wald 95% CI (profile CI alongside)");
        used.put("ROC", "DeLong 95% CI, direction auto (as pROC), Youden cut-off");
        used.put("bootstrap validation", "B = " + Fr25FeatureCohort.BOOTSTRAP_RESAMPLES + ", seed 1 (as rms::validate)");
        used.put("decision curves", "thresholds 0.01 to 0.99 by 0.01");
        StudySteps.writeSettingsUsed(dir, used);
        err.println("Fr25 study tables written to " + dir);
    }

    private static void endpoint(final StudySteps steps, final Fr25FeatureCohort.Model m, final String in, final Path dir)
        throws CliException {
        final String name = m.name();
        final List<String> outcome = List.of("--truth", m.outcome(), "--positive", m.positiveClass());
        final List<String> cases = with(List.of("--in", in), outcome);
        final List<String> candidates = with(with(List.of("logistic"), cases), "--predictors",
            String.join(",", m.candidates()), "--categorical", String.join(",", Fr25FeatureCohort.CATEGORICAL_CANDIDATES),
            "--reference", String.join(",", Fr25FeatureCohort.CANDIDATE_REFERENCES));
        final Path separate = dir.resolve("univariable_" + name + ".part.csv");
        final Path together = dir.resolve("candidates_" + name + ".part.csv");
        steps.run(with(candidates, "--univariable", "--out", separate.toString()));
        steps.run(with(candidates, "--out", together.toString()));
        StudySteps.concatenate(dir.resolve("univariable_" + name + ".csv"), separate, together);
        final List<String> model = model(m);
        final Path predictions = dir.resolve("predictions_" + name + ".csv");
        final List<String> keys = with(List.of("patient_id", m.outcome()), m.numeric());
        steps.run(with(with(with(List.of("logistic"), cases), model), "--out", file(dir, "multivariable_" + name + ".csv"),
            "--predictions-out", predictions.toString(), "--key", String.join(",", keys)));
        StudySteps.renameLastColumn(predictions, "probability", COMBINED);
        final List<String> predicted = with(List.of("--in", predictions.toString()), outcome);
        steps.run(with(with(List.of("roc"), predicted), "--score", String.join(",", with(m.numeric(), COMBINED)),
            "--out", file(dir, "roc_" + name + ".csv"), "--plot", file(dir, "roc_" + name + ".png")));
        steps.run(with(with(with(List.of("nomogram"), cases), model), "--out", file(dir, "nomogram_" + name + ".csv"),
            "--plot", file(dir, "nomogram_" + name + ".png")));
        steps.run(with(with(with(List.of("validate"), cases), model), "--bootstrap",
            Integer.toString(Fr25FeatureCohort.BOOTSTRAP_RESAMPLES), "--seed", "1", "--out",
            file(dir, "validation_" + name + ".csv")));
        steps.run(with(with(List.of("calibration"), predicted), "--prob", COMBINED, "--out",
            file(dir, "calibration_" + name + ".csv"), "--plot", file(dir, "calibration_" + name + ".png")));
        steps.run(with(with(List.of("dca"), predicted), "--prob", COMBINED, "--out", file(dir, "dca_" + name + ".csv"),
            "--summary-out", file(dir, "dca_summary_" + name + ".csv"), "--plot", file(dir, "dca_" + name + ".png")));
    }

    /** @return the model's predictor options: numeric and categorical predictors with their reference levels */
    static List<String> model(final Fr25FeatureCohort.Model m) {
        final List<String> out = new ArrayList<>(List.of("--predictors", String.join(",", m.predictors())));
        if (!m.categorical().isEmpty()) {
            out.addAll(List.of("--categorical", String.join(",", m.categorical()), "--reference",
                String.join(",", m.references())));
        }
        return out;
    }
}
