package org.qmrinodes.core.dicom;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The one gateway between this library and a DICOM toolkit: files in, {@link DicomElements} out,
 * and back. Implementations must check declared lengths against the file before allocating (see
 * {@link DicomLimits}), so that a hostile header fails with a message instead of exhausting memory.
 */
public interface DicomToolkit {

    /**
     * Reads one file.
     *
     * @param file the file
     * @param withPixels whether to read the Pixel Data (7FE0,0010); header-only reads stop before it
     * @return the data set (file meta information included)
     * @throws NotDicomException when the file is not DICOM
     * @throws IOException when it cannot be read or is malformed; the message names the file and,
     *         where known, the element
     */
    DicomElements read(Path file, boolean withPixels) throws IOException;

    /**
     * Writes a DICOM Part 10 file in explicit VR little endian, adding the file meta information
     * from the SOP Class and SOP Instance UID of the data set.
     *
     * @param file the file to write
     * @param dataset the data set
     * @throws IOException when it cannot be written
     */
    void write(Path file, DicomElements dataset) throws IOException;
}
