package org.qmrinodes.core.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.qmrinodes.core.data.DisplayNumbers;

/**
 * A forest plot of ratio estimates (odds ratios) with their confidence intervals on a log axis with a
 * reference line at 1, one panel per model side by side (univariable and multivariable), each with
 * the columns "OR (95% CI)" and "p". Rows are the union of the panels' labels in order of first
 * appearance; a row a panel lacks is left empty there, a row without an estimate (the reference level)
 * reads "reference". Intervals reaching past the axis end in an arrow.
 */
public final class ForestPlot implements Figure {

    /**
     * One row of a panel.
     *
     * @param label the term (predictor, or predictor and level)
     * @param estimate the ratio (e.g. OR = exp(β)); NaN for a reference row
     * @param lower lower confidence limit (may be 0)
     * @param upper upper confidence limit (may be +∞)
     * @param p the p-value, NaN when none
     */
    public record Estimate(String label, double estimate, double lower, double upper, double p) {
        /** Checks the label. */
        public Estimate {
            Objects.requireNonNull(label);
        }
    }

    /**
     * @param title the panel's heading (e.g. "Univariable")
     * @param rows its estimates
     */
    public record Panel(String title, List<Estimate> rows) {
        /** Copies the rows. */
        public Panel {
            Objects.requireNonNull(title);
            rows = List.copyOf(rows);
        }
    }

    private final String title;
    private final String effect;
    private final double confidence;
    private final List<Panel> panels;
    private final List<String> labels;

    /**
     * @param title the figure title (may be empty)
     * @param effect the estimate's short name, e.g. "OR"
     * @param confidence the intervals' level, e.g. 0.95 (for the column heading)
     * @param panels one or more panels, drawn left to right on one common axis
     */
    public ForestPlot(final String title, final String effect, final double confidence, final List<Panel> panels) {
        this.title = Objects.requireNonNull(title);
        this.effect = Objects.requireNonNull(effect);
        this.confidence = confidence;
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a forest plot needs at least one panel");
        }
        this.panels = List.copyOf(panels);
        final Set<String> union = new LinkedHashSet<>();
        for (final Panel p : panels) {
            for (final Estimate e : p.rows()) {
                union.add(e.label());
            }
        }
        this.labels = List.copyOf(union);
    }

    private static final double LABELS = 320;
    private static final double ROW = 34;
    private static final double HEAD = 70;
    private static final double FOOT = 60;

    @Override
    public int height(final int width) {
        final double u = width / (LABELS + 600.0 * panels.size());
        return (int) Math.round(u * ((title.isEmpty() ? 0 : 40) + HEAD + labels.size() * ROW + FOOT));
    }

    /** @return the axis limits and ticks: 1-2-5 steps, or 1…9 steps when the range is narrow */
    static double[] logTicks(final double lo, final double hi) {
        for (final int[] mantissas : new int[][] {{1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}}) {
            final List<Double> inside = new ArrayList<>();
            for (int e = (int) Math.floor(Math.log10(lo)) - 1; e <= (int) Math.ceil(Math.log10(hi)) + 1; e++) {
                for (final int m : mantissas) {
                    final double t = m * Math.pow(10, e);
                    final double rounded = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", t));
                    if (rounded >= lo * (1 - 1e-12) && rounded <= hi * (1 + 1e-12)) {
                        inside.add(rounded);
                    }
                }
            }
            if (inside.size() >= 3 || mantissas.length > 3) {
                return inside.stream().mapToDouble(Double::doubleValue).toArray();
            }
        }
        throw new AssertionError();
    }

    @Override
    public void draw(final Graphics2D g, final int width, final int height) {
        final double u = width / (LABELS + 600.0 * panels.size());
        final double titleSpace = title.isEmpty() ? 0 : 40 * u;
        ChartCanvas.drawTitle(g, title, width / 2.0, 30 * u, width - 20 * u, width, u);
        final Font bold = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(15 * u));
        final Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(14 * u));
        double lo = 1;
        double hi = 1;
        for (final Panel p : panels) {
            for (final Estimate e : p.rows()) {
                for (final double v : new double[] {e.estimate(), e.lower(), e.upper()}) {
                    if (v > 0 && Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        lo = Math.max(lo, 1e-3);
        hi = Math.min(hi, 1e3);
        final double axisLo = Math.min(lo, floorTick(lo));
        final double axisHi = Math.max(hi, ceilTick(hi));
        final double[] ticks = logTicks(axisLo, axisHi);
        final double[] shown = ticks.length > 9
            ? java.util.Arrays.stream(ticks).filter(t -> Math.abs(Math.log10(t) - Math.rint(Math.log10(t))) < 1e-9).toArray()
            : ticks;

        final double rowsTop = titleSpace + HEAD * u;
        final double rowsBottom = rowsTop + labels.size() * ROW * u;
        g.setFont(plain);
        g.setColor(Color.BLACK);
        for (int r = 0; r < labels.size(); r++) {
            g.drawString(labels.get(r), (float) (12 * u), (float) (rowsTop + (r + 0.5) * ROW * u + 5 * u));
        }
        final String interval = effect + " (" + DisplayNumbers.significant(confidence * 100, 2) + "% CI)";
        for (int k = 0; k < panels.size(); k++) {
            final double panelLeft = LABELS * u + k * 600 * u;
            final Rectangle2D area = new Rectangle2D.Double(panelLeft, rowsTop, 300 * u, rowsBottom - rowsTop);
            final double textX = area.getMaxX() + 20 * u;
            final double pX = textX + 200 * u;
            g.setFont(bold);
            final FontMetrics fm = g.getFontMetrics();
            g.setColor(Color.BLACK);
            g.drawString(panels.get(k).title(), (float) (area.getCenterX() - fm.stringWidth(panels.get(k).title()) / 2.0),
                (float) (titleSpace + 30 * u));
            g.drawString(interval, (float) textX, (float) (titleSpace + 58 * u));
            g.drawString("p", (float) pX, (float) (titleSpace + 58 * u));
            drawAxis(g, area, ticks, shown, axisLo, axisHi, u, plain);
            g.setFont(plain);
            for (int r = 0; r < labels.size(); r++) {
                final Estimate e = find(panels.get(k), labels.get(r));
                if (e == null) {
                    continue;
                }
                final double y = rowsTop + (r + 0.5) * ROW * u;
                final float baseline = (float) (y + 5 * u);
                g.setColor(Color.BLACK);
                if (Double.isNaN(e.estimate())) {
                    g.drawString("reference", (float) textX, baseline);
                    continue;
                }
                drawInterval(g, area, e, y, axisLo, axisHi, u);
                g.setColor(Color.BLACK);
                g.drawString(DisplayNumbers.significant(e.estimate()) + " (" + DisplayNumbers.significant(e.lower())
                    + "–" + DisplayNumbers.significant(e.upper()) + ")", (float) textX, baseline);
                g.drawString(DisplayNumbers.pValue(e.p()), (float) pX, baseline);
            }
        }
    }

    private static double floorTick(final double v) {
        final double[] t = logTicks(v / 10, v * 1.0001);
        return t[t.length - 1];
    }

    private static double ceilTick(final double v) {
        return logTicks(v / 1.0001, v * 10)[0];
    }

    private static Estimate find(final Panel panel, final String label) {
        for (final Estimate e : panel.rows()) {
            if (e.label().equals(label)) {
                return e;
            }
        }
        return null;
    }

    private static double x(final Rectangle2D area, final double v, final double lo, final double hi) {
        return area.getMinX() + (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) * area.getWidth();
    }

    private static void drawAxis(final Graphics2D g, final Rectangle2D area, final double[] ticks,
        final double[] labelled, final double lo, final double hi, final double u, final Font font) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke((float) (1.2 * u)));
        g.draw(new Line2D.Double(area.getMinX(), area.getMaxY(), area.getMaxX(), area.getMaxY()));
        g.setFont(font);
        final FontMetrics fm = g.getFontMetrics();
        for (final double t : ticks) {
            final double x = x(area, t, lo, hi);
            g.draw(new Line2D.Double(x, area.getMaxY(), x, area.getMaxY() + 6 * u));
            if (java.util.Arrays.stream(labelled).anyMatch(l -> l == t)) {
                final String s = ChartCanvas.tickLabel(t);
                g.drawString(s, (float) (x - fm.stringWidth(s) / 2.0), (float) (area.getMaxY() + 8 * u + fm.getAscent()));
            }
        }
        final double one = x(area, 1, lo, hi);
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke((float) (1.2 * u), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {(float) (6 * u), (float) (4 * u)}, 0));
        g.draw(new Line2D.Double(one, area.getMinY(), one, area.getMaxY()));
    }

    private static void drawInterval(final Graphics2D g, final Rectangle2D area, final Estimate e, final double y,
        final double lo, final double hi, final double u) {
        g.setColor(SeriesStyle.colour(0));
        g.setStroke(new BasicStroke((float) (2 * u)));
        final boolean cutLow = !(e.lower() >= lo);
        final boolean cutHigh = !(e.upper() <= hi);
        final double xl = cutLow ? area.getMinX() : x(area, e.lower(), lo, hi);
        final double xh = cutHigh ? area.getMaxX() : x(area, e.upper(), lo, hi);
        g.draw(new Line2D.Double(xl, y, xh, y));
        if (cutLow) {
            arrow(g, xl, y, -1, u);
        }
        if (cutHigh) {
            arrow(g, xh, y, 1, u);
        }
        final double xe = x(area, Math.min(Math.max(e.estimate(), lo), hi), lo, hi);
        final double half = 6 * u;
        g.fill(new Rectangle2D.Double(xe - half, y - half, 2 * half, 2 * half));
    }

    private static void arrow(final Graphics2D g, final double x, final double y, final int direction, final double u) {
        final Path2D head = new Path2D.Double();
        head.moveTo(x, y);
        head.lineTo(x - direction * 9 * u, y - 5 * u);
        head.lineTo(x - direction * 9 * u, y + 5 * u);
        head.closePath();
        g.fill(head);
    }
}
