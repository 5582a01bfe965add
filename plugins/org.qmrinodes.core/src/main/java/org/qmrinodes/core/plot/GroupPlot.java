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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import org.apache.commons.statistics.descriptive.Quantile;
import org.qmrinodes.core.data.DisplayNumbers;

/**
 * One numeric variable by group: a violin (Gaussian kernel density, R's {@code bw.nrd0} bandwidth,
 * trimmed to the data's range, every violin the same maximal width) with a narrow box inside, or a
 * box with the jittered points; boxes show the type-7 quartiles and whiskers to the most extreme
 * value within 1.5 IQR of the box (Tukey, as {@code ggplot2::geom_boxplot}). Pairwise comparisons
 * are brackets above the groups, labelled with their p-value or significance stars.
 */
public final class GroupPlot implements Figure {

    /** How each group is drawn. */
    public enum Style {
        /** violin with a narrow box inside */
        VIOLIN_BOX,
        /** box with every value as a jittered point */
        BOX_POINTS
    }

    /** How a comparison's bracket is labelled. */
    public enum Annotation {
        /** {@code p = 0.012}, {@code p < 0.001} */
        P_VALUES,
        /** {@code *} p &lt; 0.05, {@code **} p &lt; 0.01, {@code ***} p &lt; 0.001, {@code ns} otherwise */
        STARS
    }

    /**
     * @param name the group's label on the x axis
     * @param values its values (non-finite values are left out)
     */
    public record Group(String name, double[] values) {
        /** Keeps the finite values. */
        public Group {
            Objects.requireNonNull(name);
            values = Arrays.stream(values).filter(Double::isFinite).toArray();
        }
    }

    /**
     * @param first one group's name
     * @param second the other group's name
     * @param p the comparison's p-value
     */
    public record Comparison(String first, String second, double p) {
    }

    private static final Quantile TYPE_7 = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);

    private final String title;
    private final String yLabel;
    private final List<Group> groups;
    private final List<Comparison> comparisons;
    private final Style style;
    private final Annotation annotation;

    /**
     * @param title the panel title (e.g. the feature's name; may be empty)
     * @param yLabel the value axis caption
     * @param groups the groups in drawing order
     * @param comparisons the brackets to draw, bottom to top (names must be among the groups)
     * @param style violin or box with points
     * @param annotation p-values or stars
     */
    public GroupPlot(final String title, final String yLabel, final List<Group> groups, final List<Comparison> comparisons,
        final Style style, final Annotation annotation) {
        this.title = Objects.requireNonNull(title);
        this.yLabel = Objects.requireNonNull(yLabel);
        this.groups = List.copyOf(groups);
        this.comparisons = List.copyOf(comparisons);
        this.style = Objects.requireNonNull(style);
        this.annotation = Objects.requireNonNull(annotation);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("a group plot needs at least one group");
        }
        for (final Comparison c : comparisons) {
            index(c.first());
            index(c.second());
        }
    }

    private int index(final String name) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the comparison names group '" + name + "', which is not plotted");
    }

    @Override
    public int height(final int width) {
        return (int) Math.round(width * 0.9);
    }

    /** @return R's {@code bw.nrd0(x)} for the values (at least two) */
    static double bandwidthNrd0(final double[] x) {
        final double[] s = x.clone();
        Arrays.sort(s);
        final double mean = Arrays.stream(s).average().orElse(0);
        final double sd = Math.sqrt(Arrays.stream(s).map(v -> (v - mean) * (v - mean)).sum() / (s.length - 1));
        final double iqr = TYPE_7.evaluate(s, 0.75) - TYPE_7.evaluate(s, 0.25);
        double lo = Math.min(sd, iqr / 1.34);
        if (!(lo > 0)) {
            lo = sd > 0 ? sd : Math.abs(s[0]) > 0 ? Math.abs(s[0]) : 1;
        }
        return 0.9 * lo * Math.pow(s.length, -0.2);
    }

    @Override
    public void draw(final Graphics2D g, final int width, final int height) {
        final double u = width / 600.0;
        final Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(15 * u));
        final Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(17 * u));
        ChartCanvas.drawTitle(g, title, width / 2.0, 32 * u, width - 20 * u, width, u);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (final Group gr : groups) {
            for (final double v : gr.values()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(lo <= hi)) {
            lo = 0;
            hi = 1;
        }
        if (hi == lo) {
            lo -= 0.5;
            hi += 0.5;
        }
        final double bracketStep = (hi - lo) * 0.09;
        final double top = hi + bracketStep * (comparisons.size() + 0.3);
        final double[] ticks = LineChart.niceTicks(lo, hi, 6);
        final double yLo = Math.min(lo - (hi - lo) * 0.05, ticks[0]);
        final double yHi = Math.max(top, ticks[ticks.length - 1]);
        final double areaTop = (title.isEmpty() ? 20 : 50) * u;
        final Rectangle2D area = new Rectangle2D.Double(90 * u, areaTop, width - 110 * u, height - areaTop - 75 * u);
        final java.util.function.DoubleUnaryOperator y = v -> area.getMaxY() - (v - yLo) / (yHi - yLo) * area.getHeight();

        g.setStroke(new BasicStroke((float) (1.2 * u)));
        g.setColor(Color.BLACK);
        g.draw(new Line2D.Double(area.getMinX(), area.getMinY(), area.getMinX(), area.getMaxY()));
        g.draw(new Line2D.Double(area.getMinX(), area.getMaxY(), area.getMaxX(), area.getMaxY()));
        g.setFont(tickFont);
        FontMetrics fm = g.getFontMetrics();
        for (final double t : ticks) {
            final double py = y.applyAsDouble(t);
            g.draw(new Line2D.Double(area.getMinX() - 6 * u, py, area.getMinX(), py));
            final String s = ChartCanvas.tickLabel(t);
            g.drawString(s, (float) (area.getMinX() - 10 * u - fm.stringWidth(s)), (float) (py + fm.getAscent() / 2.5));
        }
        final double slot = area.getWidth() / groups.size();
        for (int i = 0; i < groups.size(); i++) {
            final double cx = area.getMinX() + (i + 0.5) * slot;
            final Group gr = groups.get(i);
            g.setColor(Color.BLACK);
            g.setFont(labelFont);
            fm = g.getFontMetrics();
            final String size = "n = " + gr.values().length;
            g.drawString(gr.name(), (float) (cx - fm.stringWidth(gr.name()) / 2.0), (float) (area.getMaxY() + 26 * u));
            g.drawString(size, (float) (cx - fm.stringWidth(size) / 2.0), (float) (area.getMaxY() + 48 * u));
            if (gr.values().length == 0) {
                continue;
            }
            final Color colour = SeriesStyle.colour(i);
            if (style == Style.VIOLIN_BOX && gr.values().length >= 2) {
                drawViolin(g, gr.values(), cx, slot * 0.42, y, colour, u);
                drawBox(g, gr.values(), cx, slot * 0.07, y, Color.WHITE, u);
            } else {
                drawBox(g, gr.values(), cx, slot * 0.25, y, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 70), u);
                drawPoints(g, gr.values(), cx, slot * 0.18, y, colour, u, i);
            }
        }
        g.setFont(tickFont);
        fm = g.getFontMetrics();
        for (int k = 0; k < comparisons.size(); k++) {
            final Comparison c = comparisons.get(k);
            final double x1 = area.getMinX() + (index(c.first()) + 0.5) * slot;
            final double x2 = area.getMinX() + (index(c.second()) + 0.5) * slot;
            final double by = y.applyAsDouble(hi + bracketStep * (k + 0.6));
            final double foot = 6 * u;
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke((float) (1.2 * u)));
            final Path2D bracket = new Path2D.Double();
            bracket.moveTo(x1, by + foot);
            bracket.lineTo(x1, by);
            bracket.lineTo(x2, by);
            bracket.lineTo(x2, by + foot);
            g.draw(bracket);
            final String text = label(c.p());
            g.drawString(text, (float) ((x1 + x2) / 2 - fm.stringWidth(text) / 2.0), (float) (by - 4 * u));
        }
        g.setFont(labelFont);
        ChartCanvas.drawAxisLabels(g, area, "", yLabel, 0, 28 * u);
    }

    private String label(final double p) {
        if (annotation == Annotation.STARS) {
            return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : "ns";
        }
        final String s = DisplayNumbers.pValue(p);
        return s.startsWith("<") ? "p " + s : "p = " + s;
    }

    private static void drawViolin(final Graphics2D g, final double[] values, final double cx, final double halfWidth,
        final java.util.function.DoubleUnaryOperator y, final Color colour, final double u) {
        final double bw = bandwidthNrd0(values);
        final double min = Arrays.stream(values).min().orElseThrow();
        final double max = Arrays.stream(values).max().orElseThrow();
        final int n = 128;
        final double[] at = new double[n];
        final double[] density = new double[n];
        double peak = 0;
        for (int i = 0; i < n; i++) {
            at[i] = max > min ? min + i * (max - min) / (n - 1) : min;
            double sum = 0;
            for (final double v : values) {
                final double z = (at[i] - v) / bw;
                sum += Math.exp(-0.5 * z * z);
            }
            density[i] = sum;
            peak = Math.max(peak, sum);
        }
        final Path2D outline = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            final double w = density[i] / peak * halfWidth;
            if (i == 0) {
                outline.moveTo(cx - w, y.applyAsDouble(at[i]));
            } else {
                outline.lineTo(cx - w, y.applyAsDouble(at[i]));
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            outline.lineTo(cx + density[i] / peak * halfWidth, y.applyAsDouble(at[i]));
        }
        outline.closePath();
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110));
        g.fill(outline);
        g.setColor(colour.darker());
        g.setStroke(new BasicStroke((float) (1.2 * u)));
        g.draw(outline);
    }

    private static void drawBox(final Graphics2D g, final double[] values, final double cx, final double halfWidth,
        final java.util.function.DoubleUnaryOperator y, final Color fill, final double u) {
        final double[] s = values.clone();
        Arrays.sort(s);
        final double q1 = TYPE_7.evaluate(s, 0.25);
        final double median = TYPE_7.evaluate(s, 0.5);
        final double q3 = TYPE_7.evaluate(s, 0.75);
        final double reach = 1.5 * (q3 - q1);
        double whiskerLo = q1;
        double whiskerHi = q3;
        for (final double v : s) {
            if (v >= q1 - reach) {
                whiskerLo = Math.min(whiskerLo, v);
            }
            if (v <= q3 + reach) {
                whiskerHi = Math.max(whiskerHi, v);
            }
        }
        g.setStroke(new BasicStroke((float) (1.3 * u)));
        g.setColor(Color.BLACK);
        g.draw(new Line2D.Double(cx, y.applyAsDouble(whiskerLo), cx, y.applyAsDouble(q1)));
        g.draw(new Line2D.Double(cx, y.applyAsDouble(q3), cx, y.applyAsDouble(whiskerHi)));
        final Rectangle2D box = new Rectangle2D.Double(cx - halfWidth, y.applyAsDouble(q3), 2 * halfWidth,
            y.applyAsDouble(q1) - y.applyAsDouble(q3));
        g.setColor(fill);
        g.fill(box);
        g.setColor(Color.BLACK);
        g.draw(box);
        g.setStroke(new BasicStroke((float) (2.4 * u)));
        g.draw(new Line2D.Double(cx - halfWidth, y.applyAsDouble(median), cx + halfWidth, y.applyAsDouble(median)));
    }

    private static void drawPoints(final Graphics2D g, final double[] values, final double cx, final double spread,
        final java.util.function.DoubleUnaryOperator y, final Color colour, final double u, final int group) {
        final SplittableRandom jitter = new SplittableRandom(20_240_601L + group);
        final double r = 3.2 * u;
        g.setColor(colour);
        for (final double v : values) {
            final double x = cx + (jitter.nextDouble() * 2 - 1) * spread;
            g.fill(new Ellipse2D.Double(x - r, y.applyAsDouble(v) - r, 2 * r, 2 * r));
        }
    }
}
