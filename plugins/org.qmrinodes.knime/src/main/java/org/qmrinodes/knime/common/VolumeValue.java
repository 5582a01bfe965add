package org.qmrinodes.knime.common;

import org.knime.core.data.DataValue;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.Volume;

/**
 * A value holding an MR volume stack: 3D grid × parameter axis (b-value, echo, inversion time, flip
 * angle or phase), float voxels, geometry, per-volume acquisition parameters and the identity of the
 * series it came from. Nodes choose their image column by this type.
 */
public interface VolumeValue extends DataValue {

    /** @return the volume stack (immutable) */
    Volume getVolume();

    /** @return patient, study and series identity of the source series (fields may be null) */
    SeriesInfo getSeriesInfo();
}
