package org.qmrinodes.core.synthetic;

import static org.qmrinodes.core.data.ResultTable.real;
import static org.qmrinodes.core.data.ResultTable.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.qmrinodes.core.data.ResultTable;

/**
 * A synthetic per-lesion table shaped after the T1/T2/T2* mapping study of HER2 status (QIMS26;
 * METHODS §6.3 and §7.3): 178 lesions (HER2-zero 20, HER2-low 72, HER2-positive 86) with age, the
 * lesion's T1 before and after contrast, ΔT1 and ΔT1<sub>pre</sub>, T2 and T2*, and ER, PR,
 * menopausal status, Ki-67 and histology.
 *
 * <p><b>Targets matched:</b> group sizes exactly; for age, T1-pre (all groups) and T1-post (HER2-low and
 * HER2-positive), normal draws standardised to the printed group mean and SD exactly; ΔT1 = T1-pre −
 * T1-post and ΔT1<sub>pre</sub> = ΔT1 / T1-pre computed from them, so their printed summaries follow up
 * to the spread of a difference and a ratio (QIMS26's ΔT1 SDs, 400 and 295 ms, are close to what
 * independent pre and post values give); histology IDC 145 / ILC 33 overall.
 *
 * <p><b>Assumed</b> (the paper does not print them, METHODS §7.3): T1-post of HER2-zero as HER2-low's
 * (the paper finds no difference, p = 0.997); T2 78 ± 14 ms in every group (no difference, p = 0.650);
 * T2* 31 ± 7 ms (zero), 30 ± 7 ms (low) and 38.3 ± 7 ms (positive), which puts the HER2-low vs
 * HER2-positive AUC near the published 0.800; ER positive in 17/20, 57/72 and 48/86 lesions, which
 * gives ER alone the published AUC of 0.617 for low vs positive; PR positive 15/20, 52/72, 38/86;
 * postmenopausal 6/20, 36/72, 43/86; Ki-67 high 12/20, 43/72, 52/86 (similar across groups, as the paper
 * says); IDC 16/20, 59/72, 70/86. All variables independent within a group. The random stream is
 * {@link java.util.Random}, so a seed gives the same table on every JVM.
 */
public final class Qims26FeatureCohort {

    /** Seed of the cohort bundled with the demo. */
    public static final long DEFAULT_SEED = 20260301L;

    /** The HER2 groups in the order of the paper's tables. */
    public static final List<String> GROUPS = List.of("HER2-zero", "HER2-low", "HER2-positive");

    /** The binary endpoint of the paper's models: HER2-positive vs HER2-low (missing for HER2-zero). */
    public static final String ENDPOINT = "low_vs_positive";

    /** The positive class of the endpoint: sensitivity refers to HER2-positive (METHODS §7.3). */
    public static final String POSITIVE_CLASS = "HER2-positive";

    /**
     * The numeric independent predictors of the paper's combined model (§6.3 step 5), in table order, the
     * order a KNIME column filter lists them in (the fitted numbers depend on it in the last digits).
     */
    public static final List<String> MODEL_NUMERIC = List.of("T1_post", "T2star");

    /** The categorical predictor of the combined model, and its reference level. */
    public static final String MODEL_CATEGORICAL = "er";

    /** ER's reference level in the model. */
    public static final String MODEL_REFERENCE = "er=positive";

    /** Pairwise contrasts of the three-group table: zero vs low, zero vs positive, low vs positive. */
    public static final String PAIRWISE_CONTRASTS = "HER2-zero:HER2-low,HER2-zero:HER2-positive,HER2-low:HER2-positive";

    /** The univariable candidates: every measure but ΔT1 (the difference of two others), every categorical variable. */
    public static final List<String> CANDIDATES = List.of("age", "T1_pre", "T1_post", "delta_T1_pre", "T2", "T2star",
        "er", "pr", "menopause", "ki67", "histology");

    /** The name given to the combined model's predicted probability. */
    public static final String COMBINED_MODEL_COLUMN = "combined_model";

    /** The published AUCs for HER2-low vs HER2-positive (§7.3). */
    public static final double PUBLISHED_AUC_T2STAR = 0.800;
    /** As {@link #PUBLISHED_AUC_T2STAR}, T1-post. */
    public static final double PUBLISHED_AUC_T1_POST = 0.762;
    /** As {@link #PUBLISHED_AUC_T2STAR}, ER. */
    public static final double PUBLISHED_AUC_ER = 0.617;
    /** As {@link #PUBLISHED_AUC_T2STAR}, the combined model of ER, T2* and T1-post. */
    public static final double PUBLISHED_AUC_COMBINED = 0.854;

    private static final int[] SIZES = {20, 72, 86};

    /** Per group (zero, low, positive) mean and SD of a measure drawn as normal, and its decimals. */
    private record Measure(String name, int decimals, double[] mean, double[] sd) {
    }

    private static final List<Measure> MEASURES = List.of(
        new Measure("age", 0, new double[] {43.0, 49.4, 49.8}, new double[] {5.3, 9.3, 10.4}),
        new Measure("T1_pre", 1, new double[] {2226.6, 1903.4, 1788.6}, new double[] {265.6, 373.6, 296.9}),
        new Measure("T1_post", 1, new double[] {462.3, 462.3, 580.9}, new double[] {126.8, 126.8, 158.2}),
        new Measure("T2", 1, new double[] {78, 78, 78}, new double[] {14, 14, 14}),
        new Measure("T2star", 1, new double[] {31, 30, 38.3}, new double[] {7, 7, 7}));

    /** A categorical variable: its column, its two levels, and per group the count of the first level. */
    private record Binary(String name, String first, String second, int[] firstCounts) {
    }

    private static final List<Binary> CATEGORICAL = List.of(
        new Binary("er", "positive", "negative", new int[] {17, 57, 48}),
        new Binary("pr", "positive", "negative", new int[] {15, 52, 38}),
        new Binary("menopause", "postmenopausal", "premenopausal", new int[] {6, 36, 43}),
        new Binary("ki67", "high", "low", new int[] {12, 43, 52}),
        new Binary("histology", "IDC", "ILC", new int[] {16, 59, 70}));

    private Qims26FeatureCohort() {
    }

    /**
     * @param cohort a table {@link #generate} made
     * @return one row per target the cohort is shaped after: the printed age and T1 values, and the
     *         assumptions (T1-post of HER2-zero, T2, T2*, the pathology counts), each marked as such
     */
    public static ResultTable targets(final ResultTable cohort) {
        final CohortTargets t = new CohortTargets(cohort);
        for (final Measure m : MEASURES) {
            for (int g = 0; g < GROUPS.size(); g++) {
                final boolean printed = m.name().equals("age") || m.name().equals("T1_pre")
                    || m.name().equals("T1_post") && g > 0;
                t.meanSd(m.name(), GROUPS.get(g), m.mean()[g], m.sd()[g], printed ? "exactly, up to rounding"
                    : "assumed (not printed), exactly");
            }
        }
        for (final Binary b : CATEGORICAL) {
            for (int g = 0; g < GROUPS.size(); g++) {
                t.count(b.name(), GROUPS.get(g), b.first(), b.firstCounts()[g], "assumed (not printed), exactly");
            }
        }
        return t.build();
    }

    /**
     * @param categorical the categorical candidates, else the numeric ones
     * @return those of {@link #CANDIDATES}, in their order
     */
    public static List<String> candidates(final boolean categorical) {
        return CANDIDATES.stream().filter(c -> categoricalColumns().contains(c) == categorical).toList();
    }

    /** @return the numeric columns in table order */
    public static List<String> numericColumns() {
        return List.of("age", "T1_pre", "T1_post", "delta_T1", "delta_T1_pre", "T2", "T2star");
    }

    /** @return the categorical columns in table order */
    public static List<String> categoricalColumns() {
        return CATEGORICAL.stream().map(Binary::name).toList();
    }

    /**
     * Draws the cohort.
     *
     * @param seed random seed
     * @return columns {@code patient_id, her2_status, low_vs_positive}, the numeric columns
     *         ({@link #numericColumns()}: T1 and T2 in ms, ΔT1 in ms, ΔT1<sub>pre</sub> as a fraction) and
     *         the categorical ones ({@link #categoricalColumns()})
     */
    public static ResultTable generate(final long seed) {
        final Random random = new Random(seed);
        final List<ResultTable.Column> columns = new ArrayList<>(List.of(text("patient_id"), text("her2_status"),
            text(ENDPOINT)));
        numericColumns().forEach(c -> columns.add(real(c)));
        categoricalColumns().forEach(c -> columns.add(text(c)));
        final ResultTable.Builder table = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        int id = 1;
        for (int g = 0; g < GROUPS.size(); g++) {
            final int n = SIZES[g];
            final double[][] measured = new double[MEASURES.size()][];
            for (int m = 0; m < MEASURES.size(); m++) {
                final Measure measure = MEASURES.get(m);
                final double[] z = Draws.standardised(random, n);
                measured[m] = new double[n];
                for (int i = 0; i < n; i++) {
                    final double value = measure.mean()[g] + measure.sd()[g] * z[i];
                    measured[m][i] = Draws.round(Math.max(0.05 * measure.mean()[g], value), measure.decimals());
                }
            }
            final String[][] levels = new String[CATEGORICAL.size()][];
            for (int c = 0; c < CATEGORICAL.size(); c++) {
                final Binary b = CATEGORICAL.get(c);
                levels[c] = Draws.dealt(List.of(b.first(), b.second()),
                    new int[] {b.firstCounts()[g], n - b.firstCounts()[g]}, random);
            }
            for (int i = 0; i < n; i++) {
                final double pre = measured[1][i];
                final double post = measured[2][i];
                final List<Object> row = new ArrayList<>();
                row.add(String.format("QIMS%03d", id++));
                row.add(GROUPS.get(g));
                row.add(g == 0 ? null : GROUPS.get(g));
                row.add(measured[0][i]);
                row.add(pre);
                row.add(post);
                row.add(Draws.round(pre - post, 1));
                row.add(Draws.round((pre - post) / pre, 4));
                row.add(measured[3][i]);
                row.add(measured[4][i]);
                for (int c = 0; c < CATEGORICAL.size(); c++) {
                    row.add(levels[c][i]);
                }
                table.row(row.toArray());
            }
        }
        return table.build();
    }
}
