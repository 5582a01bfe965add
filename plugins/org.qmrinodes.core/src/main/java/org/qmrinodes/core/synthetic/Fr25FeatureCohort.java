package org.qmrinodes.core.synthetic;

import static org.qmrinodes.core.data.ResultTable.real;
import static org.qmrinodes.core.data.ResultTable.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.qmrinodes.core.data.ResultTable;

/**
 * A synthetic per-lesion table shaped after the SyMRI and MUSE-DWI study of HER2 status (Fr25;
 * METHODS §6.4 and §7.4): 138 lesions (HER2-zero 34, HER2-low 55, HER2-positive 49) with age, ADC,
 * the longest diameter, SyMRI T1, T2 and PD before and after contrast, their relative changes, and
 * the morphology, kinetics and pathology variables of the paper's Table 2.
 *
 * <p><b>Targets matched:</b> group sizes and every count of Table 2 exactly (each group's levels are
 * dealt out in the printed numbers, in random order). For the measures of Table 3 printed as mean ±
 * SD (age, ADC, T1-pre, T2-pre, PD-pre, T2-Gd), each group's values are normal draws standardised to
 * the printed mean and SD exactly; for those printed as median (Q1, Q3) (longest diameter, T1-Gd,
 * PD-Gd) they are a split normal with the printed median and quartiles (the scale below the median
 * (median − Q1) / 0.6745, above it (Q3 − median) / 0.6745), up to sampling error. Values are floored at
 * 5 % of the group's centre (all these measures are positive) and rounded as a workstation prints
 * them. The relative changes are computed from the rounded pre and post values as
 * (pre − Gd) / pre, the sign convention under which the paper's printed values come out (METHODS
 * §3.9), as fractions; they match the printed Δ summaries only roughly, since the paper's Δ means are
 * not the Δ of its pre and post means. <b>Not matched:</b> the printed test statistics and p-values,
 * which are internally inconsistent (METHODS §7.4, §7.5: a cohort can match the summaries or the
 * statistics, not both; this one matches the summaries), and the published AUCs of the combined models
 * (0.940 and 0.810): with the variables independent within a group, as assumed here, the printed group
 * summaries allow less discrimination than the paper reports.
 *
 * <p><b>Assumed:</b> all variables independent within a HER2 group; ADC in 10⁻³ mm²/s, diameter in
 * mm, T1 and T2 in ms, PD in percent units. The random stream is {@link java.util.Random}, so a seed
 * gives the same table on every JVM.
 */
public final class Fr25FeatureCohort {

    /** Seed of the cohort bundled with the demo. */
    public static final long DEFAULT_SEED = 20250601L;

    /** The HER2 groups in the order of the paper's tables (the paper's "oe" is HER2-positive). */
    public static final List<String> GROUPS = List.of("HER2-zero", "HER2-low", "HER2-positive");

    /** Lesions per group, as printed. */
    private static final int[] SIZES = {34, 55, 49};

    /**
     * One of the paper's two logistic models (METHODS §6.4 step 7) over this cohort's columns.
     *
     * @param name a short name for file names, e.g. {@code positive}
     * @param outcome the endpoint column
     * @param positiveClass its positive class
     * @param numeric the numeric predictors
     * @param categorical the categorical predictors
     * @param references the reference level of each categorical predictor, {@code COLUMN=LEVEL}
     * @param candidates the variables of the paper's univariable table for this endpoint (Table 4 or 5)
     * @param publishedAuc the model's AUC as printed
     */
    public record Model(String name, String outcome, String positiveClass, List<String> numeric,
        List<String> categorical, List<String> references, List<String> candidates, double publishedAuc) {
        /** Copies the lists. */
        public Model {
            numeric = List.copyOf(numeric);
            categorical = List.copyOf(categorical);
            references = List.copyOf(references);
            candidates = List.copyOf(candidates);
        }

        /** @return the numeric candidates of the univariable table: the candidates but the categorical ones */
        public List<String> numericCandidates() {
            final List<String> out = new ArrayList<>(candidates);
            out.removeAll(CATEGORICAL_CANDIDATES);
            return out;
        }

        /** @return the numeric and then the categorical predictors */
        public List<String> predictors() {
            final List<String> all = new ArrayList<>(numeric);
            all.addAll(categorical);
            return all;
        }
    }

    /** Pairwise contrasts of Tables 2 and 3: P1 zero vs low, P2 zero vs positive, P3 low vs positive. */
    public static final String PAIRWISE_CONTRASTS = "HER2-zero:HER2-low,HER2-zero:HER2-positive,HER2-low:HER2-positive";

    /** The categorical candidates of Tables 4 and 5. */
    public static final List<String> CATEGORICAL_CANDIDATES = List.of("enhancement_pattern", "tic");

    /** Their reference levels, {@code COLUMN=LEVEL}: type I of the tables' footnote (homogeneous, persistent). */
    public static final List<String> CANDIDATE_REFERENCES = List.of("enhancement_pattern=homogeneous", "tic=persistent");

    /** The name given to a combined model's predicted probability. */
    public static final String COMBINED_MODEL_COLUMN = "combined_model";

    /** Bootstrap resamples of the internal validation and calibration (§6.4 step 9). */
    public static final int BOOTSTRAP_RESAMPLES = 1000;

    private static final List<String> CANDIDATES = List.of("ADC", "longest_diameter", "T1_pre", "T2_pre", "T1_Gd",
        "T2_delta", "PD_delta", "enhancement_pattern", "tic");

    /** HER2-positive vs HER2-negative (zero and low): ADC, maximum diameter, T2-pre and enhancement pattern. */
    public static final Model POSITIVE_MODEL = new Model("positive_vs_negative", "positive_vs_negative",
        "HER2-positive", List.of("ADC", "longest_diameter", "T2_pre"), List.of("enhancement_pattern"),
        List.of("enhancement_pattern=homogeneous"), CANDIDATES, 0.940);

    /** HER2-low vs HER2-zero: ADC and the relative PD change. */
    public static final Model LOW_MODEL = new Model("low_vs_zero", "low_vs_zero", "HER2-low", List.of("ADC", "PD_delta"),
        List.of(), List.of(), CANDIDATES, 0.810);

    /** Both models, in the paper's order. */
    public static final List<Model> MODELS = List.of(POSITIVE_MODEL, LOW_MODEL);

    /**
     * A Table 3 measure: its column, decimals kept, and per group (zero, low, positive) either mean and
     * SD ({@code q1 == null}) or median and quartiles.
     */
    private record Measure(String name, int decimals, double[] centre, double[] sd, double[] q1, double[] q3) {
        static Measure meanSd(final String name, final int decimals, final double[] mean, final double[] sd) {
            return new Measure(name, decimals, mean, sd, null, null);
        }

        static Measure medianIqr(final String name, final int decimals, final double[] median, final double[] q1,
            final double[] q3) {
            return new Measure(name, decimals, median, null, q1, q3);
        }
    }

    private static final List<Measure> MEASURES = List.of(
        Measure.meanSd("age", 0, new double[] {45.31, 42.67, 48.34}, new double[] {11.25, 9.89, 11.35}),
        Measure.meanSd("ADC", 3, new double[] {0.921, 0.951, 1.011}, new double[] {0.12, 0.13, 0.18}),
        Measure.medianIqr("longest_diameter", 1, new double[] {20.13, 22.48, 26.28}, new double[] {17.57, 17.93, 24.37},
            new double[] {22.57, 24.59, 27.94}),
        Measure.meanSd("T1_pre", 0, new double[] {1516, 1403, 1361}, new double[] {221, 243, 175}),
        Measure.meanSd("T2_pre", 1, new double[] {81.8, 76.3, 84.7}, new double[] {24.31, 7.63, 13.40}),
        Measure.meanSd("PD_pre", 1, new double[] {75.24, 83.51, 85.56}, new double[] {10.01, 7.67, 7.24}),
        Measure.medianIqr("T1_Gd", 0, new double[] {525.0, 521.7, 472.1}, new double[] {460.75, 447.95, 461.1},
            new double[] {588.47, 587.10, 598.11}),
        Measure.meanSd("T2_Gd", 1, new double[] {68.92, 63.69, 72.78}, new double[] {30.12, 8.94, 6.64}),
        Measure.medianIqr("PD_Gd", 1, new double[] {90.55, 88.1, 86.8}, new double[] {85.02, 82.6, 82.8},
            new double[] {100.15, 94.2, 95.4}));

    /** A Table 2 variable: its column, its levels, and per group the count of each level. */
    private record Categorical(String name, List<String> levels, int[][] counts) {
    }

    private static final List<Categorical> CATEGORICAL = List.of(
        new Categorical("margin", List.of("well-defined", "ill-defined"), new int[][] {{25, 9}, {29, 26}, {28, 21}}),
        new Categorical("shape", List.of("oval", "irregular", "lobulated"),
            new int[][] {{13, 15, 6}, {20, 18, 17}, {18, 23, 8}}),
        new Categorical("enhancement_pattern", List.of("homogeneous", "heterogeneous", "rim"),
            new int[][] {{16, 8, 10}, {26, 16, 13}, {10, 28, 11}}),
        new Categorical("margin_morphology", List.of("spiculated", "smooth"), new int[][] {{21, 13}, {30, 25}, {22, 27}}),
        new Categorical("tic", List.of("persistent", "plateau", "washout"),
            new int[][] {{9, 14, 11}, {10, 25, 20}, {8, 9, 32}}),
        new Categorical("fgt", List.of("minimal", "moderate", "marked"),
            new int[][] {{7, 17, 10}, {7, 29, 19}, {9, 26, 14}}),
        new Categorical("er", List.of("positive", "negative"), new int[][] {{21, 13}, {37, 18}, {32, 17}}),
        new Categorical("pr", List.of("positive", "negative"), new int[][] {{21, 13}, {37, 18}, {38, 11}}),
        new Categorical("ki67", List.of("<=30%", ">30%"), new int[][] {{12, 22}, {29, 26}, {25, 24}}));

    private static final String[] CHANGES = {"T1", "T2", "PD"};

    private Fr25FeatureCohort() {
    }

    /** @return the numeric columns, in table order: Table 3's measures, then the relative changes */
    public static List<String> numericColumns() {
        final List<String> out = new ArrayList<>(MEASURES.stream().map(Measure::name).toList());
        for (final String x : CHANGES) {
            out.add(x + "_delta");
        }
        return out;
    }

    /** @return the categorical columns of Table 2, in table order */
    public static List<String> categoricalColumns() {
        return CATEGORICAL.stream().map(Categorical::name).toList();
    }

    /**
     * Draws the cohort.
     *
     * @param seed random seed
     * @return columns {@code patient_id, her2_status, positive_vs_negative, low_vs_zero}, the numeric
     *         columns ({@link #numericColumns()}) and the categorical ones ({@link #categoricalColumns()});
     *         {@code positive_vs_negative} is HER2-positive or HER2-negative, {@code low_vs_zero} holds
     *         the group for HER2-low and HER2-zero and is missing for HER2-positive
     */
    public static ResultTable generate(final long seed) {
        final Random random = new Random(seed);
        final List<ResultTable.Column> columns = new ArrayList<>(List.of(text("patient_id"), text("her2_status"),
            text("positive_vs_negative"), text("low_vs_zero")));
        numericColumns().forEach(c -> columns.add(real(c)));
        categoricalColumns().forEach(c -> columns.add(text(c)));
        final ResultTable.Builder table = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        int id = 1;
        for (int g = 0; g < GROUPS.size(); g++) {
            final int n = SIZES[g];
            final double[][] measured = new double[MEASURES.size()][];
            for (int m = 0; m < MEASURES.size(); m++) {
                measured[m] = draw(MEASURES.get(m), g, n, random);
            }
            final String[][] levels = new String[CATEGORICAL.size()][];
            for (int c = 0; c < CATEGORICAL.size(); c++) {
                levels[c] = Draws.dealt(CATEGORICAL.get(c).levels(), CATEGORICAL.get(c).counts()[g], random);
            }
            for (int i = 0; i < n; i++) {
                final List<Object> row = new ArrayList<>();
                row.add(String.format("FR%03d", id++));
                row.add(GROUPS.get(g));
                row.add(g == 2 ? "HER2-positive" : "HER2-negative");
                row.add(g == 2 ? null : GROUPS.get(g));
                for (int m = 0; m < MEASURES.size(); m++) {
                    row.add(measured[m][i]);
                }
                for (final String x : CHANGES) {
                    final double pre = measured[index(x + "_pre")][i];
                    final double gd = measured[index(x + "_Gd")][i];
                    row.add(Draws.round((pre - gd) / pre, 4));
                }
                for (int c = 0; c < CATEGORICAL.size(); c++) {
                    row.add(levels[c][i]);
                }
                table.row(row.toArray());
            }
        }
        return table.build();
    }

    /**
     * @param cohort a table {@link #generate} made
     * @return one row per published target the cohort is shaped after (Table 3's group summaries, Table 2's
     *         counts): target, group, published, synthetic and how the generator meets it
     */
    public static ResultTable targets(final ResultTable cohort) {
        final CohortTargets t = new CohortTargets(cohort);
        for (final Measure m : MEASURES) {
            for (int g = 0; g < GROUPS.size(); g++) {
                if (m.q1() == null) {
                    t.meanSd(m.name(), GROUPS.get(g), m.centre()[g], m.sd()[g], "exactly, up to rounding");
                } else {
                    t.medianIqr(m.name(), GROUPS.get(g), m.centre()[g], m.q1()[g], m.q3()[g], "up to sampling error");
                }
            }
        }
        for (final Categorical c : CATEGORICAL) {
            for (int g = 0; g < GROUPS.size(); g++) {
                for (int l = 0; l < c.levels().size(); l++) {
                    t.count(c.name(), GROUPS.get(g), c.levels().get(l), c.counts()[g][l], "exactly");
                }
            }
        }
        return t.build();
    }

    private static int index(final String measure) {
        for (int m = 0; m < MEASURES.size(); m++) {
            if (MEASURES.get(m).name().equals(measure)) {
                return m;
            }
        }
        throw new IllegalArgumentException(measure);
    }

    /** @return n values of the measure for group g: standardised normal draws shaped to the printed summary */
    private static double[] draw(final Measure m, final int g, final int n, final Random random) {
        final double[] z = Draws.standardised(random, n);
        final double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            final double s = z[i];
            final double value;
            if (m.q1() == null) {
                value = m.centre()[g] + m.sd()[g] * s;
            } else {
                final double scale = s < 0 ? (m.centre()[g] - m.q1()[g]) / 0.6745 : (m.q3()[g] - m.centre()[g]) / 0.6745;
                value = m.centre()[g] + scale * s;
            }
            out[i] = Draws.round(Math.max(0.05 * m.centre()[g], value), m.decimals());
        }
        return out;
    }
}
