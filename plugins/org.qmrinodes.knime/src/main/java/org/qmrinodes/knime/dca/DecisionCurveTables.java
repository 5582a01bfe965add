package org.qmrinodes.knime.dca;

import java.util.List;

import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.stats.evaluation.DecisionCurve;

/**
 * The Decision Curve node's output tables: the curves with the columns of {@code qmri dca}, and the
 * threshold ranges over which each strategy (a model, {@code all} or {@code none}) has the highest net
 * benefit — a model only when it beats treating all and treating none by more than rounding (1e-12
 * relative); among tied models the first listed wins; treat-none wins a tie with treat-all.
 */
final class DecisionCurveTables {

    private static final double TIE = 1e-12;

    private DecisionCurveTables() {
    }

    /** @return columns {@code model,threshold,net_benefit,...,interventions_avoided_per_100}, curve after curve */
    static ResultTable curves(final List<List<DecisionCurve.Point>> curves) {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("model"), ResultTable.real("threshold"),
            ResultTable.real("net_benefit"), ResultTable.real("net_benefit_all"), ResultTable.real("net_benefit_none"),
            ResultTable.real("standardized_net_benefit"), ResultTable.real("interventions_avoided_per_100"));
        for (final List<DecisionCurve.Point> curve : curves) {
            for (final DecisionCurve.Point p : curve) {
                b.row(p.model(), p.threshold(), p.netBenefit(), p.netBenefitAll(), p.netBenefitNone(),
                    p.standardizedNetBenefit(), p.interventionsAvoidedPer100());
            }
        }
        return b.build();
    }

    /**
     * @param ranked one curve per strategy over the same thresholds: {@code none}, {@code all}, then the models
     * @return columns {@code model,from,to}: one row per run of consecutive thresholds with the same best strategy
     */
    static ResultTable bestRanges(final List<List<DecisionCurve.Point>> ranked) {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("model"), ResultTable.real("from"),
            ResultTable.real("to"));
        if (ranked.isEmpty()) {
            return b.build();
        }
        String runModel = null;
        double runFrom = Double.NaN;
        double runTo = Double.NaN;
        for (int t = 0; t < ranked.get(0).size(); t++) {
            DecisionCurve.Point best = ranked.get(0).get(t);
            for (final List<DecisionCurve.Point> c : ranked.subList(1, ranked.size())) {
                if (c.get(t).netBenefit() > best.netBenefit() + TIE * Math.max(1, Math.abs(best.netBenefit()))) {
                    best = c.get(t);
                }
            }
            if (!best.model().equals(runModel)) {
                if (runModel != null) {
                    b.row(runModel, runFrom, runTo);
                }
                runModel = best.model();
                runFrom = best.threshold();
            }
            runTo = best.threshold();
        }
        if (runModel != null) {
            b.row(runModel, runFrom, runTo);
        }
        return b.build();
    }
}
