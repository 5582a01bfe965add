package org.qmrinodes.core.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * A figure drawn once with Java2D and encoded either as PNG (raster, for reports and KNIME image
 * ports) or as SVG (vector, for a journal's artwork), so both show exactly the same picture. Line
 * widths and fonts scale with the width given.
 */
public interface Figure {

    /**
     * Draws the figure onto a white canvas of the given size.
     *
     * @param g the canvas, anti-aliased
     * @param width its width in pixels
     * @param height its height in pixels
     */
    void draw(Graphics2D g, int width, int height);

    /** @return the figure's natural height for a given width (its aspect depends on its content) */
    int height(int width);

    /** @return the figure rendered at {@code width} × {@link #height(int)} */
    default BufferedImage render(final int width) {
        final int height = height(width);
        return ChartCanvas.render(width, height, g -> draw(g, width, height));
    }

    /** @return the PNG encoding of {@link #render(int)} */
    default byte[] png(final int width) {
        return ChartCanvas.png(render(width));
    }

    /** @return the SVG document of the same drawing at {@code width} × {@link #height(int)} */
    default String svg(final int width) {
        final int height = height(width);
        return ChartCanvas.svg(width, height, g -> draw(g, width, height));
    }
}
