package org.knime.core.node.streamable;

/** Test-kit stand-in for the KNIME class of the same name: how an output port is produced. */
public final class OutputPortRole extends PortRole {

    /** Every partition produces part of the output. */
    public static final OutputPortRole DISTRIBUTED = new OutputPortRole(true);
    /** One output for the whole input (the default). */
    public static final OutputPortRole NONDISTRIBUTED = new OutputPortRole(false);

    private OutputPortRole(final boolean isDistributable) {
        super(isDistributable);
    }
}
