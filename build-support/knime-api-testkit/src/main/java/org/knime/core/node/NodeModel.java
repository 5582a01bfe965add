package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.AbstractNodeView.ViewableModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.workflow.CredentialsProvider;

/**
 * Test-kit stand-in for the KNIME class of the same name: the abstract base of a node's logic (configure,
 * execute, settings, internals). Drive it in tests through {@link NodeModelTestDriver}.
 */
public abstract class NodeModel implements ViewableModel {

    private final PortType[] m_inPortTypes;

    private final PortType[] m_outPortTypes;

    private String m_warningMessage;

    private NodeLogger m_logger;

    private CredentialsProvider m_credentialsProvider = CredentialsProvider.EMPTY_CREDENTIALS_PROVIDER;

    /** Variables pushed by the model, by name (the latest value of a name wins, as on KNIME's stack). */
    private final Map<String, Object> m_outgoingFlowVariables = new LinkedHashMap<>();

    /**
     * @param nrInDataPorts number of data input ports
     * @param nrOutDataPorts number of data output ports
     */
    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        this(dataPorts(nrInDataPorts), dataPorts(nrOutDataPorts));
    }

    /**
     * @param inPortTypes input port types
     * @param outPortTypes output port types
     */
    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        if (inPortTypes == null || outPortTypes == null) {
            throw new NullPointerException("Port type arrays must not be null");
        }
        for (PortType t : inPortTypes) {
            if (t == null) {
                throw new NullPointerException("Input port type must not be null");
            }
        }
        for (PortType t : outPortTypes) {
            if (t == null) {
                throw new NullPointerException("Output port type must not be null");
            }
        }
        m_inPortTypes = inPortTypes.clone();
        m_outPortTypes = outPortTypes.clone();
    }

    private static PortType[] dataPorts(final int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Number of ports must not be negative: " + n);
        }
        PortType[] r = new PortType[n];
        for (int i = 0; i < n; i++) {
            r[i] = BufferedDataTable.TYPE;
        }
        return r;
    }

    /**
     * @param nodeInternDir directory with internals
     * @param exec monitor
     * @throws IOException on read problems
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /**
     * @param nodeInternDir directory for internals
     * @param exec monitor
     * @throws IOException on write problems
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /** @return number of input ports */
    protected final int getNrInPorts() {
        return m_inPortTypes.length;
    }

    /** @return number of output ports */
    protected final int getNrOutPorts() {
        return m_outPortTypes.length;
    }

    /** @param index port index @return the input port type */
    protected final PortType getInPortType(final int index) {
        return m_inPortTypes[index];
    }

    /** @param index port index @return the output port type */
    protected final PortType getOutPortType(final int index) {
        return m_outPortTypes[index];
    }

    /** @param settings target for the current settings */
    protected abstract void saveSettingsTo(final NodeSettingsWO settings);

    /**
     * @param settings settings to check without applying them
     * @throws InvalidSettingsException if invalid
     */
    protected abstract void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException;

    /**
     * @param settings validated settings to apply
     * @throws InvalidSettingsException if invalid
     */
    protected abstract void loadValidatedSettingsFrom(final NodeSettingsRO settings)
        throws InvalidSettingsException;

    /**
     * Default: casts all inputs to {@link BufferedDataTable} and calls
     * {@link #execute(BufferedDataTable[], ExecutionContext)}.
     *
     * @param inObjects inputs (null for unconnected optional ports)
     * @param exec context
     * @return outputs
     * @throws Exception on failure
     */
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable[] in = new BufferedDataTable[inObjects.length];
        for (int i = 0; i < in.length; i++) {
            if (inObjects[i] != null && !(inObjects[i] instanceof BufferedDataTable)) {
                throw new IOException("Input port " + i + " does not hold a data table. "
                    + "Likely reason: wrong version of NodeModel.execute() overwritten!");
            }
            in[i] = (BufferedDataTable)inObjects[i];
        }
        return execute(in, exec);
    }

    /**
     * @param inData input tables
     * @param exec context
     * @return output tables
     * @throws Exception always, unless overridden
     */
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new IOException("NodeModel.execute() implementation missing!");
    }

    /** Clears all results of a previous execution. */
    /**
     * @return how each input port's data is consumed; default: whole tables, one consumer
     */
    public org.knime.core.node.streamable.InputPortRole[] getInputPortRoles() {
        final org.knime.core.node.streamable.InputPortRole[] roles =
            new org.knime.core.node.streamable.InputPortRole[getNrInPorts()];
        java.util.Arrays.fill(roles, org.knime.core.node.streamable.InputPortRole.NONDISTRIBUTED_NONSTREAMABLE);
        return roles;
    }

    /**
     * @return how each output port is produced; default: one output for the whole input
     */
    public org.knime.core.node.streamable.OutputPortRole[] getOutputPortRoles() {
        final org.knime.core.node.streamable.OutputPortRole[] roles =
            new org.knime.core.node.streamable.OutputPortRole[getNrOutPorts()];
        java.util.Arrays.fill(roles, org.knime.core.node.streamable.OutputPortRole.NONDISTRIBUTED);
        return roles;
    }

    /**
     * The operator that executes the node on streamed inputs. The test kit's default supports nodes
     * that override it only (KNIME's default runs {@code execute} on the collected inputs).
     *
     * @param partitionInfo which partition of a distributed execution this is
     * @param inSpecs the input specs
     * @return the operator
     * @throws InvalidSettingsException when the settings do not fit the inputs
     */
    public org.knime.core.node.streamable.StreamableOperator createStreamableOperator(
        final org.knime.core.node.streamable.PartitionInfo partitionInfo, final PortObjectSpec[] inSpecs)
        throws InvalidSettingsException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not stream in the test kit");
    }

    protected abstract void reset();

    /** Called when the node is removed; does nothing by default. */
    protected void onDispose() {
        // nothing by default
    }

    /**
     * Default: casts all specs to {@link DataTableSpec} and calls {@link #configure(DataTableSpec[])}.
     *
     * @param inSpecs input specs (null if unknown)
     * @return output specs (null entries if unknown)
     * @throws InvalidSettingsException if the node cannot be configured
     */
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec[] in = new DataTableSpec[inSpecs.length];
        for (int i = 0; i < in.length; i++) {
            if (inSpecs[i] != null && !(inSpecs[i] instanceof DataTableSpec)) {
                throw new InvalidSettingsException("Input Port " + i + " does not hold data table specs. "
                    + "Likely reason: wrong version of NodeModel.configure() overwritten!");
            }
            in[i] = (DataTableSpec)inSpecs[i];
        }
        return configure(in);
    }

    /**
     * @param inSpecs input table specs
     * @return output table specs
     * @throws InvalidSettingsException always, unless overridden
     */
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new InvalidSettingsException("NodeModel.configure() implementation missing!");
    }

    /** @param warningMessage warning shown on the node (null clears it) */
    protected final void setWarningMessage(final String warningMessage) {
        m_warningMessage = warningMessage;
    }

    /** @return the current warning message or null */
    protected final String getWarningMessage() {
        return m_warningMessage;
    }

    /** @return a logger for this model's class */
    protected final NodeLogger getLogger() {
        if (m_logger == null) {
            m_logger = NodeLogger.getLogger(getClass());
        }
        return m_logger;
    }

    /** @return the credentials (workflow credentials and credentials flow variables) available to the node */
    protected final CredentialsProvider getCredentialsProvider() {
        return m_credentialsProvider;
    }

    /**
     * Puts a flow variable onto the node's outgoing stack.
     *
     * @param name the name
     * @param value the value
     * @throws NullPointerException if the name is null
     */
    protected final void pushFlowVariableInt(final String name, final int value) {
        pushFlowVariable(name, value);
    }

    /**
     * Puts a flow variable onto the node's outgoing stack.
     *
     * @param name the name
     * @param value the value
     * @throws NullPointerException if the name or value is null
     */
    protected final void pushFlowVariableString(final String name, final String value) {
        pushFlowVariable(name, java.util.Objects.requireNonNull(value, "value"));
    }

    /**
     * Puts a flow variable onto the node's outgoing stack.
     *
     * @param name the name
     * @param value the value
     * @throws NullPointerException if the name is null
     */
    protected final void pushFlowVariableDouble(final String name, final double value) {
        pushFlowVariable(name, value);
    }

    private void pushFlowVariable(final String name, final Object value) {
        m_outgoingFlowVariables.put(java.util.Objects.requireNonNull(name, "name"), value);
    }

    final void setCredentialsProvider(final CredentialsProvider provider) {
        m_credentialsProvider = provider;
    }

    final Map<String, Object> outgoingFlowVariables() {
        return m_outgoingFlowVariables;
    }

    final PortType[] inPortTypes() {
        return m_inPortTypes.clone();
    }

    final PortType[] outPortTypes() {
        return m_outPortTypes.clone();
    }
}
