package org.qmrinodes.core.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A square line chart with fixed axis ranges, a grid, an optional identity diagonal and a legend in
 * the lower right corner, rendered anti-aliased to PNG. Series are drawn in the styles of
 * {@link SeriesStyle}, distinguishable for colour-blind readers beyond twelve curves.
 */
public final class XyChart {

    /** The series colours ({@link SeriesStyle#COLOURS}). */
    public static final List<Color> PALETTE = SeriesStyle.COLOURS;

    /**
     * One polyline.
     *
     * @param label legend text
     * @param x x coordinates
     * @param y y coordinates, parallel to {@code x}
     */
    public record Series(String label, double[] x, double[] y) {
        /** Validates lengths and copies the arrays. */
        public Series {
            Objects.requireNonNull(label);
            if (x.length != y.length) {
                throw new IllegalArgumentException("x and y differ in length");
            }
            x = x.clone();
            y = y.clone();
        }
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final double min;
    private final double max;
    private final boolean diagonal;
    private final List<Series> series = new ArrayList<>();

    /**
     * @param title chart title (may be empty)
     * @param xLabel x-axis label
     * @param yLabel y-axis label
     * @param min lower end of both axes
     * @param max upper end of both axes
     * @param diagonal whether to draw the dashed identity line
     */
    public XyChart(final String title, final String xLabel, final String yLabel, final double min, final double max,
        final boolean diagonal) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.min = min;
        this.max = max;
        this.diagonal = diagonal;
    }

    /**
     * @param s a series to draw, in the next palette colour
     * @return this chart
     */
    public XyChart add(final Series s) {
        series.add(Objects.requireNonNull(s));
        return this;
    }

    /**
     * Renders the chart.
     *
     * @param sizePixels width and height of the image in pixels (fonts and lines scale with it)
     * @return the PNG bytes
     */
    public byte[] toPng(final int sizePixels) {
        return ChartCanvas.png(render(sizePixels));
    }

    /**
     * @param sizePixels width and height in pixels
     * @return the same drawing as {@link #toPng} as an SVG document
     */
    public String toSvg(final int sizePixels) {
        return ChartCanvas.svg(sizePixels, sizePixels, g -> draw(g, sizePixels / 600.0));
    }

    /**
     * @param sizePixels width and height in pixels
     * @return the rendered image
     */
    public BufferedImage render(final int sizePixels) {
        return ChartCanvas.render(sizePixels, sizePixels, g -> draw(g, sizePixels / 600.0));
    }

    private void draw(final Graphics2D g, final double u) {
        final Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(15 * u));
        final Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(18 * u));
        final double left = 80 * u;
        final double top = (title.isEmpty() ? 25 : 50) * u;
        final double side = 600 * u - left - 30 * u;
        final double plotSide = Math.min(side, 600 * u - top - 70 * u);
        final Rectangle2D area = new Rectangle2D.Double(left, top, plotSide, plotSide);

        g.setStroke(new BasicStroke((float) (1 * u)));
        g.setFont(tickFont);
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i <= 5; i++) {
            final double v = min + (max - min) * i / 5.0;
            final double px = toX(area, v);
            final double py = toY(area, v);
            g.setColor(new Color(0xE6E6E6));
            g.draw(new Line2D.Double(px, area.getMinY(), px, area.getMaxY()));
            g.draw(new Line2D.Double(area.getMinX(), py, area.getMaxX(), py));
            g.setColor(Color.DARK_GRAY);
            final String text = String.format(Locale.ROOT, "%.1f", v);
            g.drawString(text, (float) (px - fm.stringWidth(text) / 2.0), (float) (area.getMaxY() + 8 * u + fm.getAscent()));
            g.drawString(text, (float) (area.getMinX() - 8 * u - fm.stringWidth(text)),
                (float) (py + fm.getAscent() / 2.0 - 2 * u));
        }
        if (diagonal) {
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke((float) (1.2 * u), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {(float) (6 * u), (float) (5 * u)}, 0f));
            g.draw(new Line2D.Double(toX(area, min), toY(area, min), toX(area, max), toY(area, max)));
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke((float) (1.2 * u)));
        g.draw(area);

        for (int s = 0; s < series.size(); s++) {
            final Series line = series.get(s);
            final Path2D path = new Path2D.Double();
            for (int i = 0; i < line.x.length; i++) {
                final double px = toX(area, line.x[i]);
                final double py = toY(area, line.y[i]);
                if (i == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            g.setColor(SeriesStyle.colour(s));
            g.setStroke(SeriesStyle.stroke(s, 2.4 * u));
            g.draw(path);
        }

        g.setFont(labelFont);
        ChartCanvas.drawAxisLabels(g, area, xLabel, yLabel, 40 * u, 28 * u);
        ChartCanvas.drawTitle(g, title, area.getCenterX(), 30 * u, 580 * u, 600 * u, u);
        drawLegend(g, area, tickFont, u);
    }

    private void drawLegend(final Graphics2D g, final Rectangle2D area, final Font font, final double u) {
        if (series.isEmpty()) {
            return;
        }
        g.setFont(font);
        final FontMetrics fm = g.getFontMetrics();
        final double lineHeight = fm.getHeight() + 4 * u;
        final double swatch = 26 * u;
        double width = 0;
        for (final Series s : series) {
            width = Math.max(width, fm.stringWidth(s.label));
        }
        width += swatch + 26 * u;
        final double height = lineHeight * series.size() + 12 * u;
        final double x0 = area.getMaxX() - width - 10 * u;
        final double y0 = area.getMaxY() - height - 10 * u;
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(new Rectangle2D.Double(x0, y0, width, height));
        g.setColor(Color.LIGHT_GRAY);
        g.setStroke(new BasicStroke((float) u));
        g.draw(new Rectangle2D.Double(x0, y0, width, height));
        for (int s = 0; s < series.size(); s++) {
            final double yMid = y0 + 6 * u + lineHeight * (s + 0.5);
            g.setColor(SeriesStyle.colour(s));
            g.setStroke(SeriesStyle.stroke(s, 2.4 * u));
            g.draw(new Line2D.Double(x0 + 8 * u, yMid, x0 + 8 * u + swatch, yMid));
            g.setColor(Color.BLACK);
            g.drawString(series.get(s).label, (float) (x0 + 16 * u + swatch),
                (float) (yMid + fm.getAscent() / 2.0 - 2 * u));
        }
    }

    private double toX(final Rectangle2D area, final double v) {
        return area.getMinX() + (v - min) / (max - min) * area.getWidth();
    }

    private double toY(final Rectangle2D area, final double v) {
        return area.getMaxY() - (v - min) / (max - min) * area.getHeight();
    }
}
