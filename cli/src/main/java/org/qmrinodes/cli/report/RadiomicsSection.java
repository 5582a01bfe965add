package org.qmrinodes.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qmrinodes.cli.CliException;
import org.qmrinodes.cli.CompareCommand;
import org.qmrinodes.cli.CsvTableReader;
import org.qmrinodes.cli.CsvTableWriter;
import org.qmrinodes.cli.FigureFiles;
import org.qmrinodes.cli.IccCommand;
import org.qmrinodes.cli.ScoreInputs;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.plot.LassoPlots;
import org.qmrinodes.core.plot.RocPlot;
import org.qmrinodes.core.stats.agreement.FeatureIcc;
import org.qmrinodes.core.stats.agreement.IccFeatureFilter;
import org.qmrinodes.core.stats.agreement.IccForm;
import org.qmrinodes.core.stats.comparison.ComparisonSettings;
import org.qmrinodes.core.stats.comparison.ComparisonTest;
import org.qmrinodes.core.stats.comparison.ContingencyTests;
import org.qmrinodes.core.stats.comparison.NormalityRule;
import org.qmrinodes.core.stats.comparison.Screening;
import org.qmrinodes.core.stats.lasso.CrossValidatedLasso;
import org.qmrinodes.core.stats.lasso.CrossValidationResult;
import org.qmrinodes.core.stats.lasso.CvMeasure;
import org.qmrinodes.core.stats.lasso.ElasticNetSettings;
import org.qmrinodes.core.stats.lasso.FeatureMatrix;
import org.qmrinodes.core.stats.lasso.FoldAssignment;
import org.qmrinodes.core.stats.lasso.LambdaChoice;
import org.qmrinodes.core.stats.lasso.LassoTables;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;
import org.qmrinodes.core.stats.roc.DirectionRule;
import org.qmrinodes.core.stats.roc.RocAnalysis;
import org.qmrinodes.core.stats.roc.RocResult;
import org.qmrinodes.core.stats.roc.RocTables;
import org.qmrinodes.core.synthetic.Fr24LesionCohort;

/**
 * The demo report's radiomics section, as the DCE radiomics study (Fr24; METHODS §6.2 steps 3–8) builds
 * its rad-score: generated DCE lesions ({@link Fr24LesionCohort}) → the 960 PyRadiomics features of the
 * Fr24 preset per lesion, as the Radiomics Features node computes them → ICC(2,1) over the two readers'
 * masks of the 16 re-delineated lesions, ICC &gt; 0.75 kept → Mann–Whitney U of HER2-low against
 * HER2-zero on the training set, p &lt; 0.05 kept → LASSO logistic regression (10-fold CV, seed 1,
 * λ<sub>min</sub>) on the training set → the rad-score of every lesion and its ROC on the training and
 * the test set, beside the paper's numbers.
 */
final class RadiomicsSection {

    private static final String FOLDER = "radiomics";
    private static final String OUTCOME = "her2_status";
    private static final String POSITIVE = "HER2-low";
    private static final double ICC_THRESHOLD = 0.75;
    private static final double SCREEN_P = 0.05;

    private RadiomicsSection() {
    }

    /**
     * Writes the section's files into {@code dir/radiomics} and its text, tables and figures into the report.
     *
     * @param dir the report folder
     * @param report the page
     * @param err where warnings go
     */
    static void write(final Path dir, final HtmlReport report, final PrintStream err) throws CliException {
        final Path folder = dir.resolve(FOLDER);
        try {
            Files.createDirectories(folder);
        } catch (final IOException e) {
            throw CliException.data("cannot create " + folder + ": " + e.getMessage());
        }
        final OutputStream none = OutputStream.nullOutputStream();
        final Fr24FeatureTables.Tables tables = Fr24FeatureTables.extract(Fr24LesionCohort.DEFAULT_SEED);
        final List<String> names = tables.features();
        final Path features = folder.resolve("features.csv");
        final Path training = folder.resolve("features_training.csv");
        final Path readers = folder.resolve("readers.csv");
        CsvTableWriter.write(tables.all(), features, none);
        CsvTableWriter.write(tables.training(), training, none);
        CsvTableWriter.write(tables.readers(), readers, none);

        final List<FeatureIcc> iccs = IccCommand.analyze(CsvTableReader.read(readers, err), "patient_id", "reader", names,
            0.95);
        final List<String> reproducible = IccFeatureFilter.select(iccs, IccForm.ICC2, ICC_THRESHOLD, false).kept().stream()
            .map(FeatureIcc::feature).toList();
        final CsvTableReader trainingTable = CsvTableReader.read(training, err);
        final Screening screen = CompareCommand.screen(trainingTable, OUTCOME, reproducible, List.of(),
            new ComparisonSettings(ComparisonTest.MANN_WHITNEY, NormalityRule.SHAPIRO_WILK, 0.05, false, 0.2,
                ContingencyTests.DEFAULT_FISHER_TABLE_LIMIT, Fr24LesionCohort.GROUPS), PValueAdjustment.NONE);
        final List<String> screened = screen.selected(SCREEN_P, false);
        if (screened.size() < 2) {
            throw CliException.data("the radiomics screen kept " + screened + "; LASSO needs at least two features");
        }
        final ScoreInputs train = ScoreInputs.read(trainingTable, OUTCOME, POSITIVE, screened, "LASSO logistic regression");
        final CsvTableReader all = CsvTableReader.read(features, err);
        final ScoreInputs everyLesion = ScoreInputs.read(all, OUTCOME, POSITIVE, screened, "the rad-score");
        final CrossValidationResult cv;
        final double[] radScore;
        try {
            cv = CrossValidatedLasso.run(FeatureMatrix.completeCases(train.outcome(), screened, train.scores()),
                FoldAssignment.stratified(10, 1), ElasticNetSettings.defaults(), CvMeasure.DEVIANCE);
            final Map<String, double[]> columns = new HashMap<>();
            for (int j = 0; j < screened.size(); j++) {
                columns.put(screened.get(j), everyLesion.scores().get(j));
            }
            radScore = cv.radScore(LambdaChoice.MIN).apply(columns, true);
        } catch (final InvalidDataException e) {
            throw trainingTable.error(e);
        }
        final List<String> sets = all.texts("set");
        final List<String> groups = all.texts(OUTCOME);
        final List<RocResult> rocs = new ArrayList<>();
        final ResultTable.Builder scores = ResultTable.builder(ResultTable.text("patient_id"), ResultTable.text(OUTCOME),
            ResultTable.text("set"), ResultTable.real("rad_score"));
        final List<String> ids = all.texts("patient_id");
        for (int i = 0; i < radScore.length; i++) {
            scores.row(ids.get(i), groups.get(i), sets.get(i), radScore[i]);
        }
        for (final String set : List.of("training", "test")) {
            final List<String> labels = new ArrayList<>();
            final List<Double> values = new ArrayList<>();
            for (int i = 0; i < radScore.length; i++) {
                if (sets.get(i).equals(set)) {
                    labels.add(groups.get(i));
                    values.add(radScore[i]);
                }
            }
            try {
                rocs.add(RocAnalysis.analyze(org.qmrinodes.core.data.BinaryOutcome.of(OUTCOME, labels, POSITIVE,
                    "the rad-score's ROC"), "rad_score (" + set + ")", values.stream().mapToDouble(Double::doubleValue)
                        .toArray(), DirectionRule.AUTO, 0.95));
            } catch (final InvalidDataException e) {
                throw CliException.data("rad-score ROC of the " + set + " set: " + e.getMessage());
            }
        }
        final ResultTable coefficients = LassoTables.selectedCoefficients(cv, LambdaChoice.MIN);
        final ResultTable roc = RocTables.summary(rocs);
        CsvTableWriter.write(coefficients, folder.resolve("lasso_coefficients.csv"), none);
        CsvTableWriter.write(LassoTables.cvCurve(cv), folder.resolve("lasso_cv.csv"), none);
        CsvTableWriter.write(scores.build(), folder.resolve("radscore.csv"), none);
        CsvTableWriter.write(roc, folder.resolve("roc_radscore.csv"), none);
        FigureFiles.png(folder.resolve("lasso.png"), LassoPlots.cvCurveAndPaths(cv, 1600, 600));
        FigureFiles.png(folder.resolve("roc_radscore.png"), RocPlot.png(rocs, "Rad-score, HER2-low vs HER2-zero", 1200));

        final int selected = cv.path().nonzero(cv.indexMin());
        final ResultTable.Builder funnel = ResultTable.builder(ResultTable.text("step"), ResultTable.text("published"),
            ResultTable.text("synthetic"));
        funnel.row("features extracted (Fr24 preset)", "960", Integer.toString(names.size()));
        funnel.row("ICC(2,1) > 0.75 over two readers (16 lesions)", "not printed", Integer.toString(reproducible.size()));
        funnel.row("Mann-Whitney U p < 0.05, training set", "not printed", Integer.toString(screened.size()));
        funnel.row("LASSO, lambda.min (10-fold CV)", "16 features, lambda 0.002", selected + " features, lambda "
            + HtmlReport.format(cv.lambdaMin()));
        funnel.row("rad-score AUC, training", "0.875 (0.800-0.951)", auc(rocs.get(0)));
        funnel.row("rad-score AUC, test", "0.845 (0.717-0.972)", auc(rocs.get(1)));
        final ResultTable steps = funnel.build();
        CsvTableWriter.write(steps, folder.resolve("funnel.csv"), none);

        report.heading("Radiomics: DCE lesions to a rad-score (Fr24; the workflow "
            + "test-workflows/fr24-dce-radiomics-nomogram runs the same steps from these lesions' DICOM series)");
        report.paragraph(tables.all().rows().size() + " generated lesions (HER2-low 78, HER2-zero 40; training 83, test 35 as "
            + "Fr24's split; Table 1's TIC types exactly): each a seven-phase DCE series (pre-contrast and six "
            + "post-contrast phases following its TIC type) of 40 x 40 x 10 voxels of 0.7 x 0.7 x 2 mm, the features "
            + "taken from phase 2, with an irregular enhancing lesion whose texture is coarser and of higher contrast in "
            + "HER2-low (an assumption: Fr24 prints no image values), one reader's mask and a second reader's for "
            + Fr24LesionCohort.REDELINEATED + " lesions. The features are the " + names.size()
            + " of the Fr24 preset (PyRadiomics' exampleMR_5mm.yaml: normalised, resampled to 3 mm by B-spline, "
            + "Original, LoG sigma 3 and 5 mm, 8 wavelet bands; names and values as PyRadiomics gives them), "
            + "extracted as the Radiomics Features node does in " + String.format("%.1f", tables.seconds()) + " s for "
            + tables.masks() + " masks. Then, as Fr24: ICC(2,1) over the two readers' masks, "
            + "ICC > 0.75 kept; Mann-Whitney U of HER2-low against HER2-zero on the training set, p < 0.05 kept; "
            + "LASSO logistic regression on the training set (10-fold stratified CV, seed 1, binomial deviance, "
            + "lambda.min, as glmnet); the rad-score (intercept plus the selected features times their "
            + "coefficients) of every lesion, judged on the training and the held-out test set.");
        report.table(steps, List.of("step", "published", "synthetic"), FOLDER + "/funnel.csv");
        report.table(coefficients, List.of("term", "coefficient"), FOLDER + "/lasso_coefficients.csv");
        report.image(FOLDER + "/lasso.png", "LASSO cross-validation curve and coefficient paths (training set)", 1050);
        report.table(roc, List.of("score", "auc", "ci_lower", "ci_upper", "cutoff", "sensitivity", "specificity",
            "accuracy"), FOLDER + "/roc_radscore.csv");
        report.image(FOLDER + "/roc_radscore.png", "ROC curves of the rad-score, training and test set");
        report.links("CSV:", "features of every lesion", FOLDER + "/features.csv", "two readers' features",
            FOLDER + "/readers.csv", "rad-scores", FOLDER + "/radscore.csv", "CV curve", FOLDER + "/lasso_cv.csv");
        models(folder, tables, report, err);
    }

    /**
     * The study's models as its workflow builds them ({@link Fr24Study}: the same steps, then the nomogram of
     * rad-score and TIC and the clinical model of TIC), their AUCs beside Fr24's Table 3.
     */
    private static void models(final Path folder, final Fr24FeatureTables.Tables tables, final HtmlReport report,
        final PrintStream err) throws CliException {
        final Path study = folder.resolve(Fr24Study.NAME);
        try {
            Files.createDirectories(study);
        } catch (final IOException e) {
            throw CliException.data("cannot create " + study + ": " + e.getMessage());
        }
        final OutputStream none = OutputStream.nullOutputStream();
        final Path training = study.resolve("features_training.csv");
        final Path test = study.resolve("features_test.csv");
        final Path readers = study.resolve("readers.csv");
        CsvTableWriter.write(tables.training(), training, none);
        CsvTableWriter.write(tables.test(), test, none);
        CsvTableWriter.write(tables.readers(), readers, none);
        Fr24Study.run(training, test, readers, study, err);
        final String at = FOLDER + "/" + Fr24Study.NAME + "/";
        final Map<String, Double> publishedTraining = Map.of("rad_score", 0.875, "nomogram", 0.892, "clinical", 0.691);
        final Map<String, Double> publishedTest = Map.of("rad_score", 0.845, "nomogram", 0.886, "clinical", 0.672);
        report.subheading("The models of Fr24 (workflow test-workflows/fr24-dce-radiomics-nomogram)");
        report.paragraph("The same steps as the workflow test-workflows/fr24-dce-radiomics-nomogram runs them (qmri demo"
            + " --study fr24 writes the same files), then the nomogram (logistic regression of HER2-low on the rad-score and the "
            + "TIC type, type I the reference) and the clinical model (TIC alone), fitted on the training set. AUCs "
            + "beside Fr24's Table 3 (the radiomics model's AUC is the rad-score's):");
        report.table(ReportTables.aucsBesidePublished(study.resolve("roc_models_training.csv"), publishedTraining, err),
            ReportTables.AUC_COLUMNS, at + "roc_models_training.csv");
        report.table(ReportTables.aucsBesidePublished(study.resolve("roc_models_test.csv"), publishedTest, err),
            ReportTables.AUC_COLUMNS, at + "roc_models_test.csv");
        report.image(at + "nomogram.png", "Nomogram of the rad-score and the TIC type (training set)", 1050);
        report.image(at + "dca_test.png", "Decision curves of the nomogram and the clinical model, test set "
            + "(Fr24: the nomogram best for thresholds of 20-38%)");
        report.links("CSV:", "DeLong, training", at + "delong_training.csv", "DeLong, test", at + "delong_test.csv",
            "calibration, test", at + "calibration_test.csv", "best strategy by threshold", at
            + "dca_summary_test.csv");
    }

    private static String auc(final RocResult r) {
        return HtmlReport.format(r.auc()) + " (" + HtmlReport.format(r.ciLower()) + "-" + HtmlReport.format(r.ciUpper())
            + ")";
    }
}
