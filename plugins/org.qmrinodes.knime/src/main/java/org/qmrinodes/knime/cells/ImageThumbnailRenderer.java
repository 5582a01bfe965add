package org.qmrinodes.knime.cells;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.renderer.AbstractDataValueRendererFactory;
import org.knime.core.data.renderer.AbstractPainterDataValueRenderer;
import org.knime.core.data.renderer.DataValueRenderer;
import org.qmrinodes.core.plot.VolumeSnapshot;

/**
 * Draws volume and mask cells in KNIME's tables as a thumbnail: a volume's middle slice, a mask's
 * largest cross-section with its outline in colour, windowed between the slice's 1st and 99th
 * percentile ({@link ImageSnapshots}), with the cell's one-line summary (size, spacing, parameters,
 * series; voxels and volume of a mask) under it. Registered for {@link VolumeValue} and
 * {@link MaskValue} in plugin.xml as the default renderer.
 */
@SuppressWarnings("serial")
public final class ImageThumbnailRenderer extends AbstractPainterDataValueRenderer {

    /** Width of a thumbnail in pixels. */
    static final int WIDTH = 128;

    /** Creates the thumbnail renderer; registered through the {@code org.knime.core.DataValueRenderer} extension point. */
    public static final class Factory extends AbstractDataValueRendererFactory {

        @Override
        public String getDescription() {
            return DESCRIPTION;
        }

        @Override
        public DataValueRenderer createRenderer(final DataColumnSpec colSpec) {
            return new ImageThumbnailRenderer();
        }
    }

    private static final String DESCRIPTION = "Thumbnail (slice with mask outline)";

    private transient VolumeSnapshot snapshot;
    private String problem;

    @Override
    public String getDescription() {
        return DESCRIPTION;
    }

    @Override
    protected void setValue(final Object value) {
        snapshot = null;
        problem = null;
        try {
            if (value instanceof VolumeValue v) {
                snapshot = ImageSnapshots.of(v, 0, null, 0, -1, value.toString());
            } else if (value instanceof MaskValue m) {
                snapshot = ImageSnapshots.of(m, value.toString());
            } else {
                problem = value == null ? "" : value.toString();
            }
        } catch (final RuntimeException e) {
            problem = e.getMessage();
        }
        setToolTipText(value instanceof DataValue ? value.toString() : null);
    }

    /** @return the picture being rendered, null when the value is not a volume or mask */
    VolumeSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(WIDTH, snapshot == null ? 16 : snapshot.height(WIDTH));
    }

    @Override
    protected void paintComponent(final Graphics g) {
        final Graphics2D g2 = (Graphics2D)g.create();
        try {
            g2.setColor(isOpaque() ? Color.WHITE : getBackground());
            g2.fillRect(0, 0, getWidth(), getHeight());
            if (snapshot != null) {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                final int width = Math.max(16, Math.min(getWidth(), (int)(getHeight() * WIDTH
                    / (double)snapshot.height(WIDTH))));
                snapshot.draw(g2, width, snapshot.height(width));
            } else if (problem != null) {
                g2.setColor(Color.DARK_GRAY);
                g2.drawString(problem, 2, Math.max(12, getHeight() / 2));
            }
        } finally {
            g2.dispose();
        }
    }
}
