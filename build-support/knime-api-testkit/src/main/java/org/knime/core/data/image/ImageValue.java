package org.knime.core.data.image;

import org.knime.core.data.DataValue;

/**
 * Test-kit stand-in for the KNIME interface of the same name: values that hold an image.
 */
public interface ImageValue extends DataValue {

    /** @return the image content */
    public ImageContent getImageContent();

    /** @return the file extension of the image format, e.g. "png" */
    public String getImageExtension();
}
