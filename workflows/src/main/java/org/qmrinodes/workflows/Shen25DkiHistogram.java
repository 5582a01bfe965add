package org.qmrinodes.workflows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
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
 * ROC and Table 3 images written as files.
 */
final class Shen25DkiHistogram {

    static final String NAME = "shen25-dki-histogram";
    static final String COHORT = "data/shen25_synthetic_cohort.csv";
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

        final int tableThree = w.add(QmriNode.of(TableOneNodeFactory.class).set("group_column", "her2_status")
            .set("groups", String.join(",", GROUPS)).columns("continuous_columns", features)
            .columns("categorical_columns").set("test", "kruskal-wallis").set("contrasts", CONTRASTS)
            .set("title", "Table 3"), 260, 1260, "Table 3: three groups,\nKruskal-Wallis");
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
        return w.build();
    }

    private static QmriNode logistic() {
        return QmriNode.of(LogisticRegressionNodeFactory.class).set("positive_class", POSITIVE);
    }
}
