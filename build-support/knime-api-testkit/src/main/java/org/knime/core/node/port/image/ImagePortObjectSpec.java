package org.knime.core.node.port.image;

import java.util.Objects;

import javax.swing.JComponent;

import org.knime.core.data.DataType;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-kit stand-in for the KNIME class of the same name: the spec of an image port, i.e. the image cell type.
 */
public final class ImagePortObjectSpec implements PortObjectSpec {

    private DataType m_dataType;

    /** @param type the image cell type, e.g. {@code PNGImageContent.TYPE} */
    public ImagePortObjectSpec(final DataType type) {
        if (type == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_dataType = type;
    }

    /** Framework constructor; the type is unset. */
    public ImagePortObjectSpec() {
    }

    /** @return the image cell type */
    public DataType getDataType() {
        return m_dataType;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof ImagePortObjectSpec
            && Objects.equals(m_dataType, ((ImagePortObjectSpec)obj).m_dataType);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(m_dataType);
    }

    @Override
    public String toString() {
        return "ImagePortObjectSpec(" + m_dataType + ")";
    }
}
