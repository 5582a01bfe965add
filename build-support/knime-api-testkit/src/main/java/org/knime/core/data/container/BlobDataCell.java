package org.knime.core.data.container;

import org.knime.core.data.DataCell;

/**
 * Test-kit stand-in for the KNIME class of the same name: the base of cells with large content. In KNIME a table
 * writes a blob cell once to its own file and later tables refer to it instead of copying it; the stand-in keeps cells
 * in memory, so it only provides the type.
 */
public abstract class BlobDataCell extends DataCell {

    /** Whether KNIME compresses blob files. */
    public static final boolean USE_COMPRESSION = true;
}
