package org.knime.core.node.config.base;

import java.io.Serializable;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Objects;

import javax.swing.tree.TreeNode;

/**
 * Test-kit stand-in for the KNIME class of the same name: common base of config leaf entries and nested configs.
 */
public abstract class AbstractConfigEntry implements Serializable, TreeNode {

    private static final long serialVersionUID = 1L;

    private final ConfigEntries m_type;

    private String m_key;

    private transient AbstractConfigEntry m_parent;

    AbstractConfigEntry(final ConfigEntries type, final String key) {
        if (key == null) {
            throw new IllegalArgumentException("Config key must not be null");
        }
        m_type = type;
        m_key = key;
    }

    /** @return the key of this entry */
    public final String getKey() {
        return m_key;
    }

    final void setKey(final String key) {
        m_key = Objects.requireNonNull(key);
    }

    /** @param parent the new parent node */
    public final void setParent(final AbstractConfigEntry parent) {
        m_parent = parent;
    }

    /** @return the type of this entry */
    public final ConfigEntries getType() {
        return m_type;
    }

    /** @return the value as written to XML, may be null */
    public abstract String toStringValue();

    abstract boolean hasIdenticalValue(AbstractConfigEntry ace);

    /**
     * @param ace the entry to compare to
     * @return whether key, type and value are identical
     */
    public final boolean isIdentical(final AbstractConfigEntry ace) {
        return ace != null && m_key.equals(ace.m_key) && m_type == ace.m_type && hasIdenticalValue(ace);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof AbstractConfigEntry && isIdentical((AbstractConfigEntry)o);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_key, m_type);
    }

    @Override
    public String toString() {
        return m_key + " -> " + toStringValue();
    }

    @Override
    public TreeNode getChildAt(final int childIndex) {
        throw new IndexOutOfBoundsException("Leaf entries have no children");
    }

    @Override
    public int getChildCount() {
        return 0;
    }

    @Override
    public final TreeNode getParent() {
        return m_parent;
    }

    @Override
    public int getIndex(final TreeNode node) {
        return -1;
    }

    @Override
    public final boolean getAllowsChildren() {
        return m_type == ConfigEntries.config;
    }

    @Override
    public boolean isLeaf() {
        return true;
    }

    @Override
    public Enumeration<TreeNode> children() {
        return Collections.emptyEnumeration();
    }
}
