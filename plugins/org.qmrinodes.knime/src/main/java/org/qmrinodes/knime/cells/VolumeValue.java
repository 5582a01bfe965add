package org.qmrinodes.knime.cells;

import org.knime.core.data.DataValue;
import org.knime.core.data.ExtensibleUtilityFactory;
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

    /** Meta information of volume values: their name in KNIME's preferences; renderers come from plugin.xml. */
    UtilityFactory UTILITY = new Utility();

    /** The utility factory of {@link VolumeValue}. */
    final class Utility extends ExtensibleUtilityFactory {

        Utility() {
            super(VolumeValue.class);
        }

        @Override
        public String getName() {
            return "MR volume";
        }

        @Override
        public String getGroupName() {
            return "qMRI";
        }

        @Override
        public javax.swing.Icon getIcon() {
            final java.net.URL icon = VolumeValue.class.getResource("/org/qmrinodes/knime/images/dicomreader/dicomreader.png");
            return icon == null ? null : new javax.swing.ImageIcon(icon);
        }
    }
}
