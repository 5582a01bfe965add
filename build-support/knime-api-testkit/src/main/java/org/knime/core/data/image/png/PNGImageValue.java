package org.knime.core.data.image.png;

import org.knime.core.data.image.ImageValue;

/**
 * Test-kit stand-in for the KNIME interface of the same name: values that hold a PNG image.
 */
public interface PNGImageValue extends ImageValue {

    @Override
    public PNGImageContent getImageContent();
}
