package org.qmrinodes.knime.ports;

import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/** PNG image ports: the spec at configure time and the port object from PNG bytes. */
public final class PngImages {

    private PngImages() {
    }

    /** @return the spec of a PNG image port */
    public static ImagePortObjectSpec spec() {
        return new ImagePortObjectSpec(PNGImageContent.TYPE);
    }

    /**
     * @param png PNG file bytes
     * @return the image port object
     */
    public static ImagePortObject port(final byte[] png) {
        return new ImagePortObject(new PNGImageContent(png), spec());
    }
}
