package org.qmrinodes.core.synthetic;

import static org.qmrinodes.core.data.ResultTable.real;
import static org.qmrinodes.core.data.ResultTable.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.qmrinodes.core.data.ResultTable;

/**
 * A synthetic per-lesion feature table shaped after the DKI histogram study of Shen et al. 2025
 * (Tomography 11:31): 232 lesions (HER2-zero 60, HER2-low 91, HER2-over 81) with ADC, Dapp and
 * Kapp histogram features.
 *
 * <p><b>Targets matched:</b> the group means and SDs of the paper's Table 3 (all lesions) for
 * ADC_mean, ADC_median, ADC_p05, Dapp_mean, Dapp_median, Dapp_p05, Kapp_mean, Kapp_p95 and
 * Kapp_entropy, up to sampling error; group sizes exactly; lesion types from its Table 2 counts
 * (mass / NME / mass with NME). <b>Not matched:</b> the published p-values (rank-based tests on
 * unknown distributions) and the NME-subgroup ROC table.
 *
 * <p><b>Correlation structure</b> (an assumption, following the digest's guidance that features of
 * one map are strongly correlated and ADC and Dapp are correlated): each lesion has a latent
 * diffusivity z<sub>D</sub> and a latent heterogeneity z<sub>K</sub> (standard normal, correlation
 * −0.4); every feature is its group mean + group SD × (a·z + √(1−a²)·ε) with its own loading a
 * and independent noise ε, floored at 1% of the group mean (all these features are positive).
 * Values are rounded to 4 decimals, as a histogram tool would print them.
 * The random stream is {@link java.util.Random} (its algorithm is fixed by the Java specification),
 * so a seed gives the same table on every JVM.
 */
public final class Shen25FeatureCohort {

    /** Seed of the cohort bundled with the demo. */
    public static final long DEFAULT_SEED = 20250311L;

    /**
     * A combined model of the study (Shen 2025, METHODS §6.1 step 9): one diffusion parameter's
     * histogram features together in one logistic model.
     *
     * @param name the model's name in the paper's tables
     * @param features the cohort's columns it combines
     */
    public record CombinedModel(String name, List<String> features) {
        /** Copies the feature list. */
        public CombinedModel {
            features = List.copyOf(features);
        }
    }

    /** The paper's three combined models, over this cohort's columns. */
    public static final List<CombinedModel> COMBINED_MODELS = List.of(
        new CombinedModel("Combined_ADC", List.of("ADC_mean", "ADC_median", "ADC_p05")),
        new CombinedModel("Combined_D", List.of("Dapp_mean", "Dapp_median", "Dapp_p05")),
        new CombinedModel("Combined_K", List.of("Kapp_mean", "Kapp_p95", "Kapp_entropy")));

    private static final String[] GROUPS = {"HER2-zero", "HER2-low", "HER2-over"};
    private static final int[] SIZES = {60, 91, 81};
    /** Table 2 lesion types per group: mass, NME, mass with NME. */
    private static final int[][] LESION_TYPES = {{46, 7, 7}, {55, 14, 22}, {40, 13, 28}};

    /**
     * A feature: name, loading on its latent variable, which latent (true: diffusivity), and per
     * group (zero, low, over) mean and SD as printed in Table 3 (10⁻³ mm²/s for ADC and Dapp).
     */
    private record Feature(String name, double loading, boolean diffusivity, double[] mean, double[] sd) {
    }

    private static final List<Feature> FEATURES = List.of(
        new Feature("ADC_mean", 0.95, true, new double[] {1.008, 1.062, 1.092}, new double[] {0.181, 0.188, 0.181}),
        new Feature("ADC_median", 0.93, true, new double[] {0.987, 1.052, 1.077}, new double[] {0.177, 0.192, 0.183}),
        new Feature("ADC_p05", 0.80, true, new double[] {0.681, 0.708, 0.722}, new double[] {0.150, 0.194, 0.160}),
        new Feature("Dapp_mean", 0.85, true, new double[] {1.204, 1.212, 1.305}, new double[] {0.227, 0.199, 0.221}),
        new Feature("Dapp_median", 0.83, true, new double[] {1.176, 1.191, 1.280}, new double[] {0.225, 0.199, 0.225}),
        new Feature("Dapp_p05", 0.70, true, new double[] {0.849, 0.850, 0.952}, new double[] {0.171, 0.172, 0.177}),
        new Feature("Kapp_mean", 0.90, false, new double[] {0.978, 0.960, 0.897}, new double[] {0.180, 0.168, 0.140}),
        new Feature("Kapp_p95", 0.75, false, new double[] {1.459, 1.458, 1.282}, new double[] {0.453, 0.409, 0.328}),
        new Feature("Kapp_entropy", 0.60, false, new double[] {1.143, 1.171, 0.920},
            new double[] {0.421, 0.383, 0.408}));

    private Shen25FeatureCohort() {
    }

    /** @return the feature column names, in table order */
    public static List<String> featureNames() {
        return FEATURES.stream().map(Feature::name).toList();
    }

    /**
     * Draws the cohort.
     *
     * @param seed random seed
     * @return columns {@code patient_id, her2_status, lesion_type, low_vs_over, low_vs_zero} and one
     *         column per feature; the two endpoint columns hold the group label for the two groups
     *         compared and are missing for the third group
     */
    public static ResultTable generate(final long seed) {
        final Random random = new Random(seed);
        final List<ResultTable.Column> columns = new ArrayList<>(List.of(text("patient_id"), text("her2_status"),
            text("lesion_type"), text("low_vs_over"), text("low_vs_zero")));
        FEATURES.forEach(f -> columns.add(real(f.name())));
        final ResultTable.Builder table = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        final String[] lesionTypes = {"mass", "NME", "mass with NME"};
        int id = 1;
        for (int g = 0; g < GROUPS.length; g++) {
            int typeIndex = 0;
            int typeLeft = LESION_TYPES[g][0];
            for (int i = 0; i < SIZES[g]; i++) {
                while (typeLeft == 0) {
                    typeLeft = LESION_TYPES[g][++typeIndex];
                }
                typeLeft--;
                final double zD = random.nextGaussian();
                final double zK = -0.4 * zD + Math.sqrt(1 - 0.16) * random.nextGaussian();
                final List<Object> row = new ArrayList<>();
                row.add(String.format("P%03d", id++));
                row.add(GROUPS[g]);
                row.add(lesionTypes[typeIndex]);
                row.add(g == 0 ? null : GROUPS[g]);
                row.add(g == 2 ? null : GROUPS[g]);
                for (final Feature f : FEATURES) {
                    final double latent = f.diffusivity ? zD : zK;
                    final double z = f.loading * latent + Math.sqrt(1 - f.loading * f.loading) * random.nextGaussian();
                    final double value = Math.max(0.01 * f.mean[g], f.mean[g] + f.sd[g] * z);
                    row.add(Math.round(value * 1e4) / 1e4);
                }
                table.row(row.toArray());
            }
        }
        return table.build();
    }
}
