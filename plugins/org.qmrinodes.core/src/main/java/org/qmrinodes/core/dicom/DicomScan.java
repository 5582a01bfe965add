package org.qmrinodes.core.dicom;

import java.util.List;

/**
 * The result of scanning a folder.
 *
 * @param series the series found, ordered by patient, study, series number and UID
 * @param skipped files that were not used, with the reason
 * @param warnings messages for the user (e.g. how many files were skipped, with the first few names)
 */
public record DicomScan(List<DicomSeries> series, List<SkippedFile> skipped, List<String> warnings) {

    /** Copies the lists. */
    public DicomScan {
        series = List.copyOf(series);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }
}
