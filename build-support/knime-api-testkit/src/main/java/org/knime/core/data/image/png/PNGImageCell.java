package org.knime.core.data.image.png;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataValue;

/**
 * Test-kit stand-in for the KNIME class of the same name: a cell holding PNG bytes. Created via
 * {@link PNGImageContent#toImageCell()}.
 */
public class PNGImageCell extends DataCell implements PNGImageValue {

    private static final long serialVersionUID = 1L;

    private final PNGImageContent m_content;

    PNGImageCell(final PNGImageContent content) {
        if (content == null) {
            throw new NullPointerException("Image content must not be null");
        }
        m_content = content;
    }

    @Override
    public PNGImageContent getImageContent() {
        return m_content;
    }

    @Override
    public String getImageExtension() {
        return "png";
    }

    @Override
    public String toString() {
        return m_content.getSummary();
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return m_content.equals(((PNGImageCell)dc).m_content);
    }

    @Override
    protected boolean equalContent(final DataValue otherValue) {
        return otherValue instanceof PNGImageValue
            && m_content.equals(((PNGImageValue)otherValue).getImageContent());
    }

    @Override
    public int hashCode() {
        return m_content.hashCode();
    }
}
