package org.qmrinodes.knime.evaluation.delong;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the DeLong Comparison node; its description is {@code DelongComparisonNodeFactory.xml}. */
public final class DelongComparisonNodeFactory extends QmriNodeFactory<DelongComparisonNodeModel> {

    /** Creates the factory (called by KNIME). */
    public DelongComparisonNodeFactory() {
        super(DelongComparisonSettings::new);
    }

    @Override
    public DelongComparisonNodeModel createNodeModel() {
        return new DelongComparisonNodeModel();
    }
}
