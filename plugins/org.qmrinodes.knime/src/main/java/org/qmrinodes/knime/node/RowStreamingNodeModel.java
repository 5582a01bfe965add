package org.qmrinodes.knime.node;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.RowInput;
import org.knime.core.node.streamable.RowOutput;
import org.knime.core.node.streamable.StreamableOperator;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.tables.TableRows;

/**
 * A node that turns each row of its one input table into any number of rows of each of its output
 * tables, each input row on its own (a mask split into slices, a curve into its points). Like
 * {@link RowAppendingNodeModel} it executes on a whole table and, through KNIME's streaming API, row
 * by row on a distributed streamable input with every output distributed; both ways run the same
 * {@link RowWork}. Output row keys must be made from the input row's key, so that partitions never
 * produce the same key.
 *
 * @param <S> the settings declaration
 */
public abstract class RowStreamingNodeModel<S extends NodeSettingsDeclaration> extends QmriNodeModel<S> {

    /** Where a row's output rows go. */
    @FunctionalInterface
    protected interface RowSink {
        /**
         * @param port the output port
         * @param row an output row (its key made from the input row's)
         * @throws InterruptedException when a streamed output is interrupted
         */
        void push(int port, DataRow row) throws InterruptedException;
    }

    /** The work on the rows of one input: the output rows of each input row, then what it counted. */
    protected interface RowWork {
        /**
         * @param row the input row
         * @param sink where its output rows go
         * @throws Exception to fail the node (messages should name the row)
         */
        void process(DataRow row, RowSink sink) throws Exception;

        /** Called after the last row: sets the node's warning from what was counted, if anything. */
        void finish();
    }

    /**
     * @param settings the settings declaration (a fresh instance)
     * @param outputs the number of output tables
     */
    protected RowStreamingNodeModel(final S settings, final int outputs) {
        super(settings, new PortType[] {BufferedDataTable.TYPE}, tables(outputs));
    }

    private static PortType[] tables(final int n) {
        final PortType[] out = new PortType[n];
        java.util.Arrays.fill(out, BufferedDataTable.TYPE);
        return out;
    }

    /**
     * @param in the input spec
     * @return the spec of every output table
     * @throws InvalidSettingsException when the settings do not fit the input
     */
    protected abstract DataTableSpec[] outSpecs(DataTableSpec in) throws InvalidSettingsException;

    /**
     * @param in the input spec
     * @return fresh work for rows of that spec (one per execution, or per partition when distributed)
     * @throws InvalidSettingsException when the settings do not fit the input
     */
    protected abstract RowWork work(DataTableSpec in) throws InvalidSettingsException;

    /** @return what the node does to a row, for the progress message, e.g. "Transferring the mask of" */
    protected abstract String doing();

    @Override
    protected final PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return outSpecs((DataTableSpec)inSpecs[0]);
    }

    @Override
    protected final PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec in = table.getDataTableSpec();
        final DataTableSpec[] specs = outSpecs(in);
        final BufferedDataContainer[] containers = new BufferedDataContainer[specs.length];
        for (int p = 0; p < specs.length; p++) {
            containers[p] = exec.createDataContainer(specs[p]);
        }
        final RowWork work = work(in);
        final RowSink sink = (port, row) -> containers[port].addRowToTable(row);
        TableRows.forEachRowOf(table, exec, doing(), r -> work.process(r, sink));
        work.finish();
        final PortObject[] out = new PortObject[specs.length];
        for (int p = 0; p < specs.length; p++) {
            containers[p].close();
            out[p] = containers[p].getTable();
        }
        return out;
    }

    @Override
    public final InputPortRole[] getInputPortRoles() {
        return new InputPortRole[] {InputPortRole.DISTRIBUTED_STREAMABLE};
    }

    @Override
    public final OutputPortRole[] getOutputPortRoles() {
        final OutputPortRole[] roles = new OutputPortRole[getNrOutPorts()];
        java.util.Arrays.fill(roles, OutputPortRole.DISTRIBUTED);
        return roles;
    }

    @Override
    public final StreamableOperator createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec in = (DataTableSpec)inSpecs[0];
        return new StreamableOperator() {
            @Override
            public void runFinal(final PortInput[] inputs, final PortOutput[] outputs, final ExecutionContext exec)
                throws Exception {
                final RowWork work = work(in);
                final RowSink sink = (port, row) -> ((RowOutput)outputs[port]).push(row);
                TableRows.forEachRowOf((RowInput)inputs[0], exec, doing(), r -> work.process(r, sink));
                work.finish();
                for (final PortOutput o : outputs) {
                    ((RowOutput)o).close();
                }
            }
        };
    }
}
