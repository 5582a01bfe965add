package org.qmrinodes.core.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;

/**
 * What every chart of this package shares: the anti-aliased white canvas, the title, and the PNG
 * and SVG encodings of one drawing.
 */
final class ChartCanvas {

    private ChartCanvas() {
    }

    /**
     * @param width image width in pixels
     * @param height image height in pixels
     * @param draw draws onto the prepared white canvas
     * @return the image
     */
    static BufferedImage render(final int width, final int height, final Consumer<Graphics2D> draw) {
        final BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = image.createGraphics();
        try {
            paint(g, width, height, draw);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * @param width drawing width in SVG user units (pixels)
     * @param height drawing height
     * @param draw the same drawing code as for {@link #render}
     * @return the drawing as a standalone SVG document; text stays text (fonts resolved by the viewer)
     */
    static String svg(final int width, final int height, final Consumer<Graphics2D> draw) {
        final SVGGraphics2D g = new SVGGraphics2D(width, height);
        try {
            paint(g, width, height, draw);
            return g.getSVGDocument();
        } finally {
            g.dispose();
        }
    }

    private static void paint(final Graphics2D g, final int width, final int height, final Consumer<Graphics2D> draw) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        draw.accept(g);
    }

    /** @return the image encoded as PNG */
    static byte[] png(final BufferedImage image) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Draws the axis captions in the current font: the x label centred {@code xGap} below the plot
     * area, the y label rotated, centred on the area, with its baseline at {@code yBaseline}.
     */
    static void drawAxisLabels(final Graphics2D g, final java.awt.geom.Rectangle2D area, final String xLabel,
        final String yLabel, final double xGap, final double yBaseline) {
        final FontMetrics fm = g.getFontMetrics();
        g.setColor(Color.BLACK);
        g.drawString(xLabel, (float) (area.getCenterX() - fm.stringWidth(xLabel) / 2.0),
            (float) (area.getMaxY() + xGap + fm.getAscent() / 2.0));
        final Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString(yLabel, (float) (-area.getCenterY() - fm.stringWidth(yLabel) / 2.0), (float) yBaseline);
        rotated.dispose();
    }

    /**
     * Draws a bold title, shrunk until it fits {@code maxWidth} and centred on {@code centreX} as far
     * as the image allows.
     */
    static void drawTitle(final Graphics2D g, final String title, final double centreX, final double baseline,
        final double maxWidth, final double imageWidth, final double u) {
        if (title.isEmpty()) {
            return;
        }
        Font fitted = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(19 * u));
        while (g.getFontMetrics(fitted).stringWidth(title) > maxWidth && fitted.getSize2D() > 8 * u) {
            fitted = fitted.deriveFont(fitted.getSize2D() * 0.95f);
        }
        g.setColor(Color.BLACK);
        g.setFont(fitted);
        final FontMetrics fm = g.getFontMetrics();
        final double x = Math.max(10 * u, Math.min(centreX - fm.stringWidth(title) / 2.0,
            imageWidth - 10 * u - fm.stringWidth(title)));
        g.drawString(title, (float) x, (float) baseline);
    }

    /** @return a tick value without trailing zeros: 0.2, 1, 50, 0.05 */
    static String tickLabel(final double v) {
        final String plain = java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(6)).stripTrailingZeros()
            .toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }
}
