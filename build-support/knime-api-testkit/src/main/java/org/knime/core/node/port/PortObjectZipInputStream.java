package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/** Test-kit stand-in for the KNIME class of the same name (obtain one from {@link PortUtil}). */
public class PortObjectZipInputStream extends ZipInputStream {

    PortObjectZipInputStream(final InputStream stream) {
        super(stream);
    }
}
