package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.Config;
import org.knime.core.node.config.ConfigWO;

/**
 * Test-kit stand-in for the KNIME class of the same name: the concrete settings tree handed to node models and
 * dialogs, persisted in KNIME's XML config format.
 */
public final class NodeSettings extends Config implements NodeSettingsRO, NodeSettingsWO {

    private static final long serialVersionUID = 1L;

    /** @param key the key of the settings root */
    public NodeSettings(final String key) {
        super(key);
    }

    @Override
    public Config getInstance(final String key) {
        return new NodeSettings(key);
    }

    /**
     * Reads settings written in KNIME's XML config format; the stream is closed afterwards.
     *
     * @param in XML source
     * @return the settings (key taken from the root element)
     * @throws IOException on read or parse problems
     */
    public static NodeSettingsRO loadFromXML(final InputStream in) throws IOException {
        NodeSettings tmp = new NodeSettings("ignored");
        return (NodeSettingsRO)Config.loadFromXML(tmp, in);
    }

    @Override
    public void copyTo(final ConfigWO dest) {
        super.copyTo(dest);
    }

    @Override
    public NodeSettingsWO addNodeSettings(final String key) {
        return (NodeSettings)super.addConfig(key);
    }

    @Override
    public void addNodeSettings(final NodeSettings settings) {
        super.addConfig(settings);
    }

    @Override
    public NodeSettings getNodeSettings(final String key) throws InvalidSettingsException {
        return (NodeSettings)super.getConfig(key);
    }
}
