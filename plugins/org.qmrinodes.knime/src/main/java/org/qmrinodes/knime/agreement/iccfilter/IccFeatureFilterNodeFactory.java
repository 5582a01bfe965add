package org.qmrinodes.knime.agreement.iccfilter;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the ICC Feature Filter node; its description is {@code IccFeatureFilterNodeFactory.xml}. */
public final class IccFeatureFilterNodeFactory extends QmriNodeFactory<IccFeatureFilterNodeModel> {

    /** Creates the factory (called by KNIME). */
    public IccFeatureFilterNodeFactory() {
        super(IccFeatureFilterSettings::new);
    }

    @Override
    public IccFeatureFilterNodeModel createNodeModel() {
        return new IccFeatureFilterNodeModel();
    }
}
