package org.qmrinodes.workflows;

import java.io.IOException;
import java.nio.file.Path;

import org.qmrinodes.knime.agreement.iccfilter.IccFeatureFilterNodeFactory;
import org.qmrinodes.knime.evaluation.roc.RocAnalysisNodeFactory;
import org.qmrinodes.knime.modelling.lasso.LassoLearnerNodeFactory;
import org.qmrinodes.knime.modelling.radscore.RadScorePredictorNodeFactory;
import org.qmrinodes.knime.screening.univariate.UnivariateScreeningNodeFactory;

/**
 * The DCE radiomics study's rad-score (Fr24; METHODS §6.2 steps 5–8) from the feature tables of its lesions
 * (the 960 features of the Fr24 preset, as the Radiomics Features node computes them on the generated DCE
 * lesions): ICC(2,1) over the two readers' masks of the 16 re-delineated lesions, ICC &gt; 0.75 kept in the
 * training and the test table (step 5); Mann–Whitney U of HER2-low against HER2-zero on the training set,
 * p &lt; 0.05 kept (step 6); LASSO on the training set, 10-fold CV, seed 1, λ<sub>min</sub> (step 7); the
 * rad-score of every lesion (step 8) and its ROC in the training and the test set (step 12).
 */
final class Fr24DceRadiomics {

    static final String NAME = "fr24-dce-radiomics";
    static final String TRAINING = "data/fr24_features_training.csv";
    static final String TEST = "data/fr24_features_test.csv";
    static final String READERS = "data/fr24_two_readers.csv";

    private static final String OUTCOME = "her2_status";
    private static final String POSITIVE = "HER2-low";

    private Fr24DceRadiomics() {
    }

    static KnimeWorkflow declare(final Path repository) throws IOException {
        final Path data = repository.resolve(StudyWorkflows.FOLDER);
        final KnimeWorkflow.Builder w = KnimeWorkflow.builder(NAME, "Fr24, DCE-MRI radiomics and HER2-low vs HER2-zero "
            + "(METHODS §6.2), on the feature tables of 118 generated DCE lesions: reproducible features, screen, "
            + "LASSO rad-score, its ROC in the training and the test set.");
        for (final String file : new String[] {TRAINING, TEST, READERS}) {
            w.include(file, StudyWorkflows.FOLDER + "/" + file);
        }
        final int training = w.add(KnimeBaseNode.csvReader(TRAINING, CsvColumns.of(data.resolve(TRAINING))), 60, 120,
            "Training set\n(83 lesions)");
        final int test = w.add(KnimeBaseNode.csvReader(TEST, CsvColumns.of(data.resolve(TEST))), 60, 420,
            "Test set\n(35 lesions)");
        final int readers = w.add(KnimeBaseNode.csvReader(READERS, CsvColumns.of(data.resolve(READERS))), 60, 270,
            "Two readers\n(16 lesions)");
        w.annotate("§6.2 steps 1-4, §7.2: 960 Fr24-preset features per lesion\n(synthetic DCE lesions, Fr24's split)",
            20, 20, 300, 50);

        final int keptTraining = w.add(iccFilter(), 260, 200, "ICC(2,1) > 0.75,\ntraining set");
        w.connect(readers, 1, keptTraining, 1);
        w.connect(training, 1, keptTraining, 2);
        w.writeCsv(keptTraining, 2, "output/dropped_features.csv", 460, 120);
        final int keptTest = w.add(iccFilter(), 260, 360, "ICC(2,1) > 0.75,\ntest set");
        w.connect(readers, 1, keptTest, 1);
        w.connect(test, 1, keptTest, 2);
        w.annotate("§6.2 step 5: reproducible features\n(two readers' masks, ICC > 0.75)", 220, 460, 260, 50);

        final int screen = w.add(QmriNode.of(UnivariateScreeningNodeFactory.class).set("group_column", OUTCOME)
            .set("groups", "HER2-low,HER2-zero").allColumns("continuous_columns").columns("categorical_columns")
            .set("test", "mann-whitney").set("p_threshold", 0.05), 460, 200, "Mann-Whitney U,\np < 0.05");
        w.connect(keptTraining, 3, screen, 1);
        w.writeCsv(screen, 1, "output/univariate_training.csv", 660, 120);
        w.annotate("§6.2 step 6: univariate screen (training set)", 420, 40, 260, 30);

        final int lasso = w.add(QmriNode.of(LassoLearnerNodeFactory.class).set("outcome_column", OUTCOME)
            .set("positive_class", POSITIVE).allColumns("feature_columns").set("folds", 10).set("seed", 1),
            660, 240, "LASSO, 10-fold CV,\nlambda.min");
        w.connect(screen, 4, lasso, 1);
        w.writeCsv(lasso, 2, "output/lasso_selected.csv", 860, 160);
        w.writeCsv(lasso, 3, "output/lasso_cv.csv", 860, 240);
        w.annotate("§6.2 steps 7-8: LASSO (seed 1) and the rad-score", 620, 340, 280, 30);

        int y = 420;
        for (final String set : new String[] {"training", "test"}) {
            final int scored = w.add(QmriNode.of(RadScorePredictorNodeFactory.class), 860, y, "Rad-score,\n" + set);
            w.connect(lasso, 1, scored, 1);
            w.connect(set.equals("training") ? keptTraining : keptTest, 3, scored, 2);
            final int roc = w.add(QmriNode.of(RocAnalysisNodeFactory.class).set("outcome_column", OUTCOME)
                .set("positive_class", POSITIVE).columns("score_columns", "rad_score"), 1060, y, "ROC, " + set);
            w.connect(scored, 1, roc, 1);
            w.writeCsv(roc, 1, "output/roc_" + set + ".csv", 1260, y - 40);
            w.writeImage(roc, 3, "output/roc_" + set + ".png", 1260, y + 40);
            y += 180;
        }
        w.annotate("§6.2 step 12, §7.2 Table 3: the rad-score's AUC\n(published 0.875 training, 0.845 test)", 1020, 330,
            300, 50);
        return w.build();
    }

    private static QmriNode iccFilter() {
        return QmriNode.of(IccFeatureFilterNodeFactory.class).set("case_column", "patient_id").set("reader_column", "reader")
            .allColumns("feature_columns").set("threshold", 0.75);
    }
}
