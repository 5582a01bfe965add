package org.knime.core.node.streamable;

/** Test-kit stand-in for the KNIME class of the same name: whether a port's data can be processed in parallel. */
public class PortRole {

    private final boolean m_isDistributable;

    PortRole(final boolean isDistributable) {
        m_isDistributable = isDistributable;
    }

    /** @return whether several threads or processes may each process part of the data */
    public boolean isDistributable() {
        return m_isDistributable;
    }
}
