package org.knime.core.node.streamable;

/** Test-kit stand-in for the KNIME class of the same name: the handle of an input port in streaming. */
public abstract class PortInput {

    /**
     * @return whether the input is inactive
     * @throws InterruptedException when interrupted
     */
    public boolean isInactive() throws InterruptedException {
        return false;
    }
}
