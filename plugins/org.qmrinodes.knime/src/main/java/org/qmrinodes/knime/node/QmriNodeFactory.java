package org.qmrinodes.knime.node;

import java.util.function.Supplier;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/**
 * Factory of a node whose dialog is generated from its {@link NodeSettingsDeclaration} and which
 * has no views. The dialog and view methods of {@link NodeFactory} are deprecated for removal
 * since KNIME 5.6 but still abstract; they are implemented here once, so that a move to the
 * modern settings API changes only this adapter.
 *
 * @param <M> the node model
 */
@SuppressWarnings({"deprecation", "removal"})
public abstract class QmriNodeFactory<M extends NodeModel> extends NodeFactory<M> {

    private final Supplier<? extends NodeSettingsDeclaration> settings;

    /** @param settings creates a fresh settings declaration for the dialog */
    protected QmriNodeFactory(final Supplier<? extends NodeSettingsDeclaration> settings) {
        this.settings = settings;
    }

    /** @return a fresh settings declaration, as the dialog uses */
    public final NodeSettingsDeclaration newSettings() {
        return settings.get();
    }

    @Override
    protected final int getNrNodeViews() {
        return 0;
    }

    @Override
    public final NodeView<M> createNodeView(final int viewIndex, final M nodeModel) {
        throw new IndexOutOfBoundsException("This node has no views: " + viewIndex);
    }

    @Override
    protected final boolean hasDialog() {
        return true;
    }

    @Override
    protected final NodeDialogPane createNodeDialogPane() {
        return settings.get().createDialogPane();
    }
}
