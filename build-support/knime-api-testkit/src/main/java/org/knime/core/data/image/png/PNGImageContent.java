package org.knime.core.data.image.png;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;

/**
 * Test-kit stand-in for the KNIME class of the same name: PNG image bytes, decoded with {@link ImageIO}. Like in
 * KNIME, the bytes are decoded on construction and undecodable bytes are rejected.
 */
public class PNGImageContent implements ImageContent {

    /** The type of PNG image cells. */
    public static final DataType TYPE = DataType.getType(PNGImageCell.class);

    private final byte[] m_bytes;

    private transient BufferedImage m_image;

    /**
     * @param imageBytes PNG encoded bytes (not copied)
     * @throws IllegalArgumentException if the bytes cannot be decoded
     */
    public PNGImageContent(final byte[] imageBytes) {
        if (imageBytes == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_bytes = imageBytes;
        m_image = decode(imageBytes);
    }

    /**
     * @param is stream with PNG bytes (read fully, not closed)
     * @throws IOException on read problems
     */
    public PNGImageContent(final InputStream is) throws IOException {
        this(is.readAllBytes());
    }

    private static BufferedImage decode(final byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            if (img == null) {
                throw new IllegalArgumentException("ImageIO returned null while reading image bytes");
            }
            return img;
        } catch (IOException e) {
            throw new IllegalArgumentException("Image can't be read", e);
        }
    }

    /** @return the internal byte array (do not modify) */
    public byte[] getByteArrayReference() {
        return m_bytes;
    }

    /** @return a copy of the PNG bytes */
    public byte[] getByteArray() {
        return Arrays.copyOf(m_bytes, m_bytes.length);
    }

    /** @return the decoded image */
    public Image getImage() {
        if (m_image == null) {
            m_image = decode(m_bytes);
        }
        return m_image;
    }

    @Override
    public void paint(final Graphics2D g, final int width, final int height) {
        g.drawImage(getImage(), 0, 0, width, height, null);
    }

    @Override
    public void save(final OutputStream output) throws IOException {
        output.write(m_bytes);
    }

    @Override
    public DataCell toImageCell() {
        return new PNGImageCell(this);
    }

    @Override
    public Dimension getPreferredSize() {
        Image img = getImage();
        return new Dimension(img.getWidth(null), img.getHeight(null));
    }

    @Override
    public String getSummary() {
        Dimension d = getPreferredSize();
        String size = m_bytes.length < 1000 ? m_bytes.length + " B" : (m_bytes.length / 1024) + " KB";
        return "PNG Image " + d.width + " x " + d.height + " with " + size;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m_bytes);
    }

    @Override
    public boolean equals(final Object o) {
        return o != null && o.getClass() == getClass() && Arrays.equals(m_bytes, ((PNGImageContent)o).m_bytes);
    }
}
