package org.qmrinodes.core.plot;

import java.util.List;

import org.qmrinodes.core.stats.evaluation.DecisionCurve;

/**
 * Decision curves as Vickers &amp; Elkin draw them: net benefit against threshold probability for
 * each model, treat all and treat none, with a line at zero; net benefits below {@link #FLOOR} are
 * left off (treat all falls steeply at high thresholds) and the line is broken there rather than
 * drawn across the thresholds it skips.
 */
public final class DecisionCurvePlot {

    /** Lowest net benefit drawn. */
    public static final double FLOOR = -0.05;

    private DecisionCurvePlot() {
    }

    /**
     * @param curves one curve per model, then treat all and treat none, as {@link DecisionCurve} gives them
     * @return the chart (PNG through {@link LineChart#toPng}, SVG through {@link LineChart#toSvg})
     */
    public static LineChart chart(final List<List<DecisionCurve.Point>> curves) {
        final LineChart chart = new LineChart("", "Threshold probability", "Net benefit").withZeroLine();
        for (final List<DecisionCurve.Point> curve : curves) {
            if (curve.stream().noneMatch(p -> p.netBenefit() >= FLOOR)) {
                continue;
            }
            chart.add(new LineChart.Series(label(curve.get(0).model()),
                curve.stream().mapToDouble(DecisionCurve.Point::threshold).toArray(),
                curve.stream().mapToDouble(p -> p.netBenefit() >= FLOOR ? p.netBenefit() : Double.NaN).toArray(),
                null));
        }
        return chart;
    }

    private static String label(final String model) {
        return switch (model) {
            case "all" -> "Treat all";
            case "none" -> "Treat none";
            default -> model;
        };
    }
}
