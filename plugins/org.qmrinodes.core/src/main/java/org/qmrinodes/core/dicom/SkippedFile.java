package org.qmrinodes.core.dicom;

import java.nio.file.Path;

/**
 * A file a scan could not use.
 *
 * @param file the file
 * @param reason why (not DICOM, unreadable, no image, ...), naming the element where there is one
 */
public record SkippedFile(Path file, String reason) {
}
