package org.qmrinodes.knime.evaluation.calibration;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Calibration node; its description is {@code CalibrationNodeFactory.xml}. */
public final class CalibrationNodeFactory extends QmriNodeFactory<CalibrationNodeModel> {

    /** Creates the factory (called by KNIME). */
    public CalibrationNodeFactory() {
        super(CalibrationSettings::new);
    }

    @Override
    public CalibrationNodeModel createNodeModel() {
        return new CalibrationNodeModel();
    }
}
