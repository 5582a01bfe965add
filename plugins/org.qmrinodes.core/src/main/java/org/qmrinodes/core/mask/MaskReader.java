package org.qmrinodes.core.mask;

import java.nio.file.Path;
import java.util.Locale;

import org.qmrinodes.core.dicom.DicomSegReader;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Nifti;

/** Reads a VOI mask file of any supported format, chosen by the file name. */
public final class MaskReader {

    private MaskReader() {
    }

    /**
     * @param file {@code .nii}/{@code .nii.gz} (NIfTI-1), {@code .nrrd}/{@code .seg.nrrd} (NRRD), anything
     *        else is read as DICOM SEG
     * @return the mask
     * @throws org.qmrinodes.core.data.InvalidDataException naming the file when it cannot be read
     */
    public static Mask read(final Path file) {
        final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".nii") || name.endsWith(".nii.gz")) {
            return Nifti.readMask(file);
        }
        if (name.endsWith(".nrrd") || name.endsWith(".nhdr")) {
            return Nrrd.read(file);
        }
        return new DicomSegReader(new PixelMedToolkit()).read(file);
    }
}
