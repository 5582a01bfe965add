package org.qmrinodes.knime.images.dicomreader;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the DICOM Series Reader node; its description is {@code DicomSeriesReaderNodeFactory.xml}. */
public final class DicomSeriesReaderNodeFactory extends QmriNodeFactory<DicomSeriesReaderNodeModel> {

    /** Creates the factory (called by KNIME). */
    public DicomSeriesReaderNodeFactory() {
        super(DicomSeriesReaderSettings::new);
    }

    @Override
    public DicomSeriesReaderNodeModel createNodeModel() {
        return new DicomSeriesReaderNodeModel();
    }
}
