package org.qmrinodes.workflows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
import org.qmrinodes.core.synthetic.Shen25LesionImages;
import org.qmrinodes.knime.images.dicomreader.DicomSeriesReaderNodeFactory;
import org.qmrinodes.knime.images.fit.SignalModelFitNodeFactory;
import org.qmrinodes.knime.images.histogram.VoiHistogramFeaturesNodeFactory;
import org.qmrinodes.knime.images.voimask.VoiMaskReaderNodeFactory;
import org.qmrinodes.knime.evaluation.delong.DelongComparisonNodeFactory;
import org.qmrinodes.knime.modelling.logistic.LogisticRegressionNodeFactory;
import org.qmrinodes.knime.evaluation.roc.RocAnalysisNodeFactory;
import org.qmrinodes.knime.screening.univariate.UnivariateScreeningNodeFactory;
import org.qmrinodes.knime.screening.tableone.TableOneNodeFactory;

/**
 * The DKI histogram study (Shen 2025; METHODS §6.1) from its feature table: Table 3 of the
 * histogram features over the three HER2 groups (§6.1 steps 4 and 5), then for HER2-low against
 * HER2-over the univariate screen (Mann–Whitney U, p &lt; 0.1 enters; steps 5 and 7), ROC of every
 * screened feature (step 8), paired DeLong tests between them (step 10), the logistic model of the
 * screened features and the paper's combined models per parameter (step 9); every table and the
 * ROC and Table 3 images written as files. A second branch computes the same nine features from the DWI
 * series of an image-level version of the cohort and writes them with their Table 3.
 */
final class Shen25DkiHistogram {

    static final String NAME = "shen25-dki-histogram";
    static final String COHORT = "data/shen25_synthetic_cohort.csv";
    /** The lesions' masks, one row per lesion with its cohort columns. */
    static final String MASKS = "data/shen25_masks.csv";
    /** The generated DWI series and masks, written by the build (not kept in the repository). */
    static final String DICOM = "data/dicom";
    static final String MASK_FILES = "data/masks";
    /** The feature table the image branch writes. */
    static final String FEATURES_FROM_IMAGES = "output/features_from_images.csv";
    static final String OUTCOME = "low_vs_over";
    static final String POSITIVE = "HER2-over";
    /** The three groups in the order of the paper's tables. */
    static final List<String> GROUPS = List.of("HER2-zero", "HER2-low", "HER2-over");
    /** p¹ and p² of the paper's tables. */
    static final String CONTRASTS = "HER2-low:HER2-zero,HER2-low:HER2-over";

    private Shen25DkiHistogram() {
    }

    static KnimeWorkflow declare(final Path repository) throws IOException {
        final List<KnimeBaseNode.CsvColumn> columns =
            CsvColumns.of(repository.resolve("test-workflows").resolve(COHORT));
        final String[] features = columns.stream().filter(c -> c.type() == KnimeBaseNode.ColumnType.DOUBLE)
            .map(KnimeBaseNode.CsvColumn::name).toArray(String[]::new);
        final KnimeWorkflow.Builder w = KnimeWorkflow.builder(NAME, "Shen 2025, DKI histogram features and HER2 "
            + "status (METHODS §6.1), on the synthetic cohort of 232 lesions: HER2-low vs HER2-over.");
        w.include(COHORT, "test-workflows/" + COHORT);

        final int reader = w.add(KnimeBaseNode.csvReader(COHORT, columns), 60, 220, "Synthetic cohort\n(232 lesions)");
        w.annotate("§6.1 step 1, §7.1: the cohort\n(synthetic, shaped after Table 3)", 20, 120, 170, 60);

        final int tableThree = w.add(tableThree(features), 260, 1260, "Table 3: three groups,\nKruskal-Wallis");
        w.connect(reader, 1, tableThree, 1);
        w.annotate("§6.1 steps 4 and 5, §7.1 Table 3: histogram features by\nHER2 group; p, p¹ (low vs zero), "
            + "p² (low vs over)", 220, 1180, 320, 50);
        final int tableThreeOut = w.add(KnimeBaseNode.csvWriter("output/table3.csv"), 500, 1240, "Table 3");
        w.connect(tableThree, 1, tableThreeOut, 1);
        final int tableThreeImage = w.add(KnimeBaseNode.imageWriter("output/table3.png"), 500, 1340, "Table 3 image");
        w.connect(tableThree, 2, tableThreeImage, 1);

        final int screening = w.add(QmriNode.of(UnivariateScreeningNodeFactory.class)
            .set("group_column", OUTCOME).set("groups", "HER2-low,HER2-over").columns("continuous_columns", features)
            .columns("categorical_columns").set("test", "mann-whitney").set("p_threshold", 0.1),
            260, 220, "Mann-Whitney U,\np < 0.1 enters");
        w.connect(reader, 1, screening, 1);
        w.annotate("§6.1 steps 5 and 7: univariate screen\n(Table 3, low vs over)", 220, 120, 190, 60);
        final int screeningOut = w.add(KnimeBaseNode.csvWriter("output/univariate_low_vs_over.csv"), 460, 80,
            "Table 3 (p²)");
        w.connect(screening, 1, screeningOut, 1);

        final int roc = w.add(QmriNode.of(RocAnalysisNodeFactory.class).set("outcome_column", OUTCOME)
            .set("positive_class", POSITIVE), 460, 220,
            "ROC of the\nscreened features");
        w.connect(screening, 4, roc, 1);
        w.annotate("§6.1 step 8: AUC (95% CI), Youden cut-off,\nsensitivity, specificity", 420, 320, 220, 50);
        final int rocTable = w.add(KnimeBaseNode.csvWriter("output/roc_low_vs_over.csv"), 660, 160, "ROC table");
        w.connect(roc, 1, rocTable, 1);
        final int rocPlot = w.add(KnimeBaseNode.imageWriter("output/roc_low_vs_over.png"), 660, 260, "ROC curves");
        w.connect(roc, 3, rocPlot, 1);

        final int delong = w.add(QmriNode.of(DelongComparisonNodeFactory.class).set("outcome_column", OUTCOME)
            .set("positive_class", POSITIVE).set("comparisons", "all pairs").set("p_adjustment", "holm"), 460, 400,
            "Paired DeLong,\nHolm");
        w.connect(screening, 4, delong, 1);
        w.annotate("§6.1 step 10: paired DeLong tests", 420, 500, 200, 30);
        final int delongTable = w.add(KnimeBaseNode.csvWriter("output/delong_low_vs_over.csv"), 660, 400,
            "DeLong table");
        w.connect(delong, 1, delongTable, 1);

        final int screened = w.add(logistic().set("outcome_column", OUTCOME), 460, 560, "Combined_screened");
        w.connect(screening, 4, screened, 1);
        w.annotate("§6.1 steps 7 and 9: multivariable logistic regression\nof the screened features, and the "
            + "combined models\nper parameter (the paper: NME-related lesions)", 420, 660, 300, 60);
        final int screenedTable = w.add(KnimeBaseNode.csvWriter("output/logistic_screened_low_vs_over.csv"), 660,
            560, "Odds ratios");
        w.connect(screened, 2, screenedTable, 1);

        int y = 760;
        for (final Shen25FeatureCohort.CombinedModel model : Shen25FeatureCohort.COMBINED_MODELS) {
            final String name = model.name();
            final int fit = w.add(logistic().set("outcome_column", OUTCOME)
                .columns("numeric_predictors", model.features().toArray(String[]::new)), 260, y, name);
            w.connect(reader, 1, fit, 1);
            final int table = w.add(KnimeBaseNode.csvWriter("output/logistic_" + name + "_low_vs_over.csv"), 460, y,
                name + " odds ratios");
            w.connect(fit, 2, table, 1);
            y += 140;
        }
        images(w, features, y + 100, repository);
        return w.build();
    }

    /**
     * The image-level branch (§2.2, §3.1, §3.2, §4.1): the lesions' DWI series and masks (generated by the build
     * into the workflow, {@link Shen25LesionImages}) → masks on their series → two-point ADC (b = 0, 800) and DKI
     * (all b-values) inside the mask → histogram features of ADC, Dapp and Kapp where the DKI fit succeeded →
     * the lesion columns and the nine features → the feature table and its Table 3.
     */
    private static void images(final KnimeWorkflow.Builder w, final String[] features, final int top,
        final Path repository) throws IOException {
        w.include(MASKS, "test-workflows/" + MASKS);
        w.generate(new KnimeWorkflow.GeneratedData(List.of(DICOM, MASK_FILES), folder -> Shen25LesionImages.writeImages(
            Shen25LesionImages.generate(Shen25FeatureCohort.generate(Shen25FeatureCohort.DEFAULT_SEED),
                Shen25LesionImages.DEFAULT_SEED), folder.resolve("data"), new PixelMedToolkit())));
        w.annotate("§2.2, §3.1, §3.2, §4.1: the same features from images - DWI b = 0, 800, 1400, 2000 of 232\n"
            + "generated lesions (D and K drawn after the cohort), ADC from b = 0 and 800, DKI from all four, "
            + "histogram features\nwithin the lesion mask where the DKI fit succeeded", 20, top - 80, 560, 60);
        final int series = w.add(QmriNode.of(DicomSeriesReaderNodeFactory.class)
            .set("folder", KnimeBaseNode.WORKFLOW_URL + DICOM).set("file_list", false).set("protocol_kinds", "dwi"), 60,
            top + 120, "DWI series\n(232 lesions)");
        final int maskTable = w.add(KnimeBaseNode.csvReader(MASKS, CsvColumns.of(repository.resolve("test-workflows")
            .resolve(MASKS))), 60, top, "Lesion masks");
        final int placed = w.add(QmriNode.of(VoiMaskReaderNodeFactory.class).set("path_column", "mask_file")
            .set("mask_key_column", "patient_id").set("image_key_column", "patient_id").set("volume_column", "volume")
            .set("keep_columns", true), 220, top + 60, "Masks on\ntheir series");
        w.connect(maskTable, 1, placed, 1);
        w.connect(series, 1, placed, 2);
        final int adc = w.add(QmriNode.of(SignalModelFitNodeFactory.class).set("volume_column", "volume")
            .set("model", "adc").set("b_values", "0,800").set("mask_column", "mask"), 380, top + 60, "ADC\n(b = 0, 800)");
        w.connect(placed, 1, adc, 1);
        final int onlyAdc = w.add(KnimeBaseNode.columnFilterDropping("S0|R2|fit_ok|voxels_.*"), 540, top + 60,
            "Keep the ADC map");
        w.connect(adc, 1, onlyAdc, 1);
        final int dki = w.add(QmriNode.of(SignalModelFitNodeFactory.class).set("volume_column", "volume")
            .set("model", "dki").set("mask_column", "mask"), 700, top + 60, "DKI\n(all b-values)");
        w.connect(onlyAdc, 1, dki, 1);
        final int histogram = w.add(QmriNode.of(VoiHistogramFeaturesNodeFactory.class)
            .columns("map_columns", "ADC", "Dapp", "Kapp").set("mask_column", "mask").set("valid_column", "fit_ok"),
            860, top + 60, "Histogram\nfeatures");
        w.connect(dki, 1, histogram, 1);
        final int table = w.add(KnimeBaseNode.columnFilter(String.join("|", Shen25LesionImages.LESION_COLUMNS) + "|"
            + String.join("|", features)), 1020, top + 60, "Lesion columns\nand features");
        w.connect(histogram, 1, table, 1);
        w.writeCsv(table, 1, FEATURES_FROM_IMAGES, 1180, top);
        final int tableThree = w.add(tableThree(features), 1180, top + 120, "Table 3 from images");
        w.connect(table, 1, tableThree, 1);
        w.writeCsv(tableThree, 1, "output/table3_from_images.csv", 1340, top + 80);
        w.writeImage(tableThree, 2, "output/table3_from_images.png", 1340, top + 180);
    }

    private static QmriNode tableThree(final String[] features) {
        return QmriNode.of(TableOneNodeFactory.class).set("group_column", "her2_status")
            .set("groups", String.join(",", GROUPS)).columns("continuous_columns", features)
            .columns("categorical_columns").set("test", "kruskal-wallis").set("contrasts", CONTRASTS)
            .set("title", "Table 3");
    }

    private static QmriNode logistic() {
        return QmriNode.of(LogisticRegressionNodeFactory.class).set("positive_class", POSITIVE);
    }
}
