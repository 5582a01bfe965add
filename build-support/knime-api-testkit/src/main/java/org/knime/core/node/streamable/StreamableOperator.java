package org.knime.core.node.streamable;

import org.knime.core.node.ExecutionContext;

/** Test-kit stand-in for the KNIME class of the same name: the work of a node on streamed inputs. */
public abstract class StreamableOperator {

    /**
     * Processes the inputs into the outputs (streamed ports get {@link RowInput} / {@link RowOutput}).
     *
     * @param inputs the input handles
     * @param outputs the output handles
     * @param exec progress and cancellation
     * @throws Exception to fail the node
     */
    public abstract void runFinal(PortInput[] inputs, PortOutput[] outputs, ExecutionContext exec) throws Exception;

    /**
     * @param inputs the input handles
     * @param exec progress and cancellation
     * @throws Exception to fail the node
     */
    public void runIntermediate(final PortInput[] inputs, final ExecutionContext exec) throws Exception {
        // possibly overwritten
    }

    /** @param internals restored intermediate results */
    public void loadInternals(final StreamableOperatorInternals internals) {
        // possibly overwritten
    }

    /** @return the internals to pass back, null for none */
    public StreamableOperatorInternals saveInternals() {
        return null;
    }
}
