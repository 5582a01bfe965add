package org.qmrinodes.core.plot;

import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.stats.lasso.CrossValidationResult;
import org.qmrinodes.core.stats.lasso.LogisticPath;

/**
 * The two classic plots of R glmnet: {@code plot(cv.glmnet)}, the CV curve (mean ± SD error bars
 * against log λ, dashed lines at lambda.min and lambda.1se, the number of non-zero coefficients
 * along the top), and {@code plot(glmnet, xvar = "lambda")}, the coefficient paths against log λ.
 */
public final class LassoPlots {

    private LassoPlots() {
    }

    /**
     * @param cv the cross-validation
     * @param title chart title (may be empty)
     * @param width width in pixels
     * @param height height in pixels
     * @return PNG bytes
     */
    public static byte[] cvCurve(final CrossValidationResult cv, final String title, final int width,
        final int height) {
        return cvChart(cv, title).toPng(width, height);
    }

    private static LineChart cvChart(final CrossValidationResult cv, final String title) {
        final LogisticPath path = cv.path();
        final double[] logLambda = logLambdas(path);
        final LineChart chart = new LineChart(title, "log(\u03bb)", cv.measure().title())
            .add(new LineChart.Series("", logLambda, cv.cvMean(), cv.cvSd()))
            .mark(new LineChart.Marker(logLambda[cv.indexMin()], "min"))
            .mark(new LineChart.Marker(logLambda[cv.index1se()], "1se"))
            .topLabels("Non-zero coefficients", nonzeroLabels(path, logLambda));
        return chart;
    }

    /**
     * @param path the path
     * @param title chart title (may be empty)
     * @param width width in pixels
     * @param height height in pixels
     * @return PNG bytes: one line per feature that is non-zero somewhere on the path
     */
    public static byte[] coefficientPaths(final LogisticPath path, final String title, final int width,
        final int height) {
        return pathChart(path, title).toPng(width, height);
    }

    /**
     * Both plots in one image, the CV curve on the left and the coefficient paths on the right,
     * each {@code width / 2} wide.
     *
     * @param cv the cross-validation
     * @param width width of the whole image in pixels
     * @param height height in pixels
     * @return PNG bytes
     */
    public static byte[] cvCurveAndPaths(final CrossValidationResult cv, final int width, final int height) {
        final int half = width / 2;
        final java.awt.image.BufferedImage left = cvChart(cv, "Cross-validation").render(half, height);
        final java.awt.image.BufferedImage right = pathChart(cv.path(), "Coefficient paths")
            .render(width - half, height);
        return ChartCanvas.png(ChartCanvas.render(width, height, g -> {
            g.drawImage(left, 0, 0, null);
            g.drawImage(right, half, 0, null);
        }));
    }

    private static LineChart pathChart(final LogisticPath path, final String title) {
        final double[] logLambda = logLambdas(path);
        final double[][] beta = path.coefficients();
        final LineChart chart = new LineChart(title, "log(\u03bb)", "Coefficients").withZeroLine()
            .topLabels("Non-zero coefficients", nonzeroLabels(path, logLambda));
        for (int j = 0; j < path.features().size(); j++) {
            final double[] y = new double[path.size()];
            boolean used = false;
            for (int s = 0; s < path.size(); s++) {
                y[s] = beta[s][j];
                used |= y[s] != 0;
            }
            if (used) {
                chart.add(new LineChart.Series("", logLambda, y, null));
            }
        }
        return chart;
    }

    private static double[] logLambdas(final LogisticPath path) {
        final double[] out = new double[path.size()];
        for (int s = 0; s < out.length; s++) {
            out[s] = Math.log(path.lambda(s));
        }
        return out;
    }

    private static List<LineChart.TopLabel> nonzeroLabels(final LogisticPath path, final double[] logLambda) {
        final List<LineChart.TopLabel> labels = new ArrayList<>();
        for (int s = 0; s < path.size(); s++) {
            labels.add(new LineChart.TopLabel(logLambda[s], Integer.toString(path.nonzero(s))));
        }
        return labels;
    }
}
