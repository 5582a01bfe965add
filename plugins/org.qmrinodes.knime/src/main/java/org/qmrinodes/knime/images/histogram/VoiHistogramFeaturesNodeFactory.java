package org.qmrinodes.knime.images.histogram;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the VOI Histogram Features node; its description is {@code VoiHistogramFeaturesNodeFactory.xml}. */
public final class VoiHistogramFeaturesNodeFactory extends QmriNodeFactory<VoiHistogramFeaturesNodeModel> {

    /** Creates the factory (called by KNIME). */
    public VoiHistogramFeaturesNodeFactory() {
        super(VoiHistogramFeaturesSettings::new);
    }

    @Override
    public VoiHistogramFeaturesNodeModel createNodeModel() {
        return new VoiHistogramFeaturesNodeModel();
    }
}
