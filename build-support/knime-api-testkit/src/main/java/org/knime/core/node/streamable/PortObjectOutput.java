package org.knime.core.node.streamable;

import org.knime.core.node.port.PortObject;

/** Test-kit stand-in for the KNIME class of the same name: a non-streamed output, set once. */
public class PortObjectOutput extends PortOutput {

    private PortObject m_portObject;

    /** @param portObject the output */
    public void setPortObject(final PortObject portObject) {
        m_portObject = portObject;
    }

    /** @return the output, null until set */
    public PortObject getPortObject() {
        return m_portObject;
    }
}
