package org.qmrinodes.workflows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.synthetic.Qims26FeatureCohort;
import org.qmrinodes.knime.evaluation.delong.DelongComparisonNodeFactory;
import org.qmrinodes.knime.evaluation.roc.RocAnalysisNodeFactory;
import org.qmrinodes.knime.modelling.forest.ForestPlotNodeFactory;
import org.qmrinodes.knime.modelling.logistic.LogisticRegressionNodeFactory;
import org.qmrinodes.knime.modelling.predictor.LogisticPredictorNodeFactory;
import org.qmrinodes.knime.screening.tableone.TableOneNodeFactory;
import org.qmrinodes.knime.screening.univariate.UnivariateScreeningNodeFactory;

/**
 * The T1/T2/T2* mapping study (QIMS26; METHODS §6.3) from its lesion table: the mapping values and
 * pathology over the three HER2 groups (§6.3 steps 3–4), the univariate comparison of HER2-low and
 * HER2-positive and the univariable logistic models of the candidates (step 5), the combined model of
 * T2*, T1-post and ER (step 5), ROC of its predictors and of the combined model with paired DeLong tests
 * (steps 6–7), and the forest plot of the univariable and multivariable odds ratios (step 8).
 */
final class Qims26Relaxometry {

    static final String NAME = "qims26-relaxometry";
    static final String COHORT = "data/qims26_synthetic_cohort.csv";

    private static final String ENDPOINT = Qims26FeatureCohort.ENDPOINT;
    private static final String COMBINED = Qims26FeatureCohort.COMBINED_MODEL_COLUMN;

    private Qims26Relaxometry() {
    }

    static KnimeWorkflow declare(final Path repository) throws IOException {
        final List<KnimeBaseNode.CsvColumn> columns =
            CsvColumns.of(repository.resolve(StudyWorkflows.FOLDER).resolve(COHORT));
        final KnimeWorkflow.Builder w = KnimeWorkflow.builder(NAME, "QIMS26, T1, T2 and T2* mapping and HER2 status "
            + "(METHODS §6.3), on the synthetic cohort of 178 lesions: HER2-positive vs HER2-low.");
        w.include(COHORT, StudyWorkflows.FOLDER + "/" + COHORT);
        final String[] numeric = Qims26FeatureCohort.numericColumns().toArray(String[]::new);
        final String[] categorical = Qims26FeatureCohort.categoricalColumns().toArray(String[]::new);

        final int reader = w.add(KnimeBaseNode.csvReader(COHORT, columns), 60, 300, "Synthetic cohort\n(178 lesions)");
        w.annotate("§6.3 steps 1-2, §7.3: the cohort (synthetic,\nshaped after the printed group values)", 20, 200,
            240, 60);

        final int groups = w.add(QmriNode.of(TableOneNodeFactory.class).set("group_column", "her2_status")
            .set("groups", String.join(",", Qims26FeatureCohort.GROUPS)).columns("continuous_columns", numeric)
            .columns("categorical_columns", categorical).set("test", "auto").set("normality_test", "ks")
            .set("yates", false).set("contrasts", Qims26FeatureCohort.PAIRWISE_CONTRASTS).set("title", "Table 3"),
            260, 80, "Table 3: three groups");
        w.connect(reader, 1, groups, 1);
        w.writeCsv(groups, 1, "output/table3.csv", 460, 40);
        w.writeImage(groups, 2, "output/table3.png", 460, 120);
        w.annotate("§6.3 steps 3-4: ANOVA with Bonferroni (Welch and Tamhane's T2\nwhen Levene rejects equal "
            + "variances; Kruskal-Wallis when K-S rejects normality)", 220, 10, 380, 50);

        final int univariate = w.add(QmriNode.of(UnivariateScreeningNodeFactory.class).set("group_column", ENDPOINT)
            .set("groups", "HER2-low,HER2-positive").columns("continuous_columns", numeric)
            .columns("categorical_columns", categorical).set("test", "auto").set("normality_test", "ks")
            .set("yates", false), 260, 260, "HER2-low vs\nHER2-positive");
        w.connect(reader, 1, univariate, 1);
        w.writeCsv(univariate, 1, "output/univariate_" + ENDPOINT + ".csv", 460, 240);
        w.annotate("§6.3 step 5: univariate comparison,\nHER2-low vs HER2-positive", 620, 240, 260, 50);

        final int univariable = w.add(outcome(QmriNode.of(LogisticRegressionNodeFactory.class)).set("univariable", true)
            .columns("numeric_predictors", Qims26FeatureCohort.candidates(false).toArray(String[]::new))
            .set("categorical_predictors", String.join(",", Qims26FeatureCohort.candidates(true))), 260, 420,
            "Univariable\nlogistic models");
        w.connect(reader, 1, univariable, 1);
        w.writeCsv(univariable, 2, "output/univariable_" + ENDPOINT + ".csv", 460, 400);
        w.annotate("§6.3 steps 5-8: logistic models, the combined model (T2*, T1-post, ER),\nROC, paired DeLong and "
            + "the forest plot of the odds ratios", 220, 340, 420, 50);

        final int multivariable = w.add(outcome(QmriNode.of(LogisticRegressionNodeFactory.class))
            .columns("numeric_predictors", Qims26FeatureCohort.MODEL_NUMERIC.toArray(String[]::new))
            .set("categorical_predictors", Qims26FeatureCohort.MODEL_CATEGORICAL)
            .set("reference_levels", Qims26FeatureCohort.MODEL_REFERENCE), 260, 560, "Combined model\n(T2*, T1-post, ER)");
        w.connect(reader, 1, multivariable, 1);
        w.writeCsv(multivariable, 2, "output/multivariable_" + ENDPOINT + ".csv", 460, 540);

        final int forest = w.add(QmriNode.of(ForestPlotNodeFactory.class).set("term_column", "term")
            .set("estimate_column", "odds_ratio").set("lower_column", "or_ci_lower").set("upper_column", "or_ci_upper"),
            660, 460, "Forest plot");
        w.connect(univariable, 2, forest, 1);
        w.connect(multivariable, 2, forest, 2);
        w.writeCsv(forest, 1, "output/forest_" + ENDPOINT + ".csv", 860, 420);
        w.writeImage(forest, 2, "output/forest_" + ENDPOINT + ".png", 860, 500);

        final int predictor = w.add(QmriNode.of(LogisticPredictorNodeFactory.class).set("probability_column", COMBINED),
            460, 680, "Combined model:\nprobability");
        w.connect(multivariable, 1, predictor, 1);
        w.connect(reader, 1, predictor, 2);
        final List<String> scores = new ArrayList<>(Qims26FeatureCohort.MODEL_NUMERIC);
        scores.add(COMBINED);
        final int roc = w.add(outcome(QmriNode.of(RocAnalysisNodeFactory.class))
            .columns("score_columns", scores.toArray(String[]::new)), 660, 680, "ROC");
        w.connect(predictor, 1, roc, 1);
        w.writeCsv(roc, 1, "output/roc_" + ENDPOINT + ".csv", 860, 640);
        w.writeImage(roc, 3, "output/roc_" + ENDPOINT + ".png", 860, 720);
        final int delong = w.add(outcome(QmriNode.of(DelongComparisonNodeFactory.class))
            .columns("score_columns", scores.toArray(String[]::new)).set("comparisons", "all pairs")
            .set("p_adjustment", "holm"), 660, 820, "Paired DeLong,\nHolm");
        w.connect(predictor, 1, delong, 1);
        w.writeCsv(delong, 1, "output/delong_" + ENDPOINT + ".csv", 860, 820);
        return w.build();
    }

    private static QmriNode outcome(final QmriNode node) {
        return node.set("outcome_column", ENDPOINT).set("positive_class", Qims26FeatureCohort.POSITIVE_CLASS);
    }
}
