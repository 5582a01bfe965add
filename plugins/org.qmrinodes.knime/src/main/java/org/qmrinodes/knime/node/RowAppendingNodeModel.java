package org.qmrinodes.knime.node;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortObjectOutput;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.RowInput;
import org.knime.core.node.streamable.RowOutput;
import org.knime.core.node.streamable.StreamableOperator;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.tables.AppendedColumns;

/**
 * A node whose one output is its one input table with cells appended to every row, each row on its
 * own (a fit, features of a lesion, a derived map): it executes on a whole table and, as KNIME's
 * streaming API asks, row by row on a distributed streamable input, so that KNIME's streaming
 * executor and the Parallel Chunk Loop process a cohort without holding every volume. Both ways run
 * the same {@link RowJob}. Further output tables may follow that depend on the settings only (e.g.
 * the list of features computed); they are not distributed.
 *
 * @param <S> the settings declaration
 */
public abstract class RowAppendingNodeModel<S extends NodeSettingsDeclaration> extends QmriNodeModel<S> {

    /** The work on the rows of one input: fills each row's appended cells, then reports what it counted. */
    protected interface RowJob extends AppendedColumns.RowFiller {

        /** Called after the last row: sets the node's warning from what was counted, if anything. */
        void finish();
    }

    /**
     * @param settings the settings declaration (a fresh instance)
     */
    protected RowAppendingNodeModel(final S settings) {
        this(settings, 0);
    }

    /**
     * @param settings the settings declaration (a fresh instance)
     * @param settingsTables the number of further output tables, which depend on the settings only
     */
    protected RowAppendingNodeModel(final S settings, final int settingsTables) {
        super(settings, new PortType[] {BufferedDataTable.TYPE}, tables(1 + settingsTables));
    }

    private static PortType[] tables(final int n) {
        final PortType[] out = new PortType[n];
        java.util.Arrays.fill(out, BufferedDataTable.TYPE);
        return out;
    }

    /**
     * @param in the input spec
     * @return the specs of the further output tables (default: none)
     * @throws InvalidSettingsException when the settings do not fit the input
     */
    protected DataTableSpec[] settingsTableSpecs(final DataTableSpec in) throws InvalidSettingsException {
        return new DataTableSpec[0];
    }

    /**
     * @param in the input spec
     * @param exec to create the tables
     * @return the further output tables (default: none)
     * @throws Exception when they cannot be made
     */
    protected BufferedDataTable[] settingsTables(final DataTableSpec in, final ExecutionContext exec) throws Exception {
        return new BufferedDataTable[0];
    }

    /**
     * @param in the input spec
     * @return the output spec: the input columns and the appended ones
     * @throws InvalidSettingsException when the settings do not fit the input
     */
    protected abstract DataTableSpec outSpec(DataTableSpec in) throws InvalidSettingsException;

    /**
     * @param in the input spec
     * @return a fresh job for rows of that spec (one per execution, or per partition when distributed)
     * @throws InvalidSettingsException when the settings do not fit the input
     */
    protected abstract RowJob job(DataTableSpec in) throws InvalidSettingsException;

    /** @return what the node does to a row, for the progress message, e.g. "Fitting" */
    protected abstract String doing();

    @Override
    protected final PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec in = (DataTableSpec)inSpecs[0];
        final DataTableSpec[] further = settingsTableSpecs(in);
        final PortObjectSpec[] out = new PortObjectSpec[1 + further.length];
        out[0] = outSpec(in);
        System.arraycopy(further, 0, out, 1, further.length);
        return out;
    }

    @Override
    protected final PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec in = table.getDataTableSpec();
        final RowJob job = job(in);
        final BufferedDataTable result = AppendedColumns.appendToRows(table, outSpec(in), exec, doing(), job);
        job.finish();
        final BufferedDataTable[] further = settingsTables(in, exec);
        final PortObject[] out = new PortObject[1 + further.length];
        out[0] = result;
        System.arraycopy(further, 0, out, 1, further.length);
        return out;
    }

    @Override
    public final InputPortRole[] getInputPortRoles() {
        return new InputPortRole[] {InputPortRole.DISTRIBUTED_STREAMABLE};
    }

    @Override
    public final OutputPortRole[] getOutputPortRoles() {
        final OutputPortRole[] roles = new OutputPortRole[getNrOutPorts()];
        java.util.Arrays.fill(roles, OutputPortRole.NONDISTRIBUTED);
        roles[0] = OutputPortRole.DISTRIBUTED;
        return roles;
    }

    @Override
    public final StreamableOperator createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec in = (DataTableSpec)inSpecs[0];
        final int width = outSpec(in).getNumColumns();
        return new StreamableOperator() {
            @Override
            public void runFinal(final PortInput[] inputs, final PortOutput[] outputs, final ExecutionContext exec)
                throws Exception {
                final RowJob job = job(in);
                AppendedColumns.appendToRows((RowInput)inputs[0], (RowOutput)outputs[0], width, exec, doing(), job);
                job.finish();
                if (outputs.length > 1 && outputs[1] != null) {
                    final BufferedDataTable[] further = settingsTables(in, exec);
                    for (int o = 0; o < further.length; o++) {
                        ((PortObjectOutput)outputs[1 + o]).setPortObject(exec.createSpecReplacerTable(further[o],
                            withSettingsUsed(further[o].getDataTableSpec())));
                    }
                }
            }
        };
    }
}
