package org.qmrinodes.core.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Objects;

import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;

/**
 * A quality-control picture of one slice of a volume: grey levels windowed between the 1st and 99th
 * percentile of the slice's finite values, the mask's outline (the edges between mask and non-mask
 * pixels) in colour, pixels drawn with their physical aspect (row and column spacing), and an
 * optional caption line below. The slice is the mask's largest cross-section when a mask is given
 * ({@link #lesionSlice}), else the middle slice. Table-cell thumbnails and the snapshots written for
 * reports use this same drawing.
 */
public final class VolumeSnapshot implements Figure {

    /** Outline colour: the palette's vermilion, visible on grey and colour-blind safe. */
    public static final Color OUTLINE = SeriesStyle.colour(1);

    private final Volume volume;
    private final int parameter;
    private final Mask mask;
    private final int slice;
    private final String caption;

    /**
     * @param volume the image
     * @param parameter which of its parameter volumes (0 for a map)
     * @param mask the VOI on the same grid, or null
     * @param slice the slice index to draw
     * @param caption text under the picture (may be empty)
     */
    public VolumeSnapshot(final Volume volume, final int parameter, final Mask mask, final int slice, final String caption) {
        this.volume = Objects.requireNonNull(volume);
        this.parameter = parameter;
        this.mask = mask;
        this.caption = Objects.requireNonNull(caption);
        final Geometry g = volume.geometry();
        if (parameter < 0 || parameter >= volume.volumeCount()) {
            throw new IllegalArgumentException("volume " + parameter + " of " + volume.volumeCount() + " does not exist");
        }
        if (slice < 0 || slice >= g.slices()) {
            throw new IllegalArgumentException("slice " + slice + " of " + g.slices() + " does not exist");
        }
        if (mask != null && (mask.geometry().columns() != g.columns() || mask.geometry().rows() != g.rows()
            || mask.geometry().slices() != g.slices())) {
            throw new IllegalArgumentException("the mask's grid " + mask.geometry() + " is not the image's " + g);
        }
        this.slice = slice;
    }

    /** @return the slice with the most mask voxels (the first of equals), or the middle slice without any */
    public static int lesionSlice(final Volume volume, final Mask mask) {
        final Geometry g = volume.geometry();
        if (mask == null) {
            return g.slices() / 2;
        }
        int best = -1;
        long most = 0;
        for (int k = 0; k < g.slices(); k++) {
            long count = 0;
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    count += mask.label(i, j, k) != 0 ? 1 : 0;
                }
            }
            if (count > most) {
                most = count;
                best = k;
            }
        }
        return best < 0 ? g.slices() / 2 : best;
    }

    private double aspect() {
        final Geometry g = volume.geometry();
        return g.rows() * g.spacing()[1] / (g.columns() * g.spacing()[0]);
    }

    private static double captionHeight(final double u) {
        return 22 * u;
    }

    @Override
    public int height(final int width) {
        final double u = width / 256.0;
        return (int) Math.round(width * aspect() + (caption.isEmpty() ? 0 : captionHeight(u)));
    }

    /** @return the window {low, high}: the 1st and 99th percentiles of the slice's finite values */
    double[] window() {
        final Geometry g = volume.geometry();
        final double[] v = new double[g.columns() * g.rows()];
        int n = 0;
        for (int j = 0; j < g.rows(); j++) {
            for (int i = 0; i < g.columns(); i++) {
                final float x = volume.get(i, j, slice, parameter);
                if (Float.isFinite(x)) {
                    v[n++] = x;
                }
            }
        }
        if (n == 0) {
            return new double[] {0, 1};
        }
        final double[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        final double lo = s[(int) Math.floor(0.01 * (n - 1))];
        final double hi = s[(int) Math.ceil(0.99 * (n - 1))];
        return hi > lo ? new double[] {lo, hi} : new double[] {lo, lo + 1};
    }

    @Override
    public void draw(final Graphics2D g, final int width, final int height) {
        final Geometry geo = volume.geometry();
        final double u = width / 256.0;
        final double imageHeight = width * aspect();
        final double[] w = window();
        final BufferedImage slicePixels = new BufferedImage(geo.columns(), geo.rows(), BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < geo.rows(); j++) {
            for (int i = 0; i < geo.columns(); i++) {
                final float x = volume.get(i, j, slice, parameter);
                final int grey = Float.isFinite(x) ? (int) Math.round(255 * Math.max(0, Math.min(1, (x - w[0]) / (w[1] - w[0])))) : 0;
                slicePixels.setRGB(i, j, grey << 16 | grey << 8 | grey);
            }
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(slicePixels, 0, 0, width, (int) Math.round(imageHeight), null);
        if (mask != null) {
            final double sx = (double) width / geo.columns();
            final double sy = imageHeight / geo.rows();
            g.setColor(OUTLINE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setStroke(new BasicStroke((float) Math.max(1, 1.5 * u)));
            for (int j = 0; j < geo.rows(); j++) {
                for (int i = 0; i < geo.columns(); i++) {
                    if (!in(i, j)) {
                        continue;
                    }
                    if (!in(i - 1, j)) {
                        g.draw(new Line2D.Double(i * sx, j * sy, i * sx, (j + 1) * sy));
                    }
                    if (!in(i + 1, j)) {
                        g.draw(new Line2D.Double((i + 1) * sx, j * sy, (i + 1) * sx, (j + 1) * sy));
                    }
                    if (!in(i, j - 1)) {
                        g.draw(new Line2D.Double(i * sx, j * sy, (i + 1) * sx, j * sy));
                    }
                    if (!in(i, j + 1)) {
                        g.draw(new Line2D.Double(i * sx, (j + 1) * sy, (i + 1) * sx, (j + 1) * sy));
                    }
                }
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (!caption.isEmpty()) {
            g.setColor(Color.BLACK);
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(8, Math.round(12 * u)));
            while (g.getFontMetrics(font).stringWidth(caption) > width - 4 && font.getSize2D() > 6) {
                font = font.deriveFont(font.getSize2D() * 0.92f);
            }
            g.setFont(font);
            final FontMetrics fm = g.getFontMetrics();
            g.drawString(caption, 2f, (float) (imageHeight + (captionHeight(u) + fm.getAscent()) / 2 - 2 * u));
        }
    }

    private boolean in(final int i, final int j) {
        final Geometry g = volume.geometry();
        return i >= 0 && j >= 0 && i < g.columns() && j < g.rows() && mask.label(i, j, slice) != 0;
    }
}
