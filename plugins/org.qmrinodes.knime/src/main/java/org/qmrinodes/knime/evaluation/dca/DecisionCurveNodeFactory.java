package org.qmrinodes.knime.evaluation.dca;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Decision Curve node; its description is {@code DecisionCurveNodeFactory.xml}. */
public final class DecisionCurveNodeFactory extends QmriNodeFactory<DecisionCurveNodeModel> {

    /** Creates the factory (called by KNIME). */
    public DecisionCurveNodeFactory() {
        super(DecisionCurveSettings::new);
    }

    @Override
    public DecisionCurveNodeModel createNodeModel() {
        return new DecisionCurveNodeModel();
    }
}
