package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Test-kit stand-in for the KNIME interface of the same name: write access to model content. */
public interface ModelContentWO extends ConfigWO {

    /**
     * @param key key of a new nested model content
     * @return it
     */
    ModelContentWO addModelContent(String key);

    /** @param modelContent added under its own key */
    void addModelContent(ModelContent modelContent);
}
