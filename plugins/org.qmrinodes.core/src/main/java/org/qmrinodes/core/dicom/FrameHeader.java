package org.qmrinodes.core.dicom;

import org.qmrinodes.core.image.AcquisitionParameters;

/**
 * What the reader needs of one 2D slice (a single-frame file, a frame, or a mosaic tile) to place it
 * in a series.
 *
 * @param slice where its pixels are
 * @param position LPS position of its first voxel
 * @param orientation row and column direction cosines (6 numbers)
 * @param pixelSpacing row spacing (between rows), column spacing
 * @param rows rows of the slice
 * @param columns columns of the slice
 * @param parameters acquisition parameters
 * @param gradient diffusion gradient direction, or null
 * @param order acquisition order (instance number, then frame/tile)
 * @param thickness slice thickness or spacing between slices, NaN when absent (used for one slice)
 */
record FrameHeader(DicomSlice slice, double[] position, double[] orientation, double[] pixelSpacing, int rows,
    int columns, AcquisitionParameters parameters, double[] gradient, long order, double thickness) {
}
