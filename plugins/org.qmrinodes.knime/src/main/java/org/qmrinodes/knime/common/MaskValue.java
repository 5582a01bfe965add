package org.qmrinodes.knime.common;

import org.knime.core.data.DataValue;
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
}
