package org.qmrinodes.core.dicom;

import java.io.IOException;

/** A file that is not a DICOM file at all (skipped and counted by a folder scan, never fatal). */
public final class NotDicomException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message names the file and why it is not DICOM */
    public NotDicomException(final String message) {
        super(message);
    }
}
