package org.qmrinodes.knime.modelling.forest;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Forest Plot node; its description is {@code ForestPlotNodeFactory.xml}. */
public final class ForestPlotNodeFactory extends QmriNodeFactory<ForestPlotNodeModel> {

    /** Creates the factory (called by KNIME). */
    public ForestPlotNodeFactory() {
        super(ForestPlotSettings::new);
    }

    @Override
    public ForestPlotNodeModel createNodeModel() {
        return new ForestPlotNodeModel();
    }
}
