package org.qmrinodes.workflows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.synthetic.Fr25FeatureCohort;
import org.qmrinodes.knime.evaluation.calibration.CalibrationNodeFactory;
import org.qmrinodes.knime.evaluation.dca.DecisionCurveNodeFactory;
import org.qmrinodes.knime.evaluation.roc.RocAnalysisNodeFactory;
import org.qmrinodes.knime.modelling.logistic.LogisticRegressionNodeFactory;
import org.qmrinodes.knime.modelling.nomogram.NomogramNodeFactory;
import org.qmrinodes.knime.modelling.predictor.LogisticPredictorNodeFactory;
import org.qmrinodes.knime.modelling.validation.BootstrapValidationNodeFactory;
import org.qmrinodes.knime.screening.tableone.TableOneNodeFactory;

/**
 * The SyMRI and MUSE-DWI study (Fr25; METHODS §6.4) from its lesion table: Table 2 (categorical
 * variables by HER2 group) and Table 3 (quantitative measures, ANOVA or Kruskal–Wallis by
 * Kolmogorov–Smirnov normality) with the pairwise P1–P3 (§6.4 step 3), then for each endpoint
 * (HER2-positive vs negative; HER2-low vs zero) the univariable logistic models of Table 4 or 5 (step
 * 4), the multivariable model (steps 4–7), ROC of its predictors and of the combined model (step 8),
 * the nomogram (step 7), bootstrap validation with B = 1000 and calibration (step 9) and decision
 * curves (step 10); every table and figure written as a file.
 */
final class Fr25SymriNomogram {

    static final String NAME = "fr25-symri-nomogram";
    static final String COHORT = "data/fr25_synthetic_cohort.csv";
    private static final String COMBINED = Fr25FeatureCohort.COMBINED_MODEL_COLUMN;
    private static final String CONTRASTS = Fr25FeatureCohort.PAIRWISE_CONTRASTS;
    static final String GROUPS = String.join(",", Fr25FeatureCohort.GROUPS);

    private Fr25SymriNomogram() {
    }

    static KnimeWorkflow declare(final Path repository) throws IOException {
        final List<KnimeBaseNode.CsvColumn> columns =
            CsvColumns.of(repository.resolve(StudyWorkflows.FOLDER).resolve(COHORT));
        final KnimeWorkflow.Builder w = KnimeWorkflow.builder(NAME, "Fr25, SyMRI relaxation maps, MUSE-DWI and HER2 "
            + "status (METHODS §6.4), on the synthetic cohort of 138 lesions: HER2-positive vs negative and HER2-low "
            + "vs zero, each with its nomogram.");
        w.include(COHORT, StudyWorkflows.FOLDER + "/" + COHORT);

        final int reader = w.add(KnimeBaseNode.csvReader(COHORT, columns), 60, 300, "Synthetic cohort\n(138 lesions)");
        w.annotate("§6.4 steps 1-2, §7.4: the cohort (synthetic,\nshaped after Tables 2 and 3)", 20, 200, 220, 60);

        final int tableTwo = w.add(QmriNode.of(TableOneNodeFactory.class).set("group_column", "her2_status")
            .set("groups", GROUPS)
            .columns("continuous_columns").columns("categorical_columns",
                Fr25FeatureCohort.categoricalColumns().toArray(String[]::new))
            .set("test", "auto").set("yates", false).set("contrasts", CONTRASTS).set("title", "Table 2"), 260, 80,
            "Table 2: morphology\nand pathology");
        w.connect(reader, 1, tableTwo, 1);
        w.writeCsv(tableTwo, 1, "output/table2.csv", 460, 40);
        w.writeImage(tableTwo, 2, "output/table2.png", 460, 120);
        w.annotate("§6.4 step 3, §7.4 Table 2: chi-square or Fisher;\nP1 zero-low, P2 zero-positive, P3 low-positive",
            220, 10, 300, 50);

        final int tableThree = w.add(QmriNode.of(TableOneNodeFactory.class).set("group_column", "her2_status")
            .set("groups", GROUPS).columns("continuous_columns", Fr25FeatureCohort.numericColumns().toArray(String[]::new))
            .columns("categorical_columns").set("test", "auto").set("normality_test", "ks").set("contrasts", CONTRASTS)
            .set("title", "Table 3"), 260, 240, "Table 3: quantitative\nmeasures");
        w.connect(reader, 1, tableThree, 1);
        w.writeCsv(tableThree, 1, "output/table3.csv", 460, 220);
        w.writeImage(tableThree, 2, "output/table3.png", 460, 300);
        w.annotate("§6.4 step 3, §7.4 Table 3: ANOVA, or Kruskal-Wallis\nwhen Kolmogorov-Smirnov rejects normality",
            620, 240, 300, 50);

        int y = 500;
        for (final Fr25FeatureCohort.Model m : Fr25FeatureCohort.MODELS) {
            endpoint(w, reader, m, y);
            y += 560;
        }
        return w.build();
    }

    /** One endpoint's branch: univariable and multivariable models, ROC, nomogram, validation, calibration, DCA. */
    private static void endpoint(final KnimeWorkflow.Builder w, final int reader, final Fr25FeatureCohort.Model m,
        final int y) {
        final String name = m.name();
        final String task = m.positiveClass() + " vs " + (m.positiveClass().equals("HER2-low") ? "HER2-zero"
            : "HER2-negative");
        w.annotate("§6.4 steps 4-10, §7.4 " + (m == Fr25FeatureCohort.POSITIVE_MODEL ? "Table 4" : "Table 5") + ": "
            + task + "\n(model: " + String.join(", ", m.predictors()) + ")", 220, y - 70, 420, 50);

        final int univariable = w.add(QmriNode.of(LogisticRegressionNodeFactory.class).set("outcome_column", m.outcome())
            .set("positive_class", m.positiveClass()).set("univariable", true)
            .columns("numeric_predictors", m.numericCandidates().toArray(String[]::new)).set("categorical_predictors",
                String.join(",", Fr25FeatureCohort.CATEGORICAL_CANDIDATES))
            .set("reference_levels", String.join(",", Fr25FeatureCohort.CANDIDATE_REFERENCES)),
            260, y, "Univariable\nlogistic models");
        w.connect(reader, 1, univariable, 1);
        w.writeCsv(univariable, 2, "output/univariable_" + name + ".csv", 460, y - 20);

        final int multivariable = w.add(model(QmriNode.of(LogisticRegressionNodeFactory.class), m), 260, y + 120,
            "Multivariable\nlogistic model");
        w.connect(reader, 1, multivariable, 1);
        w.writeCsv(multivariable, 2, "output/multivariable_" + name + ".csv", 460, y + 100);

        final int predictor = w.add(QmriNode.of(LogisticPredictorNodeFactory.class).set("probability_column", COMBINED),
            460, y + 220, "Combined model:\nprobability");
        w.connect(multivariable, 1, predictor, 1);
        w.connect(reader, 1, predictor, 2);

        final List<String> scores = new ArrayList<>(m.numeric());
        scores.add(COMBINED);
        final int roc = w.add(outcome(QmriNode.of(RocAnalysisNodeFactory.class), m)
            .columns("score_columns", scores.toArray(String[]::new)), 660, y + 220, "ROC of the predictors\nand the model");
        w.connect(predictor, 1, roc, 1);
        w.writeCsv(roc, 1, "output/roc_" + name + ".csv", 860, y + 180);
        w.writeImage(roc, 3, "output/roc_" + name + ".png", 860, y + 260);

        final int calibration = w.add(outcome(QmriNode.of(CalibrationNodeFactory.class), m)
            .columns("probability_columns", COMBINED), 660, y + 340, "Calibration");
        w.connect(predictor, 1, calibration, 1);
        w.writeCsv(calibration, 1, "output/calibration_" + name + ".csv", 860, y + 300);
        w.writeImage(calibration, 3, "output/calibration_" + name + ".png", 860, y + 380);

        final int dca = w.add(outcome(QmriNode.of(DecisionCurveNodeFactory.class), m)
            .columns("probability_columns", COMBINED), 660, y + 460, "Decision curves");
        w.connect(predictor, 1, dca, 1);
        w.writeCsv(dca, 1, "output/dca_" + name + ".csv", 860, y + 420);
        w.writeImage(dca, 3, "output/dca_" + name + ".png", 860, y + 500);
        w.writeCsv(dca, 2, "output/dca_summary_" + name + ".csv", 1060, y + 460);

        final int nomogram = w.add(model(QmriNode.of(NomogramNodeFactory.class), m), 1060, y, "Nomogram");
        w.connect(reader, 1, nomogram, 1);
        w.writeCsv(nomogram, 1, "output/nomogram_" + name + ".csv", 1260, y - 40);
        w.writeImage(nomogram, 3, "output/nomogram_" + name + ".png", 1260, y + 40);

        final int validation = w.add(model(QmriNode.of(BootstrapValidationNodeFactory.class), m)
            .set("resamples", Fr25FeatureCohort.BOOTSTRAP_RESAMPLES).set("seed", 1), 1060, y + 160,
            "Bootstrap validation\n(B = 1000)");
        w.connect(reader, 1, validation, 1);
        w.writeCsv(validation, 1, "output/validation_" + name + ".csv", 1260, y + 140);
    }

    private static QmriNode outcome(final QmriNode node, final Fr25FeatureCohort.Model m) {
        return node.set("outcome_column", m.outcome()).set("positive_class", m.positiveClass());
    }

    private static QmriNode model(final QmriNode node, final Fr25FeatureCohort.Model m) {
        return outcome(node, m).columns("numeric_predictors", m.numeric().toArray(String[]::new))
            .set("categorical_predictors", String.join(",", m.categorical()))
            .set("reference_levels", String.join(",", m.references()));
    }
}
