package org.qmrinodes.workflows;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigEntries;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One of our nodes in a workflow. Its settings start as the node model's own saved defaults (its
 * settings declaration), and only keys the node itself saves can be changed, with the type it saves
 * them with; the result is checked with the node's {@code validateSettings}. A renamed or retyped
 * setting therefore breaks the build of the workflow instead of the workflow.
 */
public final class QmriNode implements NodeTemplate {

    /** Our bundle and feature, as the update site installs them. */
    static final WorkflowNode.Origin ORIGIN = new WorkflowNode.Origin("qMRI Nodes for KNIME", "org.qmrinodes.knime",
        "qMRI Nodes", "0.1.0", "qMRI Nodes for KNIME", "org.qmrinodes.feature.feature.group", "0.1.0");

    private final NodeFactory<?> factory;
    private final NodeSettings model;

    private QmriNode(final NodeFactory<?> factory) {
        this.factory = factory;
        this.model = NodeModelTestDriver.saveSettings(factory.createNodeModel());
    }

    /**
     * @param factory one of our node factories
     * @return the node with its default settings
     */
    public static QmriNode of(final Class<? extends NodeFactory<?>> factory) {
        try {
            return new QmriNode(factory.getConstructor().newInstance());
        } catch (final ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot create " + factory.getName() + ": " + e, e);
        }
    }

    private void require(final String key, final ConfigEntries type) {
        final AbstractConfigEntry e = model.getEntry(key);
        if (e == null) {
            throw new IllegalArgumentException(name() + " has no setting '" + key + "'; its settings: " + model.keySet());
        }
        if (e.getType() != type) {
            throw new IllegalArgumentException(name() + ": setting '" + key + "' is " + e.getType() + ", not " + type);
        }
    }

    /** @return this node, with text setting {@code key} set */
    public QmriNode set(final String key, final String value) {
        require(key, ConfigEntries.xstring);
        model.addString(key, value);
        return this;
    }

    /** @return this node, with real-number setting {@code key} set */
    public QmriNode set(final String key, final double value) {
        require(key, ConfigEntries.xdouble);
        model.addDouble(key, value);
        return this;
    }

    /** @return this node, with whole-number setting {@code key} set */
    public QmriNode set(final String key, final int value) {
        require(key, ConfigEntries.xint);
        model.addInt(key, value);
        return this;
    }

    /** @return this node, with check box {@code key} set */
    public QmriNode set(final String key, final boolean value) {
        require(key, ConfigEntries.xboolean);
        model.addBoolean(key, value);
        return this;
    }

    /**
     * Sets a column filter to exactly {@code names} (include list, enforced: columns that appear later
     * are left out).
     *
     * @return this node
     */
    public QmriNode columns(final String key, final String... names) {
        require(key, ConfigEntries.config);
        try {
            final NodeSettings filter = model.getNodeSettings(key);
            for (final String k : List.of("filter-type", "included_names", "excluded_names", "enforce_option")) {
                if (!filter.containsKey(k)) {
                    throw new IllegalArgumentException(name() + ": setting '" + key + "' is not a column filter");
                }
            }
            filter.addString("filter-type", "STANDARD");
            filter.addStringArray("included_names", names);
            filter.addStringArray("excluded_names");
            filter.addString("enforce_option", "EnforceInclusion");
        } catch (final InvalidSettingsException e) {
            throw new IllegalArgumentException(name() + ": " + e.getMessage(), e);
        }
        return this;
    }

    /**
     * Sets a column filter to every column the node accepts, the ones that appear later included too (an empty
     * exclude list, enforced): for a table whose columns are known only when the workflow runs.
     *
     * @return this node
     */
    public QmriNode allColumns(final String key) {
        columns(key);
        try {
            model.getNodeSettings(key).addString("enforce_option", "EnforceExclusion");
        } catch (final InvalidSettingsException e) {
            throw new IllegalArgumentException(name() + ": " + e.getMessage(), e);
        }
        return this;
    }

    @Override
    public WorkflowNode place(final int id, final int x, final int y, final String label) {
        final NodeModel fresh = factory.createNodeModel();
        try {
            NodeModelTestDriver.validateSettings(fresh, model);
        } catch (final InvalidSettingsException e) {
            throw new IllegalArgumentException(name() + " (#" + id + "): " + e.getMessage(), e);
        }
        final NodeSettings copy = new NodeSettings("model");
        model.copyTo(copy);
        return new WorkflowNode(id, name(), factory.getClass().getName(), ORIGIN, copy, null,
            NodeModelTestDriver.outPortTypes(fresh).size(), x, y, label);
    }

    /** @return the node's name from its node description ({@code <name>} of the factory's XML) */
    public String name() {
        return nodeName(factory.getClass());
    }

    /**
     * @param factory a node factory with its description beside it ({@code Factory.xml})
     * @return the {@code <name>} of the description
     */
    public static String nodeName(final Class<?> factory) {
        try (InputStream in = factory.getResourceAsStream(factory.getSimpleName() + ".xml")) {
            if (in == null) {
                throw new IllegalArgumentException(factory.getName() + " has no node description");
            }
            final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            for (Node n = f.newDocumentBuilder().parse(in).getDocumentElement().getFirstChild(); n != null;
                n = n.getNextSibling()) {
                if ("name".equals(n.getNodeName())) {
                    return n.getTextContent().trim();
                }
            }
            throw new IllegalArgumentException(factory.getName() + ": the node description has no <name>");
        } catch (final IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException(factory.getName() + ": cannot read the node description: " + e, e);
        }
    }
}
