package org.qmrinodes.core.stats.roc;

import static org.qmrinodes.core.data.ResultTable.integer;
import static org.qmrinodes.core.data.ResultTable.real;
import static org.qmrinodes.core.data.ResultTable.text;

import java.util.List;

import org.qmrinodes.core.data.ResultTable;

/**
 * The output tables of ROC analyses and DeLong comparisons, shared by the KNIME nodes and the
 * command line. The leading columns are the fixed ones of the {@code qmri roc} / {@code qmri delong}
 * contract; further columns follow.
 */
public final class RocTables {

    private RocTables() {
    }

    /**
     * One row per score: counts, direction, AUC with DeLong SE and CI, the Youden-optimal cut-off
     * and the confusion matrix there.
     *
     * @param results the analyses
     * @return the table
     */
    public static ResultTable summary(final List<RocResult> results) {
        final ResultTable.Builder b = ResultTable.builder(text("score"), integer("n_positive"), integer("n_negative"),
            text("direction"), real("auc"), real("auc_se"), real("ci_lower"), real("ci_upper"), real("cutoff"),
            real("sensitivity"), real("specificity"), real("youden"), real("accuracy"), real("ppv"), real("npv"),
            integer("true_positives"), integer("false_positives"), integer("true_negatives"),
            integer("false_negatives"), integer("cutoff_ties"), integer("skipped_rows"), real("conf_level"));
        for (final RocResult r : results) {
            final OperatingPoint p = r.youden();
            b.row(r.score(), r.positives(), r.negatives(), r.direction().label(), r.auc(), r.standardError(),
                r.ciLower(), r.ciUpper(), p.threshold(), p.sensitivity(), p.specificity(), p.youdenIndex(),
                p.accuracy(), p.positivePredictiveValue(), p.negativePredictiveValue(), p.truePositives(),
                p.falsePositives(), p.trueNegatives(), p.falseNegatives(), r.youdenTies(), r.skippedRows(),
                r.confidenceLevel());
        }
        return b.build();
    }

    /**
     * The curve coordinates of every score, one row per threshold in curve order.
     *
     * @param results the analyses
     * @return columns {@code score, threshold, sensitivity, one_minus_specificity, specificity}
     */
    public static ResultTable curves(final List<RocResult> results) {
        final ResultTable.Builder b = ResultTable.builder(text("score"), real("threshold"), real("sensitivity"),
            real("one_minus_specificity"), real("specificity"));
        for (final RocResult r : results) {
            final RocCurve c = r.curve();
            final double[] thresholds = c.thresholds();
            for (int i = 0; i < c.size(); i++) {
                b.row(r.score(), thresholds[i], c.sensitivity(i), 1 - c.specificity(i), c.specificity(i));
            }
        }
        return b.build();
    }

    /**
     * One row per paired comparison.
     *
     * @param comparisons the comparisons
     * @return columns {@code score_a, score_b, auc_a, auc_b, difference, z, p_value}, then the CI of
     *         the difference, the adjusted p-value and the counts
     */
    public static ResultTable paired(final List<PairedAucComparison> comparisons) {
        final ResultTable.Builder b = ResultTable.builder(text("score_a"), text("score_b"), real("auc_a"),
            real("auc_b"), real("difference"), real("z"), real("p_value"), real("p_adjusted"), real("se_difference"),
            real("ci_lower"), real("ci_upper"), text("direction_a"), text("direction_b"), integer("n_positive"),
            integer("n_negative"), integer("skipped_rows"), text("test"));
        for (final PairedAucComparison c : comparisons) {
            b.row(c.scoreA(), c.scoreB(), c.aucA(), c.aucB(), c.difference(), c.z(), c.pValue(), c.adjustedPValue(),
                c.standardError(), c.ciLower(), c.ciUpper(), c.directionA().label(), c.directionB().label(),
                c.positives(), c.negatives(), c.skippedRows(), "paired DeLong");
        }
        return b.build();
    }

    /**
     * One row per unpaired comparison (same columns as {@link #paired} where they apply; the
     * adjusted p-value equals the p-value, and {@code df} is added).
     *
     * @param comparisons the comparisons
     * @param sampleA label of the first sample (e.g. the first table)
     * @param sampleB label of the second sample
     * @return the table
     */
    public static ResultTable unpaired(final List<UnpairedAucComparison> comparisons, final String sampleA,
        final String sampleB) {
        final ResultTable.Builder b = ResultTable.builder(text("score_a"), text("score_b"), real("auc_a"),
            real("auc_b"), real("difference"), real("z"), real("p_value"), real("df"), real("se_difference"),
            real("ci_lower"), real("ci_upper"), text("direction_a"), text("direction_b"), integer("n_positive_a"),
            integer("n_negative_a"), integer("n_positive_b"), integer("n_negative_b"), text("test"));
        for (final UnpairedAucComparison c : comparisons) {
            b.row(c.a().score() + " [" + sampleA + "]", c.b().score() + " [" + sampleB + "]", c.a().auc(), c.b().auc(),
                c.difference(), c.z(), c.pValue(), c.degreesOfFreedom(), c.standardError(), c.ciLower(), c.ciUpper(),
                c.a().direction().label(), c.b().direction().label(), c.a().positives(), c.a().negatives(),
                c.b().positives(), c.b().negatives(), "unpaired DeLong");
        }
        return b.build();
    }
}
