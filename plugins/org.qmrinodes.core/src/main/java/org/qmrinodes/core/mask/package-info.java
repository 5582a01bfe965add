/**
 * Volumes of interest: reading label masks (NIfTI-1, NRRD / 3D Slicer .seg.nrrd, DICOM SEG) with
 * {@link org.qmrinodes.core.mask.MaskReader}, and placing them on an image's grid by patient
 * geometry with {@link org.qmrinodes.core.mask.MaskMatching}.
 */
package org.qmrinodes.core.mask;
