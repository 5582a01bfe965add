package org.qmrinodes.core.plot;

import java.util.List;
import java.util.Locale;

import org.qmrinodes.core.stats.roc.RocCurve;
import org.qmrinodes.core.stats.roc.RocResult;

/**
 * ROC curves of several scores overlaid: sensitivity against 1 − specificity, with the chance
 * diagonal, and each score's AUC and confidence interval in the legend.
 */
public final class RocPlot {

    private RocPlot() {
    }

    /**
     * @param results the analyses to draw, in legend order
     * @param title chart title (may be empty)
     * @param sizePixels width and height of the PNG
     * @return PNG bytes
     */
    public static byte[] png(final List<RocResult> results, final String title, final int sizePixels) {
        final XyChart chart = new XyChart(title, "1 \u2212 Specificity", "Sensitivity", 0, 1, true);
        for (final RocResult r : results) {
            final RocCurve c = r.curve();
            final double[] x = new double[c.size()];
            final double[] y = new double[c.size()];
            for (int i = 0; i < c.size(); i++) {
                x[i] = 1 - c.specificity(i);
                y[i] = c.sensitivity(i);
            }
            chart.add(new XyChart.Series(legend(r), x, y));
        }
        return chart.toPng(sizePixels);
    }

    /** @return e.g. {@code ADC_mean: AUC 0.812 (0.741–0.883)} */
    static String legend(final RocResult r) {
        return String.format(Locale.ROOT, "%s: AUC %.3f (%.3f\u2013%.3f)", r.score(), r.auc(), r.ciLower(),
            r.ciUpper());
    }
}
