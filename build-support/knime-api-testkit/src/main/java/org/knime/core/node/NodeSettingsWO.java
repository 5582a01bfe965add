package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/**
 * Test-kit stand-in for the KNIME interface of the same name: write-only node settings.
 */
public interface NodeSettingsWO extends ConfigWO {

    /** @param key key @return new, empty nested settings */
    NodeSettingsWO addNodeSettings(String key);

    /** @param settings settings added under their own key */
    void addNodeSettings(NodeSettings settings);
}
