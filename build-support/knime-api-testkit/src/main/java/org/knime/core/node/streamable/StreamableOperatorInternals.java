package org.knime.core.node.streamable;

/** Test-kit stand-in for the KNIME class of the same name: what a distributed operator passes back to its node. */
public abstract class StreamableOperatorInternals {
}
