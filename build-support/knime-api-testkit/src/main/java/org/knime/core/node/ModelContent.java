package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.Config;

/**
 * Test-kit stand-in for the KNIME class of the same name: a config tree holding a model, stored in
 * KNIME's XML config format.
 */
public final class ModelContent extends Config implements ModelContentRO, ModelContentWO {

    private static final long serialVersionUID = 1L;

    /** @param key the key of the root */
    public ModelContent(final String key) {
        super(key);
    }

    @Override
    public Config getInstance(final String key) {
        return new ModelContent(key);
    }

    /**
     * @param in XML in KNIME's config format (closed afterwards)
     * @return the content
     * @throws IOException on read or parse problems
     */
    public static synchronized ModelContentRO loadFromXML(final InputStream in) throws IOException {
        return (ModelContent)Config.loadFromXML(new ModelContent("ignored"), in);
    }

    @Override
    public void addModelContent(final ModelContent modelContent) {
        super.addConfig(modelContent);
    }

    @Override
    public ModelContentWO addModelContent(final String key) {
        return (ModelContent)super.addConfig(key);
    }

    @Override
    public ModelContent getModelContent(final String key) throws InvalidSettingsException {
        return (ModelContent)super.getConfig(key);
    }
}
