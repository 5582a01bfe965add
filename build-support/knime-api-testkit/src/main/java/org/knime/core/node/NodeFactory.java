package org.knime.core.node;

/**
 * Test-kit stand-in for the KNIME class of the same name: creates a node's model, views and dialog. The node
 * description XML is not read by the test kit.
 *
 * @param <T> the model type
 */
public abstract class NodeFactory<T extends NodeModel> {

    /** Creates a factory. */
    protected NodeFactory() {
    }

    /** @param lazyInitialization ignored by the test kit */
    protected NodeFactory(final boolean lazyInitialization) {
    }

    /** @return a new model instance */
    public abstract T createNodeModel();

    /** @return the number of views */
    protected abstract int getNrNodeViews();

    /**
     * @param viewIndex view index
     * @param nodeModel the model to show
     * @return the view
     */
    public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

    /** @return whether the node has a dialog */
    protected abstract boolean hasDialog();

    /** @return the dialog (only called if {@link #hasDialog()}) */
    protected abstract NodeDialogPane createNodeDialogPane();
}
