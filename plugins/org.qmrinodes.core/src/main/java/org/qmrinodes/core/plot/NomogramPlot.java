package org.qmrinodes.core.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.qmrinodes.core.stats.evaluation.Nomogram;

/**
 * The nomogram of a logistic model drawn as {@code plot(rms::nomogram(fit, fun = plogis))} lays it
 * out: a Points axis 0–100 on top, one axis per predictor with its ticks at their points (levels by
 * name), then Total Points, Linear Predictor and Probability axes sharing one total-points scale.
 * Tick labels that would overlap their neighbour go below the axis line.
 */
public final class NomogramPlot implements Figure {

    /** Axis name of the top scale. */
    public static final String POINTS = "Points";

    private static final List<String> TOTAL_AXES = List.of(Nomogram.TOTAL_POINTS, Nomogram.LINEAR_PREDICTOR,
        Nomogram.PROBABILITY);

    private final String title;
    private final String probabilityLabel;
    private final Map<String, List<Nomogram.Tick>> axes = new LinkedHashMap<>();

    /**
     * @param title the title (may be empty)
     * @param nomogram the nomogram's ticks
     * @param probabilityLabel caption of the probability axis (e.g. "Probability of HER2-low")
     */
    public NomogramPlot(final String title, final Nomogram.Result nomogram, final String probabilityLabel) {
        this.title = Objects.requireNonNull(title);
        this.probabilityLabel = Objects.requireNonNull(probabilityLabel);
        axes.put(POINTS, pointsTicks());
        for (final Nomogram.Tick t : nomogram.ticks()) {
            axes.computeIfAbsent(t.axis(), a -> new ArrayList<>()).add(t);
        }
        for (final String a : TOTAL_AXES) {
            if (!axes.containsKey(a)) {
                throw new IllegalArgumentException("the nomogram has no " + a + " axis");
            }
        }
    }

    private static List<Nomogram.Tick> pointsTicks() {
        final List<Nomogram.Tick> ticks = new ArrayList<>();
        for (int p = 0; p <= 100; p += 10) {
            ticks.add(new Nomogram.Tick(POINTS, Integer.toString(p), p, p));
        }
        return ticks;
    }

    @Override
    public int height(final int width) {
        final double u = width / 1000.0;
        return (int) Math.round(u * ((title.isEmpty() ? 20 : 60) + axes.size() * ROW + 20));
    }

    private static final double ROW = 62;

    @Override
    public void draw(final Graphics2D g, final int width, final int height) {
        final double u = width / 1000.0;
        final double top = (title.isEmpty() ? 20 : 60) * u;
        ChartCanvas.drawTitle(g, title, width / 2.0, 38 * u, width - 20 * u, width, u);
        final Font labelFont = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(16 * u));
        final Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(13 * u));
        g.setFont(labelFont);
        double labelWidth = 0;
        for (final String axis : axes.keySet()) {
            labelWidth = Math.max(labelWidth, g.getFontMetrics().stringWidth(caption(axis)));
        }
        final double x0 = Math.min(labelWidth + 40 * u, width * 0.4);
        final double x1 = width - 40 * u;
        double totalLo = 0;
        double totalHi = 0;
        for (final String a : TOTAL_AXES) {
            for (final Nomogram.Tick t : axes.get(a)) {
                totalLo = Math.min(totalLo, t.points());
                totalHi = Math.max(totalHi, t.points());
            }
        }
        final double lo = totalLo;
        final double span = totalHi > totalLo ? totalHi - totalLo : 1;
        int row = 0;
        for (final Map.Entry<String, List<Nomogram.Tick>> axis : axes.entrySet()) {
            final boolean total = TOTAL_AXES.contains(axis.getKey());
            final double y = top + (row + 0.62) * ROW * u;
            g.setFont(labelFont);
            g.setColor(Color.BLACK);
            g.drawString(caption(axis.getKey()), (float) (10 * u), (float) (y + 5 * u));
            final List<Nomogram.Tick> ticks = new ArrayList<>(axis.getValue());
            ticks.sort(Comparator.comparingDouble(Nomogram.Tick::points));
            final double[] xs = new double[ticks.size()];
            for (int i = 0; i < xs.length; i++) {
                final double p = ticks.get(i).points();
                xs[i] = total ? x0 + (p - lo) / span * (x1 - x0) : x0 + p / 100 * (x1 - x0);
            }
            drawAxis(g, axis.getKey().equals(POINTS), ticks, xs, y, u, tickFont);
            row++;
        }
    }

    private String caption(final String axis) {
        return axis.equals(Nomogram.PROBABILITY) ? probabilityLabel : axis;
    }

    private static void drawAxis(final Graphics2D g, final boolean minorTicks, final List<Nomogram.Tick> ticks,
        final double[] xs, final double y, final double u, final Font tickFont) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke((float) (1.4 * u)));
        g.draw(new Line2D.Double(xs[0], y, xs[xs.length - 1], y));
        if (minorTicks) {
            for (int i = 0; i + 1 < xs.length; i++) {
                final double mid = (xs[i] + xs[i + 1]) / 2;
                g.draw(new Line2D.Double(mid, y, mid, y - 4 * u));
            }
        }
        g.setFont(tickFont);
        final FontMetrics fm = g.getFontMetrics();
        final double[] left = new double[xs.length];
        final double[] width = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            g.draw(new Line2D.Double(xs[i], y, xs[i], y - 8 * u));
            width[i] = fm.stringWidth(ticks.get(i).label());
            left[i] = xs[i] - width[i] / 2;
        }
        final boolean levels = ticks.stream().allMatch(t -> Double.isNaN(t.value()));
        final int[] level = labelLevels(left, width, 3 * u, !levels);
        for (int i = 0; i < xs.length; i++) {
            if (level[i] >= 0) {
                final double baseline = level[i] == 0 ? y - 12 * u : y + 4 * u + fm.getAscent();
                g.drawString(ticks.get(i).label(), (float) left[i], (float) baseline);
            }
        }
    }

    /**
     * Where each tick label goes: all above the axis (0) when they fit; else alternately above and
     * below (1); else, when {@code thin}, every k-th label above, for the smallest k that fits, the
     * others unlabelled (−1). A categorical axis is never thinned: every level keeps its name.
     *
     * @param left each label's left edge, in tick order
     * @param width each label's width
     * @param gap the least space between neighbouring labels
     * @param thin whether labels may be left out
     * @return per label its row, or −1
     */
    static int[] labelLevels(final double[] left, final double[] width, final double gap, final boolean thin) {
        final int n = left.length;
        final int[] level = new int[n];
        if (fits(left, width, gap, 1, 0)) {
            return level;
        }
        if (!thin || fits(left, width, gap, 2, 0) && fits(left, width, gap, 2, 1)) {
            for (int i = 0; i < n; i++) {
                level[i] = i % 2;
            }
            return level;
        }
        for (int k = 2; k <= n; k++) {
            if (fits(left, width, gap, k, 0)) {
                for (int i = 0; i < n; i++) {
                    level[i] = i % k == 0 ? 0 : -1;
                }
                return level;
            }
        }
        java.util.Arrays.fill(level, -1);
        level[0] = 0;
        return level;
    }

    /** @return whether the labels i ≡ offset (mod step) leave at least {@code gap} between neighbours */
    private static boolean fits(final double[] left, final double[] width, final double gap, final int step,
        final int offset) {
        double right = Double.NEGATIVE_INFINITY;
        for (int i = offset; i < left.length; i += step) {
            if (left[i] < right + gap) {
                return false;
            }
            right = left[i] + width[i];
        }
        return true;
    }
}
