package org.knime.core.data.image;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;

import org.knime.core.data.DataCell;

/**
 * Test-kit stand-in for the KNIME interface of the same name: an image that can be painted, saved and wrapped in a
 * cell.
 */
public interface ImageContent {

    /**
     * @param g target graphics
     * @param maxWidth available width
     * @param maxHeight available height
     */
    public void paint(final Graphics2D g, final int maxWidth, final int maxHeight);

    /** @return the natural size of the image */
    public Dimension getPreferredSize();

    /** @return a cell holding this image */
    public DataCell toImageCell();

    /** @param out target for the encoded image @throws IOException on write problems */
    public void save(final OutputStream out) throws IOException;

    /** @return a short description */
    public String getSummary();
}
