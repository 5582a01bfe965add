package org.qmrinodes.fuzz;

/** The input kinds the suite mutates. */
enum Kind {
    /** Generated DICOM series, run through dicom-scan and fit. */
    DICOM,
    /** NIfTI-1 maps and NIfTI/NRRD masks, run through histogram and fit --mask. */
    IMAGE,
    /** CSV tables, run through the statistics commands. */
    CSV
}
