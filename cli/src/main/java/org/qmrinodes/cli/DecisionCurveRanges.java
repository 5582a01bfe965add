package org.qmrinodes.cli;

import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.stats.evaluation.DecisionCurve;

/**
 * The threshold ranges over which each strategy (a model, {@code all} or {@code none}) has the highest
 * net benefit. A model counts as best only when it beats treating all and treating none by more than
 * rounding (1e-12 relative); among tied models the first listed wins; treat-none wins a tie with treat-all.
 */
final class DecisionCurveRanges {

    private static final double TIE = 1e-12;

    private DecisionCurveRanges() {
    }

    /**
     * @param curves one curve per strategy, all over the same thresholds, {@code none} first, then
     *     {@code all}, then the models in the order they were asked for
     * @return columns {@code model,from,to}: one row per run of consecutive thresholds with the same best strategy
     */
    static ResultTable table(final List<List<DecisionCurve.Point>> curves) {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("model"), ResultTable.real("from"),
            ResultTable.real("to"));
        final int points = curves.get(0).size();
        String runModel = null;
        double runFrom = Double.NaN;
        double runTo = Double.NaN;
        for (int t = 0; t < points; t++) {
            final String best = best(curves, t);
            final double threshold = curves.get(0).get(t).threshold();
            if (!best.equals(runModel)) {
                if (runModel != null) {
                    b.row(runModel, runFrom, runTo);
                }
                runModel = best;
                runFrom = threshold;
            }
            runTo = threshold;
        }
        if (runModel != null) {
            b.row(runModel, runFrom, runTo);
        }
        return b.build();
    }

    private static String best(final List<List<DecisionCurve.Point>> curves, final int t) {
        DecisionCurve.Point best = curves.get(0).get(t);
        for (final List<DecisionCurve.Point> c : curves.subList(1, curves.size())) {
            final DecisionCurve.Point p = c.get(t);
            final double margin = TIE * Math.max(1, Math.abs(best.netBenefit()));
            if (p.netBenefit() > best.netBenefit() + margin) {
                best = p;
            }
        }
        return best.model();
    }

    /** @return the strategies in the order {@link #table} expects them: none, all, then the models */
    static List<List<DecisionCurve.Point>> inRankingOrder(final List<List<DecisionCurve.Point>> models,
        final List<DecisionCurve.Point> all, final List<DecisionCurve.Point> none) {
        final List<List<DecisionCurve.Point>> out = new ArrayList<>();
        out.add(none);
        out.add(all);
        out.addAll(models);
        return out;
    }
}
