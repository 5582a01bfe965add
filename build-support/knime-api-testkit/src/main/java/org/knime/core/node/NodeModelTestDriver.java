package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Test kit only, not part of KNIME: drives {@link NodeModel}s, {@link NodeFactory}s and {@link NodeDialogPane}s
 * from tests in any package, mimicking what the KNIME framework does (port checks, validate-then-load of settings,
 * clearing the warning before execution).
 */
public final class NodeModelTestDriver {

    private NodeModelTestDriver() {
    }

    // ---- configure / execute ---------------------------------------------------------------------------

    /**
     * Calls {@code configure} after checking the number of inputs (null is only allowed for optional ports).
     *
     * @param m the model
     * @param inSpecs one spec per input port
     * @return the output specs (entries may be null = unknown)
     * @throws InvalidSettingsException as thrown by the model
     */
    public static PortObjectSpec[] configure(final NodeModel m, final PortObjectSpec... inSpecs)
        throws InvalidSettingsException {
        checkInputs(m, inSpecs, "spec");
        for (int i = 0; i < inSpecs.length; i++) {
            if (inSpecs[i] != null && !m.getInPortType(i).acceptsPortObjectSpec(inSpecs[i])) {
                throw new IllegalArgumentException("Spec at port " + i + " (" + inSpecs[i].getClass().getSimpleName()
                    + ") does not fit port type " + m.getInPortType(i));
            }
        }
        PortObjectSpec[] out = m.configure(inSpecs.clone());
        if (out == null || out.length != m.getNrOutPorts()) {
            throw new IllegalStateException("configure returned " + (out == null ? "null" : out.length + " specs")
                + " but the node has " + m.getNrOutPorts() + " output ports");
        }
        return out;
    }

    /**
     * Executes with a fresh, never canceled context.
     *
     * @param m the model
     * @param inputs one object per input port
     * @return the outputs
     * @throws Exception as thrown by the model
     */
    public static PortObject[] execute(final NodeModel m, final PortObject... inputs) throws Exception {
        return execute(m, newExecutionContext(), inputs);
    }

    /**
     * Clears the warning message (as KNIME does before execution), executes and checks the outputs: one non-null
     * object per output port, each accepted by the port type.
     *
     * @param m the model
     * @param exec the context to use
     * @param inputs one object per input port
     * @return the outputs
     * @throws Exception as thrown by the model
     */
    public static PortObject[] execute(final NodeModel m, final ExecutionContext exec, final PortObject... inputs)
        throws Exception {
        checkInputs(m, inputs, "object");
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] != null && !m.getInPortType(i).acceptsPortObject(inputs[i])) {
                throw new IllegalArgumentException("Input at port " + i + " (" + inputs[i].getClass().getSimpleName()
                    + ") does not fit port type " + m.getInPortType(i));
            }
        }
        // KNIME configures a node with the specs of its inputs before it executes it
        final PortObjectSpec[] inSpecs = new PortObjectSpec[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            inSpecs[i] = inputs[i] == null ? null : inputs[i].getSpec();
        }
        final PortObjectSpec[] configured = m.configure(inSpecs);
        m.setWarningMessage(null);
        m.outgoingFlowVariables().clear();
        PortObject[] out = m.execute(inputs.clone(), exec);
        if (out == null || out.length != m.getNrOutPorts()) {
            throw new IllegalStateException("execute returned " + (out == null ? "null" : out.length + " objects")
                + " but the node has " + m.getNrOutPorts() + " output ports");
        }
        checkConfiguredSpecs(m, configured, out);
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw new IllegalStateException("execute returned null at output port " + i);
            }
            if (!m.getOutPortType(i).acceptsPortObject(out[i])) {
                throw new IllegalStateException("Output at port " + i + " (" + out[i].getClass().getSimpleName()
                    + ") does not fit port type " + m.getOutPortType(i));
            }
        }
        return out;
    }

    /**
     * Executes a node as KNIME's streaming executor does with its first input streamed: the input's rows
     * split into {@code partitions} consecutive parts, one operator per part
     * ({@code createStreamableOperator}). A distributed output gets a row output of the spec
     * {@code configure} returned in every part, the parts' rows concatenated in order; a non-distributed
     * output a port-object output in the first part only. Checks that the first input is streamable
     * (and distributable when there is more than one part).
     *
     * @param m the model
     * @param partitions the number of partitions (1: streamed, not distributed)
     * @param inputs one table per input port (only the first is streamed; the others must be null)
     * @return the output tables
     * @throws Exception as thrown by the operators
     */
    public static BufferedDataTable[] executeStreamed(final NodeModel m, final int partitions,
        final BufferedDataTable... inputs) throws Exception {
        checkInputs(m, inputs, "table");
        final org.knime.core.node.streamable.InputPortRole first = m.getInputPortRoles()[0];
        if (!first.isStreamable() || partitions > 1 && !first.isDistributable()) {
            throw new IllegalStateException(m.getClass().getSimpleName() + ": the first input is not "
                + (first.isStreamable() ? "distributable" : "streamable"));
        }
        final org.knime.core.node.streamable.OutputPortRole[] roles = m.getOutputPortRoles();
        final PortObjectSpec[] inSpecs = new PortObjectSpec[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            if (i > 0 && inputs[i] != null) {
                throw new IllegalArgumentException("the test kit streams nodes whose other inputs are not connected");
            }
            inSpecs[i] = inputs[i] == null ? null : inputs[i].getDataTableSpec();
        }
        final PortObjectSpec[] configured = m.configure(inSpecs);
        m.setWarningMessage(null);
        final List<DataRow> rows = rows(inputs[0]);
        final ExecutionContext exec = newExecutionContext();
        final List<List<DataRow>> outRows = new ArrayList<>();
        final BufferedDataTable[] result = new BufferedDataTable[m.getNrOutPorts()];
        for (int o = 0; o < m.getNrOutPorts(); o++) {
            outRows.add(new ArrayList<>());
        }
        for (int p = 0; p < partitions; p++) {
            final List<DataRow> part = rows.subList(p * rows.size() / partitions, (p + 1) * rows.size() / partitions);
            final org.knime.core.node.streamable.StreamableOperator op = m.createStreamableOperator(
                new org.knime.core.node.streamable.PartitionInfo(p, partitions), inSpecs);
            final org.knime.core.node.streamable.PortInput[] in = new org.knime.core.node.streamable.PortInput[inputs.length];
            in[0] = new org.knime.core.node.streamable.DataTableRowInput(table(inputs[0].getDataTableSpec(), part));
            final org.knime.core.node.streamable.PortOutput[] out =
                new org.knime.core.node.streamable.PortOutput[m.getNrOutPorts()];
            for (int o = 0; o < out.length; o++) {
                if (roles[o].isDistributable()) {
                    out[o] = new org.knime.core.node.streamable.BufferedDataTableRowOutput(
                        exec.createDataContainer((DataTableSpec)configured[o]));
                } else if (p == 0) {
                    out[o] = new org.knime.core.node.streamable.PortObjectOutput();
                }
            }
            op.runFinal(in, out, exec);
            for (int o = 0; o < out.length; o++) {
                if (out[o] instanceof org.knime.core.node.streamable.BufferedDataTableRowOutput rowOutput) {
                    if (rowOutput.getDataTable() == null) {
                        throw new IllegalStateException("output " + o + " of partition " + p + " was not closed");
                    }
                    outRows.get(o).addAll(rows(rowOutput.getDataTable()));
                } else if (out[o] instanceof org.knime.core.node.streamable.PortObjectOutput objectOutput) {
                    if (!(objectOutput.getPortObject() instanceof BufferedDataTable t)) {
                        throw new IllegalStateException("output " + o + " was not set to a table");
                    }
                    result[o] = t;
                }
            }
        }
        for (int o = 0; o < result.length; o++) {
            if (roles[o].isDistributable()) {
                result[o] = table((DataTableSpec)configured[o], outRows.get(o));
            }
        }
        return result;
    }

    /**
     * The contract KNIME checks after every execution ("DataSpec generated by configure does not match
     * spec after execution", a coding problem): a table spec that {@code configure} returned (not
     * null) must have the structure of the executed table's spec.
     */
    private static void checkConfiguredSpecs(final NodeModel m, final PortObjectSpec[] configured, final PortObject[] out) {
        if (configured == null) {
            return;
        }
        for (int i = 0; i < out.length && i < configured.length; i++) {
            if (configured[i] instanceof DataTableSpec expected && out[i] instanceof BufferedDataTable table
                && !expected.equalStructure(table.getDataTableSpec())) {
                throw new IllegalStateException(m.getClass().getSimpleName() + ": the spec configure returned for output port "
                    + i + " does not match the executed table's spec (return null from configure when the columns depend"
                    + " on the data): configured " + expected + ", executed " + table.getDataTableSpec());
            }
        }
    }

    private static void checkInputs(final NodeModel m, final Object[] in, final String what) {
        if (in == null || in.length != m.getNrInPorts()) {
            throw new IllegalArgumentException("Expected " + m.getNrInPorts() + " input " + what + "s, got "
                + (in == null ? "null" : in.length));
        }
        for (int i = 0; i < in.length; i++) {
            if (in[i] == null && !m.getInPortType(i).isOptional()) {
                throw new IllegalArgumentException("Input " + what + " at mandatory port " + i + " is null");
            }
        }
    }

    /** @param m the model; calls its {@code reset()} and clears the warning message */
    public static void reset(final NodeModel m) {
        m.reset();
        m.setWarningMessage(null);
    }

    /** @param m the model @return the last warning set via {@code setWarningMessage}, or null */
    public static String warningMessage(final NodeModel m) {
        return m.getWarningMessage();
    }

    /**
     * @param m the model
     * @param provider the credentials the framework gives the node (workflow credentials and credentials flow
     *        variables)
     */
    public static void setCredentialsProvider(final NodeModel m, final org.knime.core.node.workflow.CredentialsProvider provider) {
        m.setCredentialsProvider(provider);
    }

    /** @param m the model @return the flow variables it pushed in its last execution, by name, in push order */
    public static java.util.Map<String, Object> pushedFlowVariables(final NodeModel m) {
        return Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m.outgoingFlowVariables()));
    }

    /** @param m the model @return its input port types, in order */
    public static List<PortType> inPortTypes(final NodeModel m) {
        return Collections.unmodifiableList(Arrays.asList(m.inPortTypes()));
    }

    /** @param m the model @return its output port types, in order */
    public static List<PortType> outPortTypes(final NodeModel m) {
        return Collections.unmodifiableList(Arrays.asList(m.outPortTypes()));
    }

    // ---- settings and internals ------------------------------------------------------------------------

    /** @param m the model @return its settings, saved into a root named "model" as KNIME does */
    public static NodeSettings saveSettings(final NodeModel m) {
        NodeSettings s = new NodeSettings("model");
        m.saveSettingsTo(s);
        return s;
    }

    /**
     * Validates and then loads settings, as KNIME does when applying a dialog or loading a workflow.
     *
     * @param m the model
     * @param s the settings
     * @throws InvalidSettingsException if validation or loading fails
     */
    public static void loadSettings(final NodeModel m, final NodeSettingsRO s) throws InvalidSettingsException {
        m.validateSettings(s);
        m.loadValidatedSettingsFrom(s);
    }

    /**
     * @param m the model
     * @param s the settings
     * @throws InvalidSettingsException if invalid
     */
    public static void validateSettings(final NodeModel m, final NodeSettingsRO s) throws InvalidSettingsException {
        m.validateSettings(s);
    }

    /**
     * @param m the model
     * @param dir directory for the internals
     * @throws IOException on write problems
     * @throws CanceledExecutionException if canceled
     */
    public static void saveInternals(final NodeModel m, final File dir)
        throws IOException, CanceledExecutionException {
        m.saveInternals(dir, new ExecutionMonitor());
    }

    /**
     * @param m the model
     * @param dir directory with the internals
     * @throws IOException on read problems
     * @throws CanceledExecutionException if canceled
     */
    public static void loadInternals(final NodeModel m, final File dir)
        throws IOException, CanceledExecutionException {
        m.loadInternals(dir, new ExecutionMonitor());
    }

    // ---- execution contexts ----------------------------------------------------------------------------

    /** @return a context that is never canceled */
    public static ExecutionContext newExecutionContext() {
        return new ExecutionContext(new ExecutionMonitor.State(-1), null, 1.0, false);
    }

    /**
     * @param checks number of {@code checkCanceled()} calls that pass
     * @return a context whose {@code checkCanceled()} throws {@link CanceledExecutionException} from call
     *         {@code checks + 1} on (counted across all sub contexts and sub progress monitors)
     */
    public static ExecutionContext cancelledAfter(final int checks) {
        if (checks < 0) {
            throw new IllegalArgumentException("checks must not be negative");
        }
        return new ExecutionContext(new ExecutionMonitor.State(checks), null, 1.0, false);
    }

    /** @param exec a monitor; cancels it and all monitors sharing its state */
    public static void cancel(final ExecutionMonitor exec) {
        exec.m_state.cancel();
    }

    /** @param exec a monitor @return the overall progress of its root in [0,1] */
    public static double lastProgress(final ExecutionMonitor exec) {
        return exec.m_state.progress();
    }

    /** @param exec a monitor @return the last progress message, or null */
    public static String lastProgressMessage(final ExecutionMonitor exec) {
        return exec.m_state.message();
    }

    /** @param exec a monitor @return how often {@code checkCanceled()} was called on it or related monitors */
    public static int cancelCheckCount(final ExecutionMonitor exec) {
        return exec.m_state.checks();
    }

    // ---- tables ----------------------------------------------------------------------------------------

    /**
     * @param spec the spec
     * @param rows the rows (checked like a container checks them)
     * @return a table
     */
    public static BufferedDataTable table(final DataTableSpec spec, final List<? extends DataRow> rows) {
        BufferedDataContainer c = new BufferedDataContainer(spec);
        for (DataRow r : rows) {
            c.addRowToTable(r);
        }
        c.close();
        return c.getTable();
    }

    /** @param spec the spec @param rows the rows @return a table */
    public static BufferedDataTable table(final DataTableSpec spec, final DataRow... rows) {
        return table(spec, Arrays.asList(rows));
    }

    /** @param t a table @return all rows, in order */
    public static List<DataRow> rows(final BufferedDataTable t) {
        return new ArrayList<>(t.rows());
    }

    // ---- factories and dialogs -------------------------------------------------------------------------

    /** @param f factory @return its {@code hasDialog()} */
    public static boolean hasDialog(final NodeFactory<?> f) {
        return f.hasDialog();
    }

    /** @param f factory @return its {@code createNodeDialogPane()} */
    public static NodeDialogPane createDialog(final NodeFactory<?> f) {
        return f.createNodeDialogPane();
    }

    /** @param f factory @return its {@code getNrNodeViews()} */
    public static int nrNodeViews(final NodeFactory<?> f) {
        return f.getNrNodeViews();
    }

    /**
     * @param d dialog
     * @param s settings to show
     * @param specs input specs
     * @throws NotConfigurableException as thrown by the dialog
     */
    public static void loadDialogSettings(final NodeDialogPane d, final NodeSettingsRO s,
        final PortObjectSpec... specs) throws NotConfigurableException {
        d.loadSettingsFrom(s, specs);
    }

    /**
     * @param d dialog
     * @return the dialog's settings, saved into a root named "model"
     * @throws InvalidSettingsException as thrown by the dialog
     */
    public static NodeSettings saveDialogSettings(final NodeDialogPane d) throws InvalidSettingsException {
        NodeSettings s = new NodeSettings("model");
        d.saveSettingsTo(s);
        return s;
    }
}
