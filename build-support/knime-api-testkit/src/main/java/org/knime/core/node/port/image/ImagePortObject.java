package org.knime.core.node.port.image;

import javax.swing.JComponent;

import org.knime.core.data.DataCell;
import org.knime.core.data.image.ImageContent;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * Test-kit stand-in for the KNIME class of the same name: a port object carrying one image. As in KNIME, the image
 * is reached through {@link #toDataCell()} (an {@code ImageValue}).
 */
public class ImagePortObject implements PortObject {

    /** The image port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ImagePortObject.class);

    /** The optional image port type. */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(ImagePortObject.class, true);

    private ImageContent m_content;

    private ImagePortObjectSpec m_spec;

    /** Framework constructor; content and spec are unset. */
    public ImagePortObject() {
    }

    /**
     * @param content the image
     * @param spec its spec
     */
    public ImagePortObject(final ImageContent content, final ImagePortObjectSpec spec) {
        if (spec == null || content == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_content = content;
        m_spec = spec;
    }

    /** @return a cell holding the image */
    public DataCell toDataCell() {
        return m_content.toImageCell();
    }

    @Override
    public String getSummary() {
        return m_content.getSummary();
    }

    @Override
    public ImagePortObjectSpec getSpec() {
        return m_spec;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }
}
