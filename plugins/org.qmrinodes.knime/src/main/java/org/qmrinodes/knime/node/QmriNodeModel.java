package org.qmrinodes.knime.node;

import java.io.File;

import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortType;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/**
 * A node model whose settings are one {@link NodeSettingsDeclaration} and which keeps no internal
 * state between executions: subclasses implement only {@code configure} and {@code execute}.
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
