package org.qmrinodes.knime.images.tic;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Time-Intensity Curve node; its description is {@code TimeIntensityCurveNodeFactory.xml}. */
public final class TimeIntensityCurveNodeFactory extends QmriNodeFactory<TimeIntensityCurveNodeModel> {

    /** Creates the factory (called by KNIME). */
    public TimeIntensityCurveNodeFactory() {
        super(TimeIntensityCurveSettings::new);
    }

    @Override
    public TimeIntensityCurveNodeModel createNodeModel() {
        return new TimeIntensityCurveNodeModel();
    }
}
