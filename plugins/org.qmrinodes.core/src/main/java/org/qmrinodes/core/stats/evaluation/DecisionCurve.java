package org.qmrinodes.core.stats.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;

/**
 * Decision curve analysis (Vickers &amp; Elkin, Med Decis Making 2006). At threshold probability
 * pt a case is treated when its predicted probability is ≥ pt:
 * <pre>
 * NB(pt)      = TP/n − FP/n · pt/(1 − pt)
 * NB_all(pt)  = prevalence − (1 − prevalence) · pt/(1 − pt)      (treat all)
 * NB_none     = 0                                                  (treat none)
 * sNB         = NB / prevalence
 * avoided/100 = (NB − NB_all) / (pt/(1 − pt)) · 100
 * </pre>
 * as Python {@code dcurves} 1.1 computes them (its interventions avoided are per person).
 */
public final class DecisionCurve {

    /**
     * One point of a model's curve.
     *
     * @param model the model (or {@code all} / {@code none})
     * @param threshold pt
     * @param netBenefit NB of the model
     * @param netBenefitAll NB of treating all
     * @param netBenefitNone NB of treating none (0)
     * @param standardizedNetBenefit NB / prevalence
     * @param interventionsAvoidedPer100 (NB − NB_all) / odds(pt) · 100
     */
    public record Point(String model, double threshold, double netBenefit, double netBenefitAll, double netBenefitNone,
        double standardizedNetBenefit, double interventionsAvoidedPer100) {
    }

    /**
     * A run of consecutive thresholds over which one strategy has the highest net benefit.
     *
     * @param model the model, {@code all} or {@code none}
     * @param from first threshold of the run
     * @param to last threshold of the run
     */
    public record Range(String model, double from, double to) {
    }

    /**
     * The curves of several models over the same cases, with treat-all and treat-none.
     *
     * @param models one curve per model, in the order given
     * @param all treat all (every case treated)
     * @param none treat none
     */
    public record Analysis(List<List<Point>> models, List<Point> all, List<Point> none) {

        /** Copies the lists. */
        public Analysis {
            models = models.stream().map(List::copyOf).toList();
            all = List.copyOf(all);
            none = List.copyOf(none);
        }

        /** @return the models' curves, then treat-all, then treat-none */
        public List<List<Point>> curves() {
            final List<List<Point>> out = new ArrayList<>(models);
            out.add(all);
            out.add(none);
            return out;
        }

        /**
         * The threshold ranges over which each strategy has the highest net benefit. A model counts as
         * best only when it beats treating all and treating none by more than rounding (1e-12 relative);
         * among tied models the first listed wins; treat-none wins a tie with treat-all.
         *
         * @return one range per run of consecutive thresholds with the same best strategy
         */
        public List<Range> bestRanges() {
            final List<List<Point>> ranked = new ArrayList<>();
            ranked.add(none);
            ranked.add(all);
            ranked.addAll(models);
            final List<Range> out = new ArrayList<>();
            String run = null;
            double from = Double.NaN;
            double to = Double.NaN;
            for (int t = 0; t < none.size(); t++) {
                Point best = none.get(t);
                for (final List<Point> c : ranked.subList(1, ranked.size())) {
                    if (c.get(t).netBenefit() > best.netBenefit() + TIE * Math.max(1, Math.abs(best.netBenefit()))) {
                        best = c.get(t);
                    }
                }
                if (!best.model().equals(run)) {
                    if (run != null) {
                        out.add(new Range(run, from, to));
                    }
                    run = best.model();
                    from = best.threshold();
                }
                to = best.threshold();
            }
            if (run != null) {
                out.add(new Range(run, from, to));
            }
            return List.copyOf(out);
        }
    }

    /** Relative margin below which net benefits are taken as tied. */
    private static final double TIE = 1e-12;

    private DecisionCurve() {
    }

    /**
     * @param models the models' names
     * @param probabilities the models' predicted probabilities, one array per model over the same cases
     * @param event whether each case has the event
     * @param thresholds the thresholds
     * @return the models' curves with treat-all and treat-none
     */
    public static Analysis analyse(final List<String> models, final List<double[]> probabilities, final boolean[] event,
        final double[] thresholds) {
        final List<List<Point>> curves = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            curves.add(curve(models.get(m), probabilities.get(m), event, thresholds));
        }
        final double[] treated = new double[event.length];
        java.util.Arrays.fill(treated, 1);
        return new Analysis(curves, curve("all", treated, event, thresholds),
            curve("none", new double[event.length], event, thresholds));
    }

    /**
     * @param curves curves, e.g. {@link Analysis#curves()}
     * @return columns {@code model, threshold, net_benefit, net_benefit_all, net_benefit_none,
     *         standardized_net_benefit, interventions_avoided_per_100}, curve after curve
     */
    public static ResultTable curveTable(final List<List<Point>> curves) {
        final ResultTable.Builder b = ResultTable.builder(
            ResultTable.text("model"), ResultTable.real("threshold"),
            ResultTable.real("net_benefit"), ResultTable.real("net_benefit_all"),
            ResultTable.real("net_benefit_none"),
            ResultTable.real("standardized_net_benefit"),
            ResultTable.real("interventions_avoided_per_100"));
        for (final List<Point> curve : curves) {
            for (final Point p : curve) {
                b.row(p.model(), p.threshold(), p.netBenefit(), p.netBenefitAll(), p.netBenefitNone(),
                    p.standardizedNetBenefit(), p.interventionsAvoidedPer100());
            }
        }
        return b.build();
    }

    /**
     * @param ranges ranges, e.g. {@link Analysis#bestRanges()}
     * @return columns {@code model, from, to}, one row per range
     */
    public static ResultTable rangeTable(final List<Range> ranges) {
        final ResultTable.Builder b = ResultTable.builder(
            ResultTable.text("model"), ResultTable.real("from"),
            ResultTable.real("to"));
        ranges.forEach(r -> b.row(r.model(), r.from(), r.to()));
        return b.build();
    }

    /**
     * The thresholds {@code from, from + step, …, ≤ to}, each the double nearest to its decimal value
     * (so that a prediction equal to a threshold compares as it should).
     *
     * @param from first threshold, &gt; 0
     * @param to last threshold, &lt; 1
     * @param step step, &gt; 0
     * @return the thresholds
     * @throws InvalidDataException when the range is not inside (0, 1) or the step not positive
     */
    public static double[] thresholds(final double from, final double to, final double step) {
        if (!(from > 0 && to < 1 && from <= to && step > 0)) {
            throw new InvalidDataException("thresholds " + from + ":" + to + ":" + step
                + " must satisfy 0 < from <= to < 1 and step > 0");
        }
        final BigDecimal f = new BigDecimal(Double.toString(from));
        final BigDecimal s = new BigDecimal(Double.toString(step));
        final BigDecimal t = new BigDecimal(Double.toString(to));
        final List<Double> out = new ArrayList<>();
        for (BigDecimal x = f; x.compareTo(t) <= 0; x = x.add(s)) {
            out.add(x.doubleValue());
            if (out.size() > 100_000) {
                throw new InvalidDataException("thresholds " + from + ":" + to + ":" + step + " give more than 100000 points");
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * @param model the model's name
     * @param probability predicted probability per case, in [0, 1]
     * @param event whether each case has the event
     * @param thresholds the thresholds, each in (0, 1)
     * @return one point per threshold
     * @throws InvalidDataException when the lengths differ, there are no cases, or a probability is
     *         not finite or outside [0, 1] (the message names the case)
     */
    public static List<Point> curve(final String model, final double[] probability, final boolean[] event,
        final double[] thresholds) {
        if (probability.length != event.length || probability.length == 0) {
            throw new InvalidDataException(model + ": " + probability.length + " probabilities for " + event.length
                + " outcomes; a decision curve needs the same number, at least one");
        }
        int events = 0;
        for (int i = 0; i < probability.length; i++) {
            if (!(probability[i] >= 0 && probability[i] <= 1)) {
                throw new InvalidDataException(model + ": case " + (i + 1) + " has probability " + probability[i]
                    + ", not in [0, 1]");
            }
            if (event[i]) {
                events++;
            }
        }
        final double n = probability.length;
        final double prevalence = events / n;
        final List<Point> out = new ArrayList<>(thresholds.length);
        for (final double pt : thresholds) {
            if (!(pt > 0 && pt < 1)) {
                throw new InvalidDataException("threshold " + pt + " is not in (0, 1)");
            }
            int tp = 0;
            int fp = 0;
            for (int i = 0; i < probability.length; i++) {
                if (probability[i] >= pt) {
                    if (event[i]) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            final double odds = pt / (1 - pt);
            final double nb = tp / n - fp / n * odds;
            final double all = prevalence - (1 - prevalence) * odds;
            out.add(new Point(model, pt, nb, all, 0, events == 0 ? Double.NaN : nb / prevalence, (nb - all) / odds * 100));
        }
        return out;
    }
}
