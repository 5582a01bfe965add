package org.knime.core.node.streamable;

/** Test-kit stand-in for the KNIME class of the same name: the handle of an output port in streaming. */
public abstract class PortOutput {

    /** Marks the output inactive. */
    public void setInactive() {
        throw new UnsupportedOperationException("inactive outputs are not supported by the test kit");
    }
}
