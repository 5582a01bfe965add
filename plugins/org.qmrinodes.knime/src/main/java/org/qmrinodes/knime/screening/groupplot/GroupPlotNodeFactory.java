package org.qmrinodes.knime.screening.groupplot;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Group Plot node; its description is {@code GroupPlotNodeFactory.xml}. */
public final class GroupPlotNodeFactory extends QmriNodeFactory<GroupPlotNodeModel> {

    /** Creates the factory (called by KNIME). */
    public GroupPlotNodeFactory() {
        super(GroupPlotSettings::new);
    }

    @Override
    public GroupPlotNodeModel createNodeModel() {
        return new GroupPlotNodeModel();
    }
}
