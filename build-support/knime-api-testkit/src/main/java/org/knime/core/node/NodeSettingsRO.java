package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/**
 * Test-kit stand-in for the KNIME interface of the same name: read-only node settings.
 */
public interface NodeSettingsRO extends ConfigRO {

    /** @param key key @return the nested settings @throws InvalidSettingsException if absent */
    NodeSettingsRO getNodeSettings(String key) throws InvalidSettingsException;

    /** @param dest receives a copy of all entries */
    public void copyTo(final ConfigWO dest);
}
