package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Test-kit stand-in for the KNIME interface of the same name: read access to model content. */
public interface ModelContentRO extends ConfigRO {

    /**
     * @param key key of a nested model content
     * @return it
     * @throws InvalidSettingsException if absent
     */
    ModelContentRO getModelContent(String key) throws InvalidSettingsException;
}
