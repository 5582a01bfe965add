/**
 * Reading (and, for the synthetic data, writing) DICOM MR series.
 *
 * <p>All file access goes through {@link org.qmrinodes.core.dicom.DicomToolkit}, which turns a file
 * into a toolkit-neutral {@link org.qmrinodes.core.dicom.DicomElements} tree and back; the only
 * implementation is {@link org.qmrinodes.core.dicom.PixelMedToolkit}. Everything else here (vendor
 * parameter rules, slice sorting, de-mosaicking, grid checks, rescaling) works on that tree, so
 * another toolkit can be swapped in by implementing the one interface.
 *
 * <p>Entry point: {@link org.qmrinodes.core.dicom.DicomSeriesReader}.
 */
package org.qmrinodes.core.dicom;
