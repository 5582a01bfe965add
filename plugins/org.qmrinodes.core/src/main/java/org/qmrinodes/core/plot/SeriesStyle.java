package org.qmrinodes.core.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

/**
 * How the s-th series of a chart is drawn: twelve colours that colour-blind readers can tell apart
 * — the seven Okabe &amp; Ito (2008) colours (without black, used for axes) and five of Paul Tol's
 * "muted" scheme (indigo, wine, olive, teal, purple) —, then, from the 13th series on, the same
 * colours again dashed, dotted and dash-dotted, so that at least 48 curves stay distinct.
 */
public final class SeriesStyle {

    /** The colours, in the order series get them. */
    public static final List<Color> COLOURS = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x332288),
        new Color(0x882255), new Color(0x999933), new Color(0x44AA99), new Color(0xAA4499));

    /** Dash patterns in line widths: solid, dashed, dotted, dash-dotted. */
    private static final float[][] DASHES = {null, {4f, 2.5f}, {1f, 2f}, {4f, 2f, 1f, 2f}};

    private SeriesStyle() {
    }

    /** @return the colour of series {@code s} (0-based) */
    public static Color colour(final int s) {
        return COLOURS.get(s % COLOURS.size());
    }

    /**
     * @param s the series (0-based)
     * @param width the line width in pixels
     * @return its stroke: solid for the first twelve series, then dashed patterns
     */
    public static BasicStroke stroke(final int s, final double width) {
        final float[] pattern = DASHES[(s / COLOURS.size()) % DASHES.length];
        if (pattern == null) {
            return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        final float[] dash = new float[pattern.length];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = (float) (pattern[i] * width);
        }
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }
}
