package org.qmrinodes.knime.modelling.radscore;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Rad-score Predictor node; its description is {@code RadScorePredictorNodeFactory.xml}. */
public final class RadScorePredictorNodeFactory extends QmriNodeFactory<RadScorePredictorNodeModel> {

    /** Creates the factory (called by KNIME). */
    public RadScorePredictorNodeFactory() {
        super(RadScorePredictorSettings::new);
    }

    @Override
    public RadScorePredictorNodeModel createNodeModel() {
        return new RadScorePredictorNodeModel();
    }
}
