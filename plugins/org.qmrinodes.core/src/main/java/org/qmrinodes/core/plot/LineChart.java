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
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A rectangular chart with axis ranges taken from the data (or set), "nice" tick marks, series
 * drawn as lines or as points with vertical error bars, dashed vertical reference lines, and an
 * optional row of labels along the top edge (e.g. the number of non-zero coefficients per lambda,
 * as R glmnet's plots). Rendered anti-aliased to PNG in the styles of {@link SeriesStyle}.
 */
public final class LineChart {

    /**
     * One series.
     *
     * @param label legend text (empty: not in the legend)
     * @param x x coordinates
     * @param y y coordinates
     * @param errors half-widths of vertical error bars, or {@code null}; a series with error bars is
     *        drawn as points
     */
    public record Series(String label, double[] x, double[] y, double[] errors) {
        /** Validates lengths and copies. */
        public Series {
            Objects.requireNonNull(label);
            if (x.length != y.length || errors != null && errors.length != x.length) {
                throw new IllegalArgumentException("x, y and errors differ in length");
            }
            x = x.clone();
            y = y.clone();
            errors = errors == null ? null : errors.clone();
        }
    }

    /**
     * @param x position on the x axis
     * @param label text beside the line (may be empty)
     */
    public record Marker(double x, String label) {
    }

    /**
     * @param x position on the x axis
     * @param text label written above the plot area at {@code x}
     */
    public record TopLabel(double x, String text) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<TopLabel> topLabels = new ArrayList<>();
    private String topAxisLabel = "";
    private boolean zeroLine;

    /**
     * @param title chart title (may be empty)
     * @param xLabel x-axis label
     * @param yLabel y-axis label
     */
    public LineChart(final String title, final String xLabel, final String yLabel) {
        this.title = Objects.requireNonNull(title);
        this.xLabel = Objects.requireNonNull(xLabel);
        this.yLabel = Objects.requireNonNull(yLabel);
    }

    /** @return this chart with series {@code s} added, in the next palette colour */
    public LineChart add(final Series s) {
        series.add(Objects.requireNonNull(s));
        return this;
    }

    /** @return this chart with a dashed vertical line at {@code m.x()} */
    public LineChart mark(final Marker m) {
        markers.add(Objects.requireNonNull(m));
        return this;
    }

    /**
     * @param axisLabel caption of the top row (e.g. "Non-zero coefficients")
     * @param labels the labels
     * @return this chart
     */
    public LineChart topLabels(final String axisLabel, final List<TopLabel> labels) {
        topAxisLabel = Objects.requireNonNull(axisLabel);
        topLabels.clear();
        topLabels.addAll(labels);
        return this;
    }

    /** @return this chart with a thin horizontal line at y = 0 */
    public LineChart withZeroLine() {
        zeroLine = true;
        return this;
    }

    /**
     * @param width width in pixels
     * @param height height in pixels
     * @return the PNG bytes
     */
    public byte[] toPng(final int width, final int height) {
        return ChartCanvas.png(render(width, height));
    }

    /**
     * @param aspect height / width
     * @return this chart as a {@link Figure} of that aspect (for PNG and SVG through one interface)
     */
    public Figure figure(final double aspect) {
        return new Figure() {
            @Override
            public void draw(final Graphics2D g, final int width, final int height) {
                LineChart.this.draw(g, width, height, width / 800.0);
            }

            @Override
            public int height(final int width) {
                return (int) Math.round(width * aspect);
            }
        };
    }

    /**
     * @param width width in pixels
     * @param height height in pixels
     * @return the same drawing as {@link #toPng} as an SVG document
     */
    public String toSvg(final int width, final int height) {
        return ChartCanvas.svg(width, height, g -> draw(g, width, height, width / 800.0));
    }

    /**
     * @param width width in pixels
     * @param height height in pixels
     * @return the rendered image (fonts and lines scale with the width)
     */
    public BufferedImage render(final int width, final int height) {
        return ChartCanvas.render(width, height, g -> draw(g, width, height, width / 800.0));
    }

    /** @return tick values covering [lo, hi] at a 1, 2 or 5 × 10^k step, about {@code count} of them */
    static double[] niceTicks(final double lo, final double hi, final int count) {
        final double raw = (hi - lo) / Math.max(1, count);
        final double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        final double residual = raw / magnitude;
        final double step = (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
        final List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(lo / step - 1e-9) * step; t <= hi + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String format(final double v, final double step) {
        final int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private double[] range(final boolean xAxis) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (final Series s : series) {
            for (int i = 0; i < s.x.length; i++) {
                final double e = xAxis || s.errors == null ? 0 : Math.abs(s.errors[i]);
                final double v = xAxis ? s.x[i] : s.y[i];
                if (Double.isFinite(v) && Double.isFinite(e)) {
                    lo = Math.min(lo, v - e);
                    hi = Math.max(hi, v + e);
                }
            }
        }
        if (xAxis) {
            for (final Marker m : markers) {
                lo = Math.min(lo, m.x());
                hi = Math.max(hi, m.x());
            }
        }
        if (!(lo <= hi)) {
            return new double[] {0, 1};
        }
        if (lo == hi) {
            final double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            return new double[] {lo - pad, hi + pad};
        }
        final double pad = (hi - lo) * 0.04;
        return new double[] {lo - pad, hi + pad};
    }

    private void draw(final Graphics2D g, final int width, final int height, final double u) {
        final Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(15 * u));
        final Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(18 * u));
        final boolean top = !topLabels.isEmpty();
        final double left = 95 * u;
        final double upper = (title.isEmpty() ? 20 : 45) * u + (top ? 50 * u : 0);
        final Rectangle2D area = new Rectangle2D.Double(left, upper, width - left - 25 * u,
            height - upper - 75 * u);
        final double[] xr = range(true);
        final double[] yr = range(false);
        final Axis x = new Axis(xr[0], xr[1], area.getMinX(), area.getMaxX());
        final Axis y = new Axis(yr[0], yr[1], area.getMaxY(), area.getMinY());

        g.setStroke(new BasicStroke((float) u));
        g.setFont(tickFont);
        final FontMetrics fm = g.getFontMetrics();
        final double[] xt = niceTicks(xr[0], xr[1], 6);
        final double[] yt = niceTicks(yr[0], yr[1], 6);
        for (final double t : xt) {
            final double px = x.map(t);
            g.setColor(new Color(0xE6E6E6));
            g.draw(new Line2D.Double(px, area.getMinY(), px, area.getMaxY()));
            g.setColor(Color.DARK_GRAY);
            final String text = format(t, xt.length > 1 ? xt[1] - xt[0] : 1);
            g.drawString(text, (float) (px - fm.stringWidth(text) / 2.0), (float) (area.getMaxY() + 8 * u + fm.getAscent()));
        }
        for (final double t : yt) {
            final double py = y.map(t);
            g.setColor(new Color(0xE6E6E6));
            g.draw(new Line2D.Double(area.getMinX(), py, area.getMaxX(), py));
            g.setColor(Color.DARK_GRAY);
            final String text = format(t, yt.length > 1 ? yt[1] - yt[0] : 1);
            g.drawString(text, (float) (area.getMinX() - 8 * u - fm.stringWidth(text)),
                (float) (py + fm.getAscent() / 2.0 - 2 * u));
        }
        if (zeroLine && yr[0] < 0 && yr[1] > 0) {
            g.setColor(Color.GRAY);
            g.draw(new Line2D.Double(area.getMinX(), y.map(0), area.getMaxX(), y.map(0)));
        }
        final Graphics2D clipped = (Graphics2D) g.create();
        clipped.clip(area);
        drawSeries(clipped, x, y, u);
        for (final Marker m : markers) {
            clipped.setColor(Color.DARK_GRAY);
            clipped.setStroke(new BasicStroke((float) (1.2 * u), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {(float) (5 * u), (float) (4 * u)}, 0f));
            clipped.draw(new Line2D.Double(x.map(m.x()), area.getMinY(), x.map(m.x()), area.getMaxY()));
            clipped.drawString(m.label(), (float) (x.map(m.x()) + 4 * u), (float) (area.getMinY() + fm.getAscent() + 4 * u));
        }
        clipped.dispose();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke((float) (1.2 * u)));
        g.draw(area);
        if (top) {
            g.setColor(Color.DARK_GRAY);
            double lastRight = Double.NEGATIVE_INFINITY;
            final List<TopLabel> leftToRight = new ArrayList<>(topLabels);
            leftToRight.sort(java.util.Comparator.comparingDouble(TopLabel::x));
            for (final TopLabel t : leftToRight) {
                final double px = x.map(t.x());
                final double w = fm.stringWidth(t.text());
                if (px - w / 2 > lastRight + 4 * u && px >= area.getMinX() - 1 && px <= area.getMaxX() + 1) {
                    g.drawString(t.text(), (float) (px - w / 2), (float) (area.getMinY() - 8 * u));
                    g.draw(new Line2D.Double(px, area.getMinY(), px, area.getMinY() - 5 * u));
                    lastRight = px + w / 2;
                }
            }
            g.setFont(labelFont);
            final FontMetrics lm = g.getFontMetrics();
            g.setColor(Color.BLACK);
            g.drawString(topAxisLabel, (float) (area.getCenterX() - lm.stringWidth(topAxisLabel) / 2.0),
                (float) (area.getMinY() - 30 * u));
        }
        g.setFont(labelFont);
        ChartCanvas.drawAxisLabels(g, area, xLabel, yLabel, 45 * u, 26 * u);
        ChartCanvas.drawTitle(g, title, area.getCenterX(), 30 * u, width - 20 * u, width, u);
        drawLegend(g, area, tickFont, u);
    }

    private void drawSeries(final Graphics2D g, final Axis x, final Axis y, final double u) {
        for (int s = 0; s < series.size(); s++) {
            final Series line = series.get(s);
            final Color colour = SeriesStyle.colour(s);
            if (line.errors != null) {
                final double r = 3.5 * u;
                for (int i = 0; i < line.x.length; i++) {
                    final double px = x.map(line.x[i]);
                    g.setColor(Color.GRAY);
                    g.setStroke(new BasicStroke((float) u));
                    g.draw(new Line2D.Double(px, y.map(line.y[i] - line.errors[i]), px, y.map(line.y[i] + line.errors[i])));
                    g.draw(new Line2D.Double(px - r, y.map(line.y[i] - line.errors[i]), px + r,
                        y.map(line.y[i] - line.errors[i])));
                    g.draw(new Line2D.Double(px - r, y.map(line.y[i] + line.errors[i]), px + r,
                        y.map(line.y[i] + line.errors[i])));
                    g.setColor(colour);
                    g.fill(new Ellipse2D.Double(px - r, y.map(line.y[i]) - r, 2 * r, 2 * r));
                }
                continue;
            }
            final Path2D path = new Path2D.Double();
            boolean open = false;
            for (int i = 0; i < line.x.length; i++) {
                if (!Double.isFinite(line.x[i]) || !Double.isFinite(line.y[i])) {
                    open = false;
                    continue;
                }
                if (open) {
                    path.lineTo(x.map(line.x[i]), y.map(line.y[i]));
                } else {
                    path.moveTo(x.map(line.x[i]), y.map(line.y[i]));
                    open = true;
                }
            }
            g.setColor(colour);
            g.setStroke(SeriesStyle.stroke(s, 1.8 * u));
            g.draw(path);
        }
    }

    private void drawLegend(final Graphics2D g, final Rectangle2D area, final Font font, final double u) {
        final List<Integer> shown = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            if (!series.get(s).label.isEmpty()) {
                shown.add(s);
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        g.setFont(font);
        final FontMetrics fm = g.getFontMetrics();
        final double lineHeight = fm.getHeight() + 4 * u;
        double width = 0;
        for (final int s : shown) {
            width = Math.max(width, fm.stringWidth(series.get(s).label));
        }
        width += 50 * u;
        final double height = lineHeight * shown.size() + 12 * u;
        final double x0 = area.getMaxX() - width - 10 * u;
        final double y0 = area.getMinY() + 10 * u;
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(new Rectangle2D.Double(x0, y0, width, height));
        g.setColor(Color.LIGHT_GRAY);
        g.draw(new Rectangle2D.Double(x0, y0, width, height));
        for (int k = 0; k < shown.size(); k++) {
            final int s = shown.get(k);
            final double yMid = y0 + 6 * u + lineHeight * (k + 0.5);
            g.setColor(SeriesStyle.colour(s));
            g.setStroke(SeriesStyle.stroke(s, 2.4 * u));
            g.draw(new Line2D.Double(x0 + 8 * u, yMid, x0 + 34 * u, yMid));
            g.setColor(Color.BLACK);
            g.drawString(series.get(s).label, (float) (x0 + 42 * u), (float) (yMid + fm.getAscent() / 2.0 - 2 * u));
        }
    }

    /** A linear map from data to pixels. */
    private record Axis(double lo, double hi, double from, double to) {
        double map(final double v) {
            return from + (v - lo) / (hi - lo) * (to - from);
        }
    }
}
