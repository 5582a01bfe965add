package org.qmrinodes.knime.clinical.repeated;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Repeated Measurements node; its description is {@code RepeatedMeasurementsNodeFactory.xml}. */
public final class RepeatedMeasurementsNodeFactory extends QmriNodeFactory<RepeatedMeasurementsNodeModel> {

    /** Creates the factory (called by KNIME). */
    public RepeatedMeasurementsNodeFactory() {
        super(RepeatedMeasurementsSettings::new);
    }

    @Override
    public RepeatedMeasurementsNodeModel createNodeModel() {
        return new RepeatedMeasurementsNodeModel();
    }
}
