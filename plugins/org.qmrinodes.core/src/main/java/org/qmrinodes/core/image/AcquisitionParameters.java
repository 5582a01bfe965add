package org.qmrinodes.core.image;

/**
 * The acquisition parameters of one 3D volume of a series; {@code NaN} where the files do not say.
 *
 * @param bValue diffusion b-value in s/mm²
 * @param echoTime echo time in ms
 * @param inversionTime inversion time in ms
 * @param flipAngle flip angle in degrees
 * @param repetitionTime repetition time in ms
 * @param temporalPosition temporal position (DCE phase number, 1-based) or NaN
 * @param isotropic whether this is an isotropic/trace-weighted diffusion image computed by the
 *        scanner (not an acquired gradient direction)
 */
public record AcquisitionParameters(double bValue, double echoTime, double inversionTime, double flipAngle,
    double repetitionTime, double temporalPosition, boolean isotropic) {

    /** No parameter known. */
    public static final AcquisitionParameters UNKNOWN =
        new AcquisitionParameters(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);
}
