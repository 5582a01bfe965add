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
 * @param acquisitionTime when the volume's acquisition started, in seconds after midnight (the
 *        earliest Acquisition Time (0008,0032) or Frame Acquisition DateTime (0018,9074) of its images)
 * @param contrastStartTime when contrast injection started, in seconds after midnight (Contrast/Bolus
 *        Start Time (0018,1042))
 */
public record AcquisitionParameters(double bValue, double echoTime, double inversionTime, double flipAngle,
    double repetitionTime, double temporalPosition, boolean isotropic, double acquisitionTime,
    double contrastStartTime) {

    /** No parameter known. */
    public static final AcquisitionParameters UNKNOWN =
        new AcquisitionParameters(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);

    /**
     * Parameters of a volume whose acquisition and injection times are not known.
     *
     * @param bValue diffusion b-value in s/mm²
     * @param echoTime echo time in ms
     * @param inversionTime inversion time in ms
     * @param flipAngle flip angle in degrees
     * @param repetitionTime repetition time in ms
     * @param temporalPosition temporal position or NaN
     * @param isotropic whether this is a scanner-computed isotropic diffusion image
     */
    public AcquisitionParameters(final double bValue, final double echoTime, final double inversionTime,
        final double flipAngle, final double repetitionTime, final double temporalPosition, final boolean isotropic) {
        this(bValue, echoTime, inversionTime, flipAngle, repetitionTime, temporalPosition, isotropic, Double.NaN,
            Double.NaN);
    }

    /**
     * @param acquisition acquisition start in seconds after midnight
     * @param contrastStart contrast injection start in seconds after midnight
     * @return these parameters with those times
     */
    public AcquisitionParameters withTimes(final double acquisition, final double contrastStart) {
        return new AcquisitionParameters(bValue, echoTime, inversionTime, flipAngle, repetitionTime, temporalPosition,
            isotropic, acquisition, contrastStart);
    }
}
