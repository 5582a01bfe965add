package org.qmrinodes.core.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;

import org.qmrinodes.core.stats.evaluation.CalibrationCurves;

/**
 * Calibration curves on the unit square, overlaid per model: the dashed ideal line, the lowess curve,
 * the binned observed proportions with their exact 95 % intervals, and along the bottom a spike
 * histogram of the predictions (bins of 0.01, as {@code rms::val.prob}'s risk distribution), each
 * model in its palette colour; the legend gives each model's calibration slope and intercept.
 */
public final class CalibrationPlot implements Figure {

    private final String title;
    private final List<CalibrationCurves.Model> models;

    /**
     * @param title the title (may be empty)
     * @param models the models, drawn in palette order
     */
    public CalibrationPlot(final String title, final List<CalibrationCurves.Model> models) {
        this.title = Objects.requireNonNull(title);
        this.models = List.copyOf(models);
    }

    @Override
    public int height(final int width) {
        return width;
    }

    @Override
    public void draw(final Graphics2D g, final int width, final int height) {
        final double u = width / 600.0;
        final Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(14 * u));
        final Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(17 * u));
        ChartCanvas.drawTitle(g, title, width / 2.0, 32 * u, width - 20 * u, width, u);
        final double top = (title.isEmpty() ? 20 : 50) * u;
        final double side = Math.min(width - 100 * u, height - top - 75 * u);
        final Rectangle2D area = new Rectangle2D.Double(80 * u, top, side, side);
        final java.util.function.DoubleUnaryOperator x = v -> area.getMinX() + v * area.getWidth();
        final java.util.function.DoubleUnaryOperator y = v -> area.getMaxY() - v * area.getHeight();

        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke((float) (1.2 * u)));
        g.draw(area);
        g.setFont(tickFont);
        final FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i <= 5; i++) {
            final double v = i / 5.0;
            final String s = ChartCanvas.tickLabel(v);
            g.draw(new Line2D.Double(x.applyAsDouble(v), area.getMaxY(), x.applyAsDouble(v), area.getMaxY() + 6 * u));
            g.drawString(s, (float) (x.applyAsDouble(v) - fm.stringWidth(s) / 2.0), (float) (area.getMaxY() + 8 * u + fm.getAscent()));
            g.draw(new Line2D.Double(area.getMinX() - 6 * u, y.applyAsDouble(v), area.getMinX(), y.applyAsDouble(v)));
            g.drawString(s, (float) (area.getMinX() - 10 * u - fm.stringWidth(s)), (float) (y.applyAsDouble(v) + fm.getAscent() / 2.5));
        }
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke((float) (1.2 * u), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {(float) (7 * u), (float) (5 * u)}, 0));
        g.draw(new Line2D.Double(x.applyAsDouble(0), y.applyAsDouble(0), x.applyAsDouble(1), y.applyAsDouble(1)));

        for (int m = 0; m < models.size(); m++) {
            final CalibrationCurves.Model model = models.get(m);
            final Color colour = SeriesStyle.colour(m);
            drawRiskDistribution(g, model.probabilities(), area, colour, u);
            g.setColor(colour);
            g.setStroke(SeriesStyle.stroke(m, 2.2 * u));
            final Path2D curve = new Path2D.Double();
            final double[] px = model.smoothed().x();
            final double[] py = model.smoothed().fitted();
            for (int i = 0; i < px.length; i++) {
                final double cy = Math.max(0, Math.min(1, py[i]));
                if (i == 0) {
                    curve.moveTo(x.applyAsDouble(px[i]), y.applyAsDouble(cy));
                } else {
                    curve.lineTo(x.applyAsDouble(px[i]), y.applyAsDouble(cy));
                }
            }
            g.draw(curve);
            g.setStroke(new BasicStroke((float) (1.4 * u)));
            final double r = 4.5 * u;
            for (final CalibrationCurves.Bin b : model.bins()) {
                final double bx = x.applyAsDouble(b.predicted());
                g.draw(new Line2D.Double(bx, y.applyAsDouble(b.lower()), bx, y.applyAsDouble(b.upper())));
                g.fill(new Ellipse2D.Double(bx - r, y.applyAsDouble(b.observed()) - r, 2 * r, 2 * r));
            }
        }
        drawLegend(g, area, u, tickFont);
        g.setFont(labelFont);
        ChartCanvas.drawAxisLabels(g, area, "Predicted probability", "Observed proportion", 42 * u, 26 * u);
    }

    private static void drawRiskDistribution(final Graphics2D g, final double[] p, final Rectangle2D area,
        final Color colour, final double u) {
        final int[] counts = new int[101];
        int most = 0;
        for (final double v : p) {
            final int bin = (int) Math.round(Math.max(0, Math.min(1, v)) * 100);
            most = Math.max(most, ++counts[bin]);
        }
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 150));
        g.setStroke(new BasicStroke((float) (1.5 * u)));
        final double tallest = area.getHeight() * 0.08;
        for (int b = 0; b <= 100; b++) {
            if (counts[b] > 0) {
                final double bx = area.getMinX() + b / 100.0 * area.getWidth();
                g.draw(new Line2D.Double(bx, area.getMaxY(), bx, area.getMaxY() - tallest * counts[b] / most));
            }
        }
    }

    private void drawLegend(final Graphics2D g, final Rectangle2D area, final double u, final Font font) {
        g.setFont(font);
        final FontMetrics fm = g.getFontMetrics();
        final double lineHeight = fm.getHeight() * 1.15;
        double yy = area.getMinY() + 14 * u + fm.getAscent();
        for (int m = 0; m < models.size(); m++) {
            final CalibrationCurves.Model model = models.get(m);
            final String text = model.name() + ": slope " + String.format(java.util.Locale.ROOT, "%.2f",
                model.calibration().slope()) + ", intercept "
                + String.format(java.util.Locale.ROOT, "%.2f", model.calibration().intercept());
            final double lx = area.getMinX() + 14 * u;
            g.setColor(SeriesStyle.colour(m));
            g.setStroke(SeriesStyle.stroke(m, 2.2 * u));
            g.draw(new Line2D.Double(lx, yy - fm.getAscent() / 3.0, lx + 26 * u, yy - fm.getAscent() / 3.0));
            g.setColor(Color.BLACK);
            g.drawString(text, (float) (lx + 34 * u), (float) yy);
            yy += lineHeight;
        }
    }
}
