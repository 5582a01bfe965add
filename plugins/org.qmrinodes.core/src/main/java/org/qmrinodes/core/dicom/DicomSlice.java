package org.qmrinodes.core.dicom;

import java.nio.file.Path;

/**
 * Where the pixels of one 2D slice of a series are and how to turn them into values.
 *
 * @param file the file
 * @param frame frame index in a multi-frame file (0 for single-frame files)
 * @param tile tile index in a Siemens mosaic, or -1
 * @param rescaleSlope Rescale Slope (0028,1053) (1 when absent)
 * @param rescaleIntercept Rescale Intercept (0028,1052) (0 when absent)
 * @param philipsScaleSlope Philips private scale slope (2005,xx0E), or NaN when absent
 */
public record DicomSlice(Path file, int frame, int tile, double rescaleSlope, double rescaleIntercept,
    double philipsScaleSlope) {

    /**
     * The value of a stored pixel: {@code s·slope + intercept}; with a Philips scale slope SS the
     * Philips floating-point value {@code (s·slope + intercept) / (slope·SS)}, which is what
     * dcm2niix writes by default.
     *
     * @param stored the stored value
     * @return the value
     */
    public double value(final double stored) {
        final double displayed = stored * rescaleSlope + rescaleIntercept;
        return Double.isNaN(philipsScaleSlope) ? displayed : displayed / (rescaleSlope * philipsScaleSlope);
    }
}
