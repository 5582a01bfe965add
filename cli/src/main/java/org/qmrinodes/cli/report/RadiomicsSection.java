package org.qmrinodes.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.qmrinodes.cli.CliException;
import org.qmrinodes.cli.CsvTableReader;
import org.qmrinodes.cli.CsvTableWriter;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.synthetic.Fr24LesionCohort;

/**
 * The demo report's radiomics section, as the DCE radiomics study (Fr24; METHODS §6.2 steps 3–13) builds its
 * models: generated DCE lesions ({@link Fr24LesionCohort}) → the 960 PyRadiomics features of the Fr24 preset per
 * lesion, as the Radiomics Features node computes them → the study's steps as {@link Fr24Study} (and its workflow)
 * runs them: ICC(2,1) over the two readers' masks, Mann–Whitney U, LASSO, the rad-score, the nomogram and the
 * clinical model; the section reads the funnel of features and the AUCs from the study's files and prints them
 * beside the paper's numbers.
 */
final class RadiomicsSection {

    private static final String FOLDER = "radiomics";

    private RadiomicsSection() {
    }

    /**
     * Writes the section's files into {@code dir/radiomics} (the study's into {@code dir/radiomics/fr24}) and its
     * text, tables and figures into the report.
     *
     * @param dir the report folder
     * @param report the page
     * @param err where warnings go
     */
    static void write(final Path dir, final HtmlReport report, final PrintStream err) throws CliException {
        final Path folder = dir.resolve(FOLDER);
        final Path study = folder.resolve(Fr24Study.NAME);
        try {
            Files.createDirectories(study);
        } catch (final IOException e) {
            throw CliException.data("cannot create " + study + ": " + e.getMessage());
        }
        final OutputStream none = OutputStream.nullOutputStream();
        final Fr24FeatureTables.Tables tables = Fr24FeatureTables.extract(Fr24LesionCohort.DEFAULT_SEED);
        final List<String> names = tables.features();
        CsvTableWriter.write(tables.all(), folder.resolve("features.csv"), none);
        final Path training = study.resolve("features_training.csv");
        final Path test = study.resolve("features_test.csv");
        final Path readers = study.resolve("readers.csv");
        CsvTableWriter.write(tables.training(), training, none);
        CsvTableWriter.write(tables.test(), test, none);
        CsvTableWriter.write(tables.readers(), readers, none);
        Fr24Study.run(training, test, readers, study, err);

        final int reproducible = names.size() - CsvTableReader.read(study.resolve("dropped_features.csv"), err).size();
        final int screened = StudySteps.screened(study.resolve("univariate_training.csv"), Fr24Study.SCREEN_P, err)
            .size();
        final CsvTableReader selected = CsvTableReader.read(study.resolve("lasso_selected.csv"), err);
        final ResultTable.Builder funnel = ResultTable.builder(ResultTable.text("step"), ResultTable.text("published"),
            ResultTable.text("synthetic"));
        funnel.row("features extracted (Fr24 preset)", "960", Integer.toString(names.size()));
        funnel.row("ICC(2,1) > 0.75 over two readers (16 lesions)", "not printed", Integer.toString(reproducible));
        funnel.row("Mann-Whitney U p < 0.05, training set", "not printed", Integer.toString(screened));
        funnel.row("LASSO, lambda.min (10-fold CV)", "16 features, lambda 0.002", (selected.size() - 1)
            + " features, lambda " + HtmlReport.format(selected.numbers("lambda")[0]));
        funnel.row("rad-score AUC, training", "0.875 (0.800-0.951)", auc(study.resolve("roc_training.csv"), err));
        funnel.row("rad-score AUC, test", "0.845 (0.717-0.972)", auc(study.resolve("roc_test.csv"), err));
        final ResultTable steps = funnel.build();
        CsvTableWriter.write(steps, folder.resolve("funnel.csv"), none);

        final String at = FOLDER + "/" + Fr24Study.NAME + "/";
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
            + tables.masks() + " masks. Then, as Fr24 and as qmri demo --study fr24 (the files below): ICC(2,1) over "
            + "the two readers' masks, ICC > 0.75 kept; Mann-Whitney U of HER2-low against HER2-zero on the training "
            + "set, p < 0.05 kept; LASSO logistic regression on the training set (10-fold stratified CV, seed 1, "
            + "binomial deviance, lambda.min, as glmnet); the rad-score (intercept plus the selected features times "
            + "their coefficients) of every lesion, judged on the training and the held-out test set.");
        report.table(steps, List.of("step", "published", "synthetic"), FOLDER + "/funnel.csv");
        final List<String> coefficient = List.of("term", "coefficient");
        report.table(ReportTables.read(study.resolve("lasso_selected.csv"), coefficient, err), coefficient,
            at + "lasso_selected.csv");
        report.image(at + "roc_training.png", "ROC curve of the rad-score, training set");
        report.image(at + "roc_test.png", "ROC curve of the rad-score, test set");
        report.links("CSV:", "features of every lesion", FOLDER + "/features.csv", "two readers' features",
            at + "readers.csv", "rad-scores, training", at + "radscore_training.csv", "rad-scores, test", at
                + "radscore_test.csv", "CV curve", at + "lasso_cv.csv");

        final Map<String, Double> publishedTraining = Map.of("rad_score", 0.875, "nomogram", 0.892, "clinical", 0.691);
        final Map<String, Double> publishedTest = Map.of("rad_score", 0.845, "nomogram", 0.886, "clinical", 0.672);
        report.subheading("The models of Fr24 (workflow test-workflows/fr24-dce-radiomics-nomogram)");
        report.paragraph("The nomogram (logistic regression of HER2-low on the rad-score and the TIC type, type I the "
            + "reference) and the clinical model (TIC alone), fitted on the training set. AUCs beside Fr24's Table 3 "
            + "(the radiomics model's AUC is the rad-score's):");
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

    /** @return the first row's AUC and its 95% CI in a study's ROC table, as "0.880 (0.81-0.95)" */
    private static String auc(final Path roc, final PrintStream err) throws CliException {
        final CsvTableReader t = CsvTableReader.read(roc, err);
        return HtmlReport.format(t.numbers("auc")[0]) + " (" + HtmlReport.format(t.numbers("ci_lower")[0]) + "-"
            + HtmlReport.format(t.numbers("ci_upper")[0]) + ")";
    }
}
