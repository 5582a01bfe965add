package org.qmrinodes.knime.cells;

import org.knime.core.data.DataValue;
import org.knime.core.data.ExtensibleUtilityFactory;
import org.qmrinodes.core.image.Mask;

/**
 * A value holding a VOI label mask (0 background, other values labels) with its geometry. Nodes
 * choose their mask column by this type.
 */
public interface MaskValue extends DataValue {

    /** @return the mask (immutable) */
    Mask getMask();

    /** @return where the mask came from (its file), for messages */
    String getSource();

    /** Meta information of mask values: their name in KNIME's preferences; renderers come from plugin.xml. */
    UtilityFactory UTILITY = new Utility();

    /** The utility factory of {@link MaskValue}. */
    final class Utility extends ExtensibleUtilityFactory {

        Utility() {
            super(MaskValue.class);
        }

        @Override
        public String getName() {
            return "VOI mask";
        }

        @Override
        public String getGroupName() {
            return "qMRI";
        }

        @Override
        public javax.swing.Icon getIcon() {
            final java.net.URL icon = MaskValue.class.getResource("/org/qmrinodes/knime/images/voimask/voimask.png");
            return icon == null ? null : new javax.swing.ImageIcon(icon);
        }
    }
}
