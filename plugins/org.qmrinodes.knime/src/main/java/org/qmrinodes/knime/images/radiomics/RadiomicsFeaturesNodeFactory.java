package org.qmrinodes.knime.images.radiomics;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Radiomics Features node; its description is {@code RadiomicsFeaturesNodeFactory.xml}. */
public final class RadiomicsFeaturesNodeFactory extends QmriNodeFactory<RadiomicsFeaturesNodeModel> {

    /** Creates the factory (called by KNIME). */
    public RadiomicsFeaturesNodeFactory() {
        super(RadiomicsFeaturesSettings::new);
    }

    @Override
    public RadiomicsFeaturesNodeModel createNodeModel() {
        return new RadiomicsFeaturesNodeModel();
    }
}
