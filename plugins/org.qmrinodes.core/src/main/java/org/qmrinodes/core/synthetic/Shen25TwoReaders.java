package org.qmrinodes.core.synthetic;

import static org.qmrinodes.core.data.ResultTable.real;
import static org.qmrinodes.core.data.ResultTable.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.stats.comparison.GroupSummary;

/**
 * A synthetic two-reader re-measurement of the {@link Shen25FeatureCohort} demo cohort, in long
 * format (one row per lesion and reader), for the ICC nodes and {@code qmri icc}.
 *
 * <p><b>Reader-noise model</b> (an assumption; the study reports only the resulting ICCs): the
 * cohort's value of a feature is the lesion's true value t; reader r measures
 * x = t + b<sub>r</sub> + e with a systematic reader offset b<sub>1</sub> = −d/2, b<sub>2</sub> = +d/2
 * (e.g. one reader draws slightly larger VOIs) and independent measurement error e ~ N(0, σ<sub>e</sub>²).
 * With σ<sub>t</sub> the cohort SD of the feature and a target ICC(2,1) ρ, the non-true variance
 * V = σ<sub>t</sub>²(1/ρ − 1) is split 10% to the reader offset (d²/2 = 0.1 V) and 90% to the error
 * (σ<sub>e</sub>² = 0.9 V), so that the two-way random, absolute-agreement ICC(2,1) estimates ρ up
 * to sampling error (about ±0.03 with 232 lesions). A measurement is floored at 1% of the true value
 * (all these features are positive) and rounded to 4 decimals.
 *
 * <p><b>Targets:</b> Shen25 reports (METHODS.md §5 and §7.1) "ICC ADC 0.811–0.883, Dapp 0.773–0.858,
 * Kapp 0.761–0.892" over its 21 histogram features. ADC_median, ADC_p05, Dapp_mean, Dapp_median,
 * Kapp_mean and Kapp_p95 are set inside those ranges. So that the agreement nodes show the whole
 * range of bands and the ICC &gt; 0.75 filter has something to drop, three targets are deliberately
 * outside them (not from the paper): ADC_mean 0.93 (excellent), Dapp_p05 0.62 (moderate) and
 * Kapp_entropy 0.42 (poor).
 */
public final class Shen25TwoReaders {

    /** Seed of the two-reader table bundled with the demo. */
    public static final long DEFAULT_SEED = 20250312L;

    /** The reader labels, in row order. */
    public static final List<String> READERS = List.of("reader1", "reader2");

    /** Target ICC(2,1) per feature, in {@link Shen25FeatureCohort#featureNames()} order. */
    private static final double[] TARGET_ICC = {0.93, 0.88, 0.82, 0.85, 0.78, 0.62, 0.89, 0.77, 0.42};

    /** Share of the non-true variance that is a systematic reader offset. */
    private static final double OFFSET_SHARE = 0.1;

    private Shen25TwoReaders() {
    }

    /**
     * @param feature a feature of the cohort
     * @return the target ICC(2,1) of that feature
     * @throws IllegalArgumentException if it is not a cohort feature
     */
    public static double targetIcc(final String feature) {
        final int f = Shen25FeatureCohort.featureNames().indexOf(feature);
        if (f < 0) {
            throw new IllegalArgumentException("not a feature of the cohort: " + feature);
        }
        return TARGET_ICC[f];
    }

    /**
     * @param cohort the cohort as {@link Shen25FeatureCohort#generate} makes it (the true values)
     * @param seed random seed of the reader noise
     * @return columns {@code patient_id, reader} and one column per feature; two rows per lesion
     *         (reader1, reader2), in the cohort's row order
     */
    public static ResultTable generate(final ResultTable cohort, final long seed) {
        final List<String> features = Shen25FeatureCohort.featureNames();
        final int id = cohort.columnNames().indexOf("patient_id");
        final int[] index = features.stream().mapToInt(cohort.columnNames()::indexOf).toArray();
        final double[] offset = new double[features.size()];
        final double[] errorSd = new double[features.size()];
        for (int f = 0; f < features.size(); f++) {
            final double sd = sd(cohort, index[f]);
            final double nonTrue = sd * sd * (1 / TARGET_ICC[f] - 1);
            offset[f] = Math.sqrt(2 * OFFSET_SHARE * nonTrue);
            errorSd[f] = Math.sqrt((1 - OFFSET_SHARE) * nonTrue);
        }
        final List<ResultTable.Column> columns = new ArrayList<>(List.of(text("patient_id"), text("reader")));
        features.forEach(f -> columns.add(real(f)));
        final ResultTable.Builder table = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        final Random random = new Random(seed);
        for (final List<Object> lesion : cohort.rows()) {
            for (int r = 0; r < READERS.size(); r++) {
                final List<Object> row = new ArrayList<>(List.of(lesion.get(id), READERS.get(r)));
                for (int f = 0; f < features.size(); f++) {
                    final double truth = (Double) lesion.get(index[f]);
                    final double x = truth + (r == 0 ? -0.5 : 0.5) * offset[f] + errorSd[f] * random.nextGaussian();
                    row.add(Math.round(Math.max(0.01 * truth, x) * 1e4) / 1e4);
                }
                table.row(row.toArray());
            }
        }
        return table.build();
    }

    /** @return the two-reader table of the bundled cohort with the default seeds */
    public static ResultTable generateDefault() {
        return generate(Shen25FeatureCohort.generate(Shen25FeatureCohort.DEFAULT_SEED), DEFAULT_SEED);
    }

    private static double sd(final ResultTable t, final int column) {
        return GroupSummary.of("cohort", t.rows().stream().mapToDouble(r -> (Double) r.get(column)).toArray()).sd();
    }
}
