package org.qmrinodes.cli.report;

import static org.qmrinodes.cli.report.StudySteps.file;
import static org.qmrinodes.cli.report.StudySteps.with;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qmrinodes.cli.CliException;
import org.qmrinodes.cli.CsvTableReader;
import org.qmrinodes.cli.CsvTableWriter;
import org.qmrinodes.cli.IccCommand;
import org.qmrinodes.core.stats.agreement.AgreementScale;
import org.qmrinodes.core.stats.agreement.AgreementTables;
import org.qmrinodes.core.stats.agreement.FeatureIcc;
import org.qmrinodes.core.stats.agreement.IccFeatureFilter;
import org.qmrinodes.core.stats.agreement.IccForm;

/**
 * {@code qmri demo --study fr24}: the DCE radiomics study's rad-score (Fr24; METHODS §6.2 steps 5–8) from its
 * feature tables, step by step as the workflow {@code test-workflows/fr24-dce-radiomics-nomogram} runs it after
 * extracting the same tables from the lesions' DICOM series: ICC(2,1)
 * of every feature over the two readers' masks of the re-delineated lesions, features with ICC &gt; 0.75 kept
 * in the training and the test table; Mann–Whitney U of HER2-low against HER2-zero on the training set,
 * p &lt; 0.05 kept; LASSO logistic regression on the training set (10-fold CV, seed 1, λ<sub>min</sub>); the
 * rad-score of every training and test lesion and its ROC in each set.
 */
public final class Fr24Study {

    /** The study's name for {@code --study}. */
    public static final String NAME = "fr24";

    static final String POSITIVE = "HER2-low";
    static final double ICC_THRESHOLD = 0.75;
    static final double SCREEN_P = 0.05;
    /** The nomogram's predicted probability, as the workflow's first Logistic Predictor names it. */
    static final String NOMOGRAM = "nomogram";
    /** The clinical (TIC) model's, as the second names it. */
    static final String CLINICAL = "clinical";

    /** The files the study writes. */
    public static final List<String> FILES = List.of("dropped_features.csv", "univariate_training.csv",
        "lasso_coefficients.csv", "lasso_selected.csv", "lasso_cv.csv", "radscore_training.csv", "radscore_test.csv",
        "roc_training.csv", "roc_training.png", "roc_test.csv", "roc_test.png", "logistic_nomogram.csv",
        "logistic_clinical.csv", "predictions_training.csv", "predictions_test.csv", "nomogram.csv", "nomogram.png",
        "roc_models_training.csv", "roc_models_training.png", "delong_training.csv", "roc_models_test.csv",
        "roc_models_test.png", "delong_test.csv", "calibration_test.csv", "calibration_test.png", "dca_test.csv",
        "dca_summary_test.csv", "dca_test.png", StudySteps.SETTINGS_USED);

    private Fr24Study() {
    }

    /**
     * @param training the training set's feature table (patient_id, her2_status, set, tic, the features)
     * @param test the test set's
     * @param readers the two-reader table of the re-delineated lesions (patient_id, reader, the features)
     * @param folder the folder the tables are written into
     * @param err where the commands' warnings go
     * @throws CliException when a step fails
     */
    public static void run(final Path training, final Path test, final Path readers, final Path folder,
        final PrintStream err) throws CliException {
        final StudySteps steps = new StudySteps("Fr24", err);
        final Path dir = folder.toAbsolutePath();
        final CsvTableReader ratings = CsvTableReader.read(readers, err);
        final List<String> features = new ArrayList<>(ratings.header());
        features.removeAll(List.of("patient_id", "reader"));
        final List<FeatureIcc> iccs = IccCommand.analyze(ratings, "patient_id", "reader", features, 0.95);
        final IccFeatureFilter.Selection selection = IccFeatureFilter.select(iccs, IccForm.ICC2, ICC_THRESHOLD, false);
        CsvTableWriter.write(AgreementTables.droppedFeatures(selection, AgreementScale.KOO_LI),
            dir.resolve("dropped_features.csv"), OutputStream.nullOutputStream());
        final List<String> dropped = selection.dropped().stream().map(FeatureIcc::feature).toList();
        final List<String> reproducible = selection.kept().stream().map(FeatureIcc::feature).toList();
        final Path trainingKept = dir.resolve("training_reproducible.part.csv");
        final Path testKept = dir.resolve("test_reproducible.part.csv");
        StudySteps.withoutColumns(training, dropped, trainingKept, err);
        StudySteps.withoutColumns(test, dropped, testKept, err);
        final String outcome = Fr24FeatureTables.OUTCOME;
        final Path univariate = dir.resolve("univariate_training.csv");
        steps.run(List.of("compare", "--in", trainingKept.toString(), "--group", outcome, "--groups",
            "HER2-low,HER2-zero", "--value", String.join(",", reproducible), "--test", "mann-whitney", "--out",
            univariate.toString()));
        final List<String> screened = StudySteps.screened(univariate, SCREEN_P, err);
        final Path coefficients = dir.resolve("lasso_coefficients.csv");
        steps.run(List.of("lasso", "--in", trainingKept.toString(), "--truth", outcome, "--positive", POSITIVE,
            "--features", String.join(",", screened), "--folds", "10", "--seed", "1", "--out", coefficients.toString(),
            "--selected-out", file(dir, "lasso_selected.csv"), "--path-out", file(dir, "lasso_cv.csv")));
        for (final String set : List.of("training", "test")) {
            final Path scored = dir.resolve("radscore_" + set + ".csv");
            steps.run(List.of("radscore", "--in", (set.equals("training") ? trainingKept : testKept).toString(),
                "--coefficients", coefficients.toString(), "--key", "patient_id," + outcome + ",tic", "--out",
                scored.toString()));
            steps.run(with(List.of("roc", "--in", scored.toString(), "--truth", outcome, "--positive", POSITIVE,
                "--score", "rad_score"), "--out", file(dir, "roc_" + set + ".csv"), "--plot",
                file(dir, "roc_" + set + ".png")));
        }
        // The nomogram (rad-score and TIC) and the clinical model (TIC), fitted on the training set (§6.2
        // steps 9-11), their probabilities in both sets, one after the other as two Logistic Predictors add them.
        final Path training1 = dir.resolve("predictions_training.part.csv");
        final Path test1 = dir.resolve("predictions_test.part.csv");
        final String keys = "patient_id," + outcome + ",tic,rad_score";
        final List<String> nomogram = List.of("--truth", outcome, "--positive", POSITIVE, "--predictors", "rad_score,tic",
            "--categorical", "tic", "--reference", "tic=I");
        steps.run(with(with(List.of("logistic", "--in", file(dir, "radscore_training.csv")), nomogram), "--out",
            file(dir, "logistic_nomogram.csv"), "--predictions-out", training1.toString(), "--apply-in",
            file(dir, "radscore_test.csv"), "--apply-out", test1.toString(), "--key", keys));
        StudySteps.renameLastColumn(training1, "probability", NOMOGRAM);
        StudySteps.renameLastColumn(test1, "probability", NOMOGRAM);
        final List<String> clinical = List.of("--truth", outcome, "--positive", POSITIVE, "--predictors", "tic",
            "--categorical", "tic", "--reference", "tic=I");
        steps.run(with(with(List.of("logistic", "--in", training1.toString()), clinical), "--out",
            file(dir, "logistic_clinical.csv"), "--predictions-out", file(dir, "predictions_training.csv"), "--apply-in",
            test1.toString(), "--apply-out", file(dir, "predictions_test.csv"), "--key", keys + "," + NOMOGRAM));
        for (final String set : List.of("training", "test")) {
            StudySteps.renameLastColumn(dir.resolve("predictions_" + set + ".csv"), "probability", CLINICAL);
        }
        steps.run(with(with(List.of("nomogram", "--in", file(dir, "radscore_training.csv")), nomogram), "--out",
            file(dir, "nomogram.csv"), "--plot", file(dir, "nomogram.png")));
        final List<String> models = List.of("--truth", outcome, "--positive", POSITIVE);
        for (final String set : List.of("training", "test")) {
            final String in = file(dir, "predictions_" + set + ".csv");
            steps.run(with(with(List.of("roc", "--in", in), models), "--score", "rad_score," + NOMOGRAM + "," + CLINICAL,
                "--out", file(dir, "roc_models_" + set + ".csv"), "--plot", file(dir, "roc_models_" + set + ".png")));
            steps.run(with(with(List.of("delong", "--in", in), models), "--score", "rad_score," + NOMOGRAM + ","
                + CLINICAL, "--adjust", "none", "--out", file(dir, "delong_" + set + ".csv")));
        }
        final String predicted = file(dir, "predictions_test.csv");
        steps.run(with(with(List.of("calibration", "--in", predicted), models), "--prob", NOMOGRAM, "--out",
            file(dir, "calibration_test.csv"), "--plot", file(dir, "calibration_test.png")));
        steps.run(with(with(List.of("dca", "--in", predicted), models), "--prob", NOMOGRAM + "," + CLINICAL, "--out",
            file(dir, "dca_test.csv"), "--summary-out", file(dir, "dca_summary_test.csv"), "--plot",
            file(dir, "dca_test.png")));
        StudySteps.delete(training1, test1);
        StudySteps.delete(trainingKept, testKept);
        final Map<String, String> used = new LinkedHashMap<>();
        used.put("reproducibility", "ICC(2,1) over the two readers, McGraw & Wong 95% CI; kept when ICC > "
            + ICC_THRESHOLD);
        used.put("screen", "Mann-Whitney U, HER2-low vs HER2-zero, training set; kept when p < " + SCREEN_P);
        used.put("LASSO", "binomial, 10-fold stratified CV, seed 1, deviance, lambda.min (as glmnet cv.glmnet)");
        used.put("rad-score", "intercept + coefficients x features at lambda.min");
        used.put("outcome", outcome + ", positive class " + POSITIVE);
        used.put("nomogram", "logistic regression of HER2-low on rad_score and TIC (reference type I), training set");
        used.put("clinical model", "logistic regression of HER2-low on TIC (reference type I), training set");
        used.put("ROC", "DeLong 95% CI, direction auto (as pROC), Youden cut-off; paired DeLong, all pairs, no"
            + " adjustment");
        used.put("calibration and decision curves", "test set; thresholds 0.01 to 0.99 by 0.01");
        StudySteps.writeSettingsUsed(dir, used);
        err.println("Fr24 study tables written to " + dir);
    }
}
