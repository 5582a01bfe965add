package org.knime.core.node;

/**
 * Test-kit stand-in for the KNIME class of the same name: base class of node views. Views are never opened by the
 * test kit.
 *
 * @param <T> the model type
 */
public abstract class AbstractNodeView<T extends AbstractNodeView.ViewableModel> {

    private final T m_model;

    /** @param viewableModel the model shown by this view */
    protected AbstractNodeView(final T viewableModel) {
        m_model = viewableModel;
    }

    /** @return the model */
    protected final T getViewableModel() {
        return m_model;
    }

    /** @return a logger for this view's class */
    public NodeLogger getLogger() {
        return NodeLogger.getLogger(getClass());
    }

    /** Called when the model changed. */
    protected abstract void modelChanged();

    /** @param title the view title */
    protected abstract void callOpenView(final String title);

    /** Closes the view. */
    protected abstract void callCloseView();

    /** Marker for models that can be shown in views. */
    public static interface ViewableModel {
        // marker
    }
}
