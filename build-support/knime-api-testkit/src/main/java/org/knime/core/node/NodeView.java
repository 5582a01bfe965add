package org.knime.core.node;

import java.awt.Component;

/**
 * Test-kit stand-in for the KNIME class of the same name: a Swing view on a node model. The test kit never opens
 * views; only the contract for subclasses is provided.
 *
 * @param <T> the model type
 */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> {

    private Component m_component;

    private boolean m_open;

    /** @param nodeModel the model */
    protected NodeView(final T nodeModel) {
        super(nodeModel);
        if (nodeModel == null) {
            throw new NullPointerException("Node model must not be null");
        }
    }

    /** @return the model */
    protected T getNodeModel() {
        return getViewableModel();
    }

    /** Called when the view is closed. */
    protected abstract void onClose();

    /** Called when the view is opened. */
    protected abstract void onOpen();

    /** @return whether the view is open */
    protected final boolean isOpen() {
        return m_open;
    }

    /** @return the view's component */
    protected final Component getComponent() {
        return m_component;
    }

    /** @param comp the view's component */
    protected final void setComponent(final Component comp) {
        m_component = comp;
    }

    @Override
    protected void callOpenView(final String title) {
        m_open = true;
        onOpen();
    }

    @Override
    public final void callCloseView() {
        m_open = false;
        onClose();
    }
}
