package org.qmrinodes.workflows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.features.radiomics.RadiomicsPresets;
import org.qmrinodes.core.synthetic.Fr24LesionCohort;
import org.qmrinodes.knime.images.dcephase.DcePhaseSelectionNodeFactory;
import org.qmrinodes.knime.images.dicomreader.DicomSeriesReaderNodeFactory;
import org.qmrinodes.knime.images.radiomics.RadiomicsFeaturesNodeFactory;
import org.qmrinodes.knime.images.voimask.VoiMaskReaderNodeFactory;

import org.qmrinodes.knime.agreement.iccfilter.IccFeatureFilterNodeFactory;
import org.qmrinodes.knime.evaluation.calibration.CalibrationNodeFactory;
import org.qmrinodes.knime.evaluation.dca.DecisionCurveNodeFactory;
import org.qmrinodes.knime.evaluation.delong.DelongComparisonNodeFactory;
import org.qmrinodes.knime.evaluation.roc.RocAnalysisNodeFactory;
import org.qmrinodes.knime.modelling.logistic.LogisticRegressionNodeFactory;
import org.qmrinodes.knime.modelling.nomogram.NomogramNodeFactory;
import org.qmrinodes.knime.modelling.predictor.LogisticPredictorNodeFactory;
import org.qmrinodes.knime.modelling.lasso.LassoLearnerNodeFactory;
import org.qmrinodes.knime.modelling.radscore.RadScorePredictorNodeFactory;
import org.qmrinodes.knime.screening.univariate.UnivariateScreeningNodeFactory;

/**
 * The DCE radiomics study (Fr24; METHODS §6.2) from its images: the DICOM DCE series of the generated lesions
 * (the build writes them into the workflow), phase 2 of each, the readers' masks placed on it, the 960 features
 * of the Fr24 preset per mask (steps 1–4), the three feature tables written out; then ICC(2,1) over the two
 * readers' masks of the 16 re-delineated lesions, ICC &gt; 0.75 kept in the training and the test table (step 5); Mann–Whitney U of HER2-low against HER2-zero on the training set,
 * p &lt; 0.05 kept (step 6); LASSO on the training set, 10-fold CV, seed 1, λ<sub>min</sub> (step 7); the
 * rad-score of every lesion (step 8) and its ROC in the training and the test set (step 12); the nomogram of
 * rad-score and TIC and the clinical model of TIC on the training set (steps 9–11), their ROC and paired DeLong
 * tests in both sets (steps 12–13), calibration and decision curves in the test set.
 */
final class Fr24DceRadiomics {

    static final String NAME = "fr24-dce-radiomics-nomogram";
    /** The mask tables: one row per mask with the lesion's patient id, reader, group, set, TIC and mask file. */
    static final String TRAINING_MASKS = "data/fr24_masks_training.csv";
    static final String TEST_MASKS = "data/fr24_masks_test.csv";
    static final String READER_MASKS = "data/fr24_masks_two_readers.csv";
    /** The generated DICOM series and masks, written by the build (not kept in the repository). */
    static final String DICOM = "data/dicom";
    static final String MASKS = "data/masks";
    /** The features of the cohort's lesions as the command line extracts them, in the repository's data folder. */
    static final String TRAINING = "data/fr24_features_training.csv";
    static final String TEST = "data/fr24_features_test.csv";
    static final String READERS = "data/fr24_two_readers.csv";
    /** The tables of features the workflow writes, the same as those three. */
    static final String FEATURES_TRAINING = "output/features_training.csv";
    static final String FEATURES_TEST = "output/features_test.csv";
    static final String FEATURES_READERS = "output/two_readers.csv";

    /** The feature columns of the Fr24 preset: PyRadiomics' names start with their image type. */
    private static final String FEATURES = "(original|log-sigma-[0-9-]+-mm-3D|wavelet-[LH]{3})_.+";

    private static final String OUTCOME = "her2_status";
    private static final String POSITIVE = "HER2-low";
    private static final String NOMOGRAM = "nomogram";
    private static final String CLINICAL = "clinical";
    /** How far right of the image steps the feature-table steps start. */
    private static final int X = 800;

    private Fr24DceRadiomics() {
    }

    static KnimeWorkflow declare(final Path repository) throws IOException {
        final Path data = repository.resolve(StudyWorkflows.FOLDER);
        final KnimeWorkflow.Builder w = KnimeWorkflow.builder(NAME, "Fr24, DCE-MRI radiomics and HER2-low vs HER2-zero "
            + "(METHODS §6.2), from the DICOM series and lesion masks of 118 generated lesions: phase 2, the 960 "
            + "features of the Fr24 preset, reproducible features, screen, LASSO rad-score, nomogram and clinical "
            + "model, ROC, DeLong, calibration and decision curves in the training and the test set.");
        for (final String file : new String[] {TRAINING_MASKS, TEST_MASKS, READER_MASKS}) {
            w.include(file, StudyWorkflows.FOLDER + "/" + file);
        }
        w.generate(new KnimeWorkflow.GeneratedData(List.of(DICOM, MASKS), folder -> Fr24LesionCohort.writeImages(
            Fr24LesionCohort.generate(Fr24LesionCohort.DEFAULT_SEED), folder.resolve("data"), new PixelMedToolkit())));

        final int dicom = w.add(QmriNode.of(DicomSeriesReaderNodeFactory.class)
            .set("folder", KnimeBaseNode.WORKFLOW_URL + DICOM).set("file_list", false).set("protocol_kinds", "dce"), 60,
            560, "DCE series\n(118 lesions)");
        final int phase = w.add(QmriNode.of(DcePhaseSelectionNodeFactory.class).set("volume_column", "volume")
            .set("output_column", "phase").set("phase", Fr24LesionCohort.PHASE), 220, 560, "Phase 2");
        w.connect(dicom, 1, phase, 1);
        w.annotate("§6.2 steps 1-3: DCE series, the first post-contrast phase", 20, 640, 300, 30);
        final int[] tables = new int[3];
        final String[][] branches = {{TRAINING_MASKS, "Training set\n(83 lesions)", FEATURES_TRAINING, "patient_id|"
            + OUTCOME + "|set|tic"}, {READER_MASKS, "Two readers\n(16 lesions)", FEATURES_READERS, "patient_id|reader"},
            {TEST_MASKS, "Test set\n(35 lesions)", FEATURES_TEST, "patient_id|" + OUTCOME + "|set|tic"}};
        for (int b = 0; b < branches.length; b++) {
            final int y = 120 + 300 * b;
            final int masks = w.add(KnimeBaseNode.csvReader(branches[b][0], CsvColumns.of(data.resolve(branches[b][0]))),
                60, y, branches[b][1]);
            final int placed = w.add(QmriNode.of(VoiMaskReaderNodeFactory.class).set("path_column", "mask_file")
                .set("mask_key_column", "patient_id").set("image_key_column", "patient_id").set("volume_column", "phase")
                .set("keep_columns", true), 220, y, "Masks on\nphase 2");
            w.connect(masks, 1, placed, 1);
            w.connect(phase, 1, placed, 2);
            final int features = w.add(QmriNode.of(RadiomicsFeaturesNodeFactory.class).set("image_column", "phase")
                .set("mask_column", "mask").set("configuration", RadiomicsPresets.FR24), 380, y, "Fr24 preset:\n960 features");
            w.connect(placed, 1, features, 1);
            tables[b] = w.add(KnimeBaseNode.columnFilter(branches[b][3] + "|" + FEATURES), 540, y,
                "Lesion columns\nand features");
            w.connect(features, 1, tables[b], 1);
            w.writeCsv(tables[b], 1, branches[b][2], 700, y - 60);
        }
        w.annotate("§6.2 steps 3-4, §7.2: reader masks on phase 2, 960 PyRadiomics features per mask\n"
            + "(synthetic DCE lesions, Fr24's groups, split and TIC types)", 20, 20, 420, 50);
        final int training = tables[0];
        final int readers = tables[1];
        final int test = tables[2];

        final int keptTraining = w.add(iccFilter(), X + 260, 200, "ICC(2,1) > 0.75,\ntraining set");
        w.connect(readers, 1, keptTraining, 1);
        w.connect(training, 1, keptTraining, 2);
        w.writeCsv(keptTraining, 2, "output/dropped_features.csv", X + 460, 120);
        final int keptTest = w.add(iccFilter(), X + 260, 360, "ICC(2,1) > 0.75,\ntest set");
        w.connect(readers, 1, keptTest, 1);
        w.connect(test, 1, keptTest, 2);
        w.annotate("§6.2 step 5: reproducible features\n(two readers' masks, ICC > 0.75)", X + 220, 460, 260, 50);

        final int screen = w.add(QmriNode.of(UnivariateScreeningNodeFactory.class).set("group_column", OUTCOME)
            .set("groups", "HER2-low,HER2-zero").allColumns("continuous_columns").columns("categorical_columns")
            .set("test", "mann-whitney").set("p_threshold", 0.05), X + 460, 200, "Mann-Whitney U,\np < 0.05");
        w.connect(keptTraining, 3, screen, 1);
        w.writeCsv(screen, 1, "output/univariate_training.csv", X + 660, 120);
        w.annotate("§6.2 step 6: univariate screen (training set)", X + 420, 40, 260, 30);

        final int lasso = w.add(QmriNode.of(LassoLearnerNodeFactory.class).set("outcome_column", OUTCOME)
            .set("positive_class", POSITIVE).allColumns("feature_columns").set("folds", 10).set("seed", 1),
            X + 660, 240, "LASSO, 10-fold CV,\nlambda.min");
        w.connect(screen, 4, lasso, 1);
        w.writeCsv(lasso, 2, "output/lasso_selected.csv", X + 860, 160);
        w.writeCsv(lasso, 3, "output/lasso_cv.csv", X + 860, 240);
        w.annotate("§6.2 steps 7-8: LASSO (seed 1) and the rad-score", X + 620, 340, 280, 30);

        final int[] scored = new int[2];
        int y = 420;
        for (int i = 0; i < 2; i++) {
            final String set = i == 0 ? "training" : "test";
            scored[i] = w.add(QmriNode.of(RadScorePredictorNodeFactory.class), X + 860, y, "Rad-score,\n" + set);
            w.connect(lasso, 1, scored[i], 1);
            w.connect(i == 0 ? keptTraining : keptTest, 3, scored[i], 2);
            final int roc = w.add(outcome(QmriNode.of(RocAnalysisNodeFactory.class)).columns("score_columns", "rad_score"),
                X + 1060, y, "ROC, " + set);
            w.connect(scored[i], 1, roc, 1);
            w.writeCsv(roc, 1, "output/roc_" + set + ".csv", X + 1260, y - 40);
            w.writeImage(roc, 3, "output/roc_" + set + ".png", X + 1260, y + 40);
            y += 180;
        }
        w.annotate("§6.2 step 12, §7.2 Table 3: the rad-score's AUC\n(published 0.875 training, 0.845 test)", X + 1020, 330,
            300, 50);

        final int nomogramModel = w.add(model(QmriNode.of(LogisticRegressionNodeFactory.class), "rad_score"), X + 1060,
            820, "Nomogram model:\nrad-score + TIC");
        w.connect(scored[0], 1, nomogramModel, 1);
        w.writeCsv(nomogramModel, 2, "output/logistic_nomogram.csv", X + 1260, 780);
        final int clinicalModel = w.add(model(QmriNode.of(LogisticRegressionNodeFactory.class)), X + 1060, 960,
            "Clinical model:\nTIC");
        w.connect(scored[0], 1, clinicalModel, 1);
        w.writeCsv(clinicalModel, 2, "output/logistic_clinical.csv", X + 1260, 920);
        final int nomogram = w.add(model(QmriNode.of(NomogramNodeFactory.class), "rad_score"), X + 1060, 1100, "Nomogram");
        w.connect(scored[0], 1, nomogram, 1);
        w.writeCsv(nomogram, 1, "output/nomogram.csv", X + 1260, 1060);
        w.writeImage(nomogram, 3, "output/nomogram.png", X + 1260, 1140);
        w.annotate("§6.2 steps 9-13: nomogram (rad-score + TIC), clinical model (TIC), ROC and DeLong in both sets,\n"
            + "calibration and decision curves in the test set", X + 1020, 720, 520, 50);

        y = 1260;
        for (int i = 0; i < 2; i++) {
            final String set = i == 0 ? "training" : "test";
            final int withNomogram = w.add(QmriNode.of(LogisticPredictorNodeFactory.class)
                .set("probability_column", NOMOGRAM).set("class_column", NOMOGRAM + " class"), X + 1060, y,
                "Nomogram\nprobability, " + set);
            w.connect(nomogramModel, 1, withNomogram, 1);
            w.connect(scored[i], 1, withNomogram, 2);
            final int both = w.add(QmriNode.of(LogisticPredictorNodeFactory.class).set("probability_column", CLINICAL)
                .set("class_column", CLINICAL + " class"), X + 1260, y, "Clinical\nprobability, " + set);
            w.connect(clinicalModel, 1, both, 1);
            w.connect(withNomogram, 1, both, 2);
            final int roc = w.add(outcome(QmriNode.of(RocAnalysisNodeFactory.class)).columns("score_columns", "rad_score",
                NOMOGRAM, CLINICAL), X + 1460, y, "ROC of the models,\n" + set);
            w.connect(both, 1, roc, 1);
            w.writeCsv(roc, 1, "output/roc_models_" + set + ".csv", X + 1660, y - 40);
            w.writeImage(roc, 3, "output/roc_models_" + set + ".png", X + 1660, y + 40);
            final int delong = w.add(outcome(QmriNode.of(DelongComparisonNodeFactory.class)).columns("score_columns",
                "rad_score", NOMOGRAM, CLINICAL).set("comparisons", "all pairs").set("p_adjustment", "none"), X + 1460,
                y + 120, "DeLong, " + set);
            w.connect(both, 1, delong, 1);
            w.writeCsv(delong, 1, "output/delong_" + set + ".csv", X + 1660, y + 120);
            if (i == 1) {
                final int calibration = w.add(outcome(QmriNode.of(CalibrationNodeFactory.class))
                    .columns("probability_columns", NOMOGRAM), X + 1460, y + 240, "Calibration, test");
                w.connect(both, 1, calibration, 1);
                w.writeCsv(calibration, 1, "output/calibration_test.csv", X + 1660, y + 220);
                w.writeImage(calibration, 3, "output/calibration_test.png", X + 1660, y + 300);
                final int dca = w.add(outcome(QmriNode.of(DecisionCurveNodeFactory.class))
                    .columns("probability_columns", NOMOGRAM, CLINICAL), X + 1460, y + 400, "Decision curves, test");
                w.connect(both, 1, dca, 1);
                w.writeCsv(dca, 1, "output/dca_test.csv", X + 1660, y + 380);
                w.writeCsv(dca, 2, "output/dca_summary_test.csv", X + 1860, y + 420);
                w.writeImage(dca, 3, "output/dca_test.png", X + 1660, y + 460);
            }
            y += 280;
        }
        return w.build();
    }

    private static QmriNode outcome(final QmriNode node) {
        return node.set("outcome_column", OUTCOME).set("positive_class", POSITIVE);
    }

    /** @return a logistic model of HER2-low on the numeric predictors given and TIC (reference type I) */
    private static QmriNode model(final QmriNode node, final String... numeric) {
        return outcome(node).columns("numeric_predictors", numeric).set("categorical_predictors", "tic")
            .set("reference_levels", "tic=I");
    }

    private static QmriNode iccFilter() {
        return QmriNode.of(IccFeatureFilterNodeFactory.class).set("case_column", "patient_id").set("reader_column", "reader")
            .allColumns("feature_columns").set("threshold", 0.75);
    }
}
