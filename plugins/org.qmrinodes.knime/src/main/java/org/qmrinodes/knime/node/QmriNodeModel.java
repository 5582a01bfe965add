package org.qmrinodes.knime.node;

import java.io.File;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataTableSpecCreator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/**
 * A node model whose settings are one {@link NodeSettingsDeclaration} and which keeps no internal
 * state between executions: subclasses implement only {@link #configureOutputs} and {@link #executeOutputs};
 * every output table carries the settings used as properties ({@link #withSettingsUsed}).
 *
 * @param <S> the settings declaration
 */
public abstract class QmriNodeModel<S extends NodeSettingsDeclaration> extends NodeModel {

    /** The node's settings. */
    protected final S settings;

    /**
     * @param settings the settings declaration (a fresh instance)
     * @param in input port types
     * @param out output port types
     */
    protected QmriNodeModel(final S settings, final PortType[] in, final PortType[] out) {
        super(in, out);
        this.settings = settings;
    }

    /**
     * The node's output specs, each data table's carrying the settings used ({@link #withSettingsUsed}).
     *
     * @param inSpecs the input specs
     * @return the output specs of {@link #configureOutputs}, tables with the settings as properties
     */
    @Override
    protected final PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final PortObjectSpec[] out = configureOutputs(inSpecs);
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof DataTableSpec spec) {
                out[i] = withSettingsUsed(spec);
            }
        }
        return out;
    }

    /**
     * The node's outputs, each data table's spec carrying the settings used ({@link #withSettingsUsed}).
     *
     * @param inObjects the inputs
     * @param exec the execution context
     * @return the outputs of {@link #executeOutputs}, tables with the settings as properties
     */
    @Override
    protected final PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final PortObject[] out = executeOutputs(inObjects, exec);
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof BufferedDataTable table) {
                out[i] = exec.createSpecReplacerTable(table, withSettingsUsed(table.getDataTableSpec()));
            }
        }
        return out;
    }

    /**
     * @param inSpecs the input specs
     * @return the output specs (a table spec may be null where it depends on the data)
     * @throws InvalidSettingsException when the settings do not fit the inputs
     */
    protected abstract PortObjectSpec[] configureOutputs(PortObjectSpec[] inSpecs) throws InvalidSettingsException;

    /**
     * @param inObjects the inputs
     * @param exec the execution context
     * @return the outputs
     * @throws Exception when the node fails
     */
    protected abstract PortObject[] executeOutputs(PortObject[] inObjects, ExecutionContext exec) throws Exception;

    /**
     * Provenance: the conventions an output was made with travel with the table. Every setting of the node
     * (positive class, sign convention, kurtosis, bins, ICC form, lambda rule, seeds, …) becomes a table
     * property {@code qmri.setting.<key>}, and {@code qmri.node} names the node's model class; KNIME shows
     * them in the table's spec view and keeps them when the table is saved.
     *
     * @param spec an output table's spec
     * @return the spec with the node's settings as properties
     */
    protected final DataTableSpec withSettingsUsed(final DataTableSpec spec) {
        final DataTableSpecCreator creator = new DataTableSpecCreator(spec);
        creator.putProperty(NODE_PROPERTY, getClass().getSimpleName());
        settings.values().forEach((key, value) -> creator.putProperty(SETTING_PROPERTY + key, value));
        return creator.createSpec();
    }

    /** The table property naming the node that made the table. */
    public static final String NODE_PROPERTY = "qmri.node";

    /** The prefix of the table properties holding the node's settings, followed by the setting's key. */
    public static final String SETTING_PROPERTY = "qmri.setting.";

    @Override
    protected final void saveSettingsTo(final NodeSettingsWO s) {
        settings.saveSettingsTo(s);
    }

    @Override
    protected final void validateSettings(final NodeSettingsRO s) throws InvalidSettingsException {
        settings.validateSettings(s);
    }

    @Override
    protected final void loadValidatedSettingsFrom(final NodeSettingsRO s) throws InvalidSettingsException {
        settings.loadValidatedSettingsFrom(s);
    }

    @Override
    protected void reset() {
        // results live only in the output ports
    }

    @Override
    protected final void loadInternals(final File dir, final ExecutionMonitor exec) {
        // no internal state
    }

    @Override
    protected final void saveInternals(final File dir, final ExecutionMonitor exec) {
        // no internal state
    }
}
