package org.qmrinodes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.Nrrd;

/** Reads the image files the image commands take: NIfTI-1 or NRRD, chosen by the file name. */
final class ImageFiles {

    private ImageFiles() {
    }

    /**
     * @param o the parsed options
     * @param option the option naming the file: {@code .nrrd}/{@code .nhdr} (NRRD), anything else NIfTI-1
     *        ({@code .nii}, {@code .nii.gz})
     * @return the image
     * @throws CliException (usage) when the file does not exist, as for a missing input table
     * @throws InvalidDataException naming the file when it cannot be read
     */
    static Volume read(final Options o, final String option) throws CliException {
        final Path file = o.path(option);
        if (!Files.isRegularFile(file)) {
            throw CliException.usage("input file not found: " + file + " (--" + option + ")"
                + (Files.isDirectory(file) ? "; it is a folder" : ""));
        }
        final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".nrrd") || name.endsWith(".nhdr") ? Nrrd.readImage(file) : Nifti.readVolume(file);
    }
}
