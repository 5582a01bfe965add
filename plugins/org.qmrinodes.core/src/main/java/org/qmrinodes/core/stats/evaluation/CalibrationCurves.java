package org.qmrinodes.core.stats.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;

/**
 * The calibration of one or more probability columns on the same cases, as tables and as the data
 * of a calibration plot: per model {@link Calibration} ({@code rms::val.prob}), the Hosmer–Lemeshow
 * test over g groups of predicted risk, the binned curve (per group: mean prediction, observed
 * proportion with its exact Clopper–Pearson interval, as R {@code binom.test}) and the lowess curve
 * with one point per distinct prediction. The CLI's {@code calibration} command and the Calibration
 * node both write these tables.
 */
public final class CalibrationCurves {

    /**
     * One group of the binned curve.
     *
     * @param predicted mean predicted probability of the group
     * @param observed observed proportion of events
     * @param n cases in the group
     * @param lower lower limit of the exact interval of the proportion
     * @param upper upper limit
     */
    public record Bin(double predicted, double observed, int n, double lower, double upper) {
    }

    /**
     * One model's calibration.
     *
     * @param name the probability column
     * @param probabilities its predictions, case by case
     * @param calibration the val.prob indices
     * @param hosmerLemeshow the test, or null when it cannot be formed
     * @param problem why there is no test (null when there is one)
     * @param bins the binned curve (empty without a test)
     * @param smoothed the lowess curve, one point per distinct prediction
     */
    public record Model(String name, double[] probabilities, Calibration calibration,
        HosmerLemeshow.Result hosmerLemeshow, String problem, List<Bin> bins, Lowess.Curve smoothed) {
    }

    private CalibrationCurves() {
    }

    /**
     * @param name the model's name
     * @param probability predicted probability per case
     * @param event outcome per case
     * @param groups Hosmer–Lemeshow groups
     * @param confidence level of the binned intervals, e.g. 0.95
     * @return the model's calibration
     * @throws InvalidDataException naming the model when its calibration cannot be computed
     */
    public static Model of(final String name, final double[] probability, final boolean[] event, final int groups,
        final double confidence) {
        final Calibration c;
        try {
            c = Calibration.of(probability, event);
        } catch (final InvalidDataException e) {
            throw new InvalidDataException("probability column '" + name + "': " + e.getMessage());
        }
        HosmerLemeshow.Result hl = null;
        String problem = null;
        final List<Bin> bins = new ArrayList<>();
        try {
            hl = HosmerLemeshow.test(probability, event, groups, HosmerLemeshow.DfRule.REQUESTED);
            for (final HosmerLemeshow.Group g : hl.groups()) {
                final double[] ci = clopperPearson(g.observedEvents(), g.n(), confidence);
                bins.add(new Bin(g.expectedEvents() / g.n(), (double) g.observedEvents() / g.n(), g.n(), ci[0], ci[1]));
            }
        } catch (final InvalidDataException e) {
            problem = "no Hosmer-Lemeshow test for '" + name + "': " + e.getMessage();
        }
        return new Model(name, probability.clone(), c, hl, problem, List.copyOf(bins), distinct(c.curve()));
    }

    /**
     * The exact binomial interval of R {@code binom.test(x, n, conf.level)}: lower =
     * B⁻¹(α/2; x, n − x + 1) (0 when x = 0), upper = B⁻¹(1 − α/2; x + 1, n − x) (1 when x = n).
     *
     * @return {lower, upper}
     */
    public static double[] clopperPearson(final int x, final int n, final double confidence) {
        final double alpha = 1 - confidence;
        final double lower = x == 0 ? 0 : BetaDistribution.of(x, n - x + 1.0).inverseCumulativeProbability(alpha / 2);
        final double upper = x == n ? 1 : BetaDistribution.of(x + 1.0, n - x).inverseCumulativeProbability(1 - alpha / 2);
        return new double[] {lower, upper};
    }

    /** @return the per-model table's columns, as {@code qmri calibration} writes them */
    public static ResultTable.Builder summaryColumns() {
        return ResultTable.builder(ResultTable.text("model"), ResultTable.integer("n"), ResultTable.integer("events"),
            ResultTable.real("brier"), ResultTable.real("brier_scaled"), ResultTable.real("intercept"),
            ResultTable.real("slope"), ResultTable.real("e_max"), ResultTable.real("e_avg"), ResultTable.real("e_90"),
            ResultTable.real("ici"), ResultTable.real("hl_chi2"), ResultTable.integer("hl_df"), ResultTable.real("hl_p"));
    }

    /**
     * @return the curve table's columns: {@code model,kind,predicted,observed,n} ({@code kind} =
     *         {@code binned} or {@code smoothed}) and the binned points' interval {@code lower,upper}
     */
    public static ResultTable.Builder curveColumns() {
        return ResultTable.builder(ResultTable.text("model"), ResultTable.text("kind"), ResultTable.real("predicted"),
            ResultTable.real("observed"), ResultTable.integer("n"), ResultTable.real("lower"), ResultTable.real("upper"));
    }

    /** @return one row per model */
    public static ResultTable summary(final List<Model> models) {
        final ResultTable.Builder t = summaryColumns();
        for (final Model m : models) {
            final Calibration c = m.calibration();
            final HosmerLemeshow.Result hl = m.hosmerLemeshow();
            t.row(m.name(), m.probabilities().length, c.events(), c.brier(), c.brierScaled(), c.intercept(), c.slope(),
                c.eMax(), c.eAvg(), c.e90(), c.ici(), hl == null ? null : hl.chiSquare(), hl == null ? null : hl.df(),
                hl == null ? null : hl.pValue());
        }
        return t.build();
    }

    /** @return per model its smoothed points, then its binned points */
    public static ResultTable curves(final List<Model> models) {
        final ResultTable.Builder t = curveColumns();
        for (final Model m : models) {
            for (int i = 0; i < m.smoothed().x().length; i++) {
                t.row(m.name(), "smoothed", m.smoothed().x()[i], m.smoothed().fitted()[i], null, null, null);
            }
            for (final Bin b : m.bins()) {
                t.row(m.name(), "binned", b.predicted(), b.observed(), b.n(), b.lower(), b.upper());
            }
        }
        return t.build();
    }

    /** The curve with one point per distinct predicted value (tied predictions share their smoothed value). */
    private static Lowess.Curve distinct(final Lowess.Curve curve) {
        final List<double[]> points = new ArrayList<>();
        for (int i = 0; i < curve.x().length; i++) {
            if (i == 0 || curve.x()[i] != curve.x()[i - 1]) {
                points.add(new double[] {curve.x()[i], curve.fitted()[i]});
            }
        }
        return new Lowess.Curve(points.stream().mapToDouble(q -> q[0]).toArray(),
            points.stream().mapToDouble(q -> q[1]).toArray());
    }
}
