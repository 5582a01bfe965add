package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/** Test-kit stand-in for the KNIME class of the same name (obtain one from {@link PortUtil}). */
public class PortObjectZipOutputStream extends ZipOutputStream {

    PortObjectZipOutputStream(final OutputStream stream) {
        super(stream);
    }
}
