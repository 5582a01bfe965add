package org.qmrinodes.core.features.radiomics;

/**
 * PyRadiomics' {@code weightingNorm}: with it, the GLCM and GLRLM of the directions are not each turned
 * into features and averaged, but summed into one matrix, each direction's matrix times a weight from
 * the length ‖d‖ of its offset d in mm (the voxel steps times the spacing) in the chosen norm:
 * exp(−‖d‖²) for the GLCM and ‖d‖ for the GLRLM ({@link #NO_WEIGHTING}: 1 for both). The features are
 * then computed on that one matrix (IBSI aggregation "3D, merged" for {@link #NO_WEIGHTING}).
 */
public enum WeightingNorm {

    /** ‖d‖₂ = √Σ d<sub>k</sub>². */
    EUCLIDEAN("euclidean"),
    /** ‖d‖₁ = Σ |d<sub>k</sub>|. */
    MANHATTAN("manhattan"),
    /** ‖d‖<sub>∞</sub> = max |d<sub>k</sub>|. */
    INFINITY("infinity"),
    /** Every direction weighs 1. */
    NO_WEIGHTING("no_weighting");

    private final String pyradiomicsName;

    WeightingNorm(final String pyradiomicsName) {
        this.pyradiomicsName = pyradiomicsName;
    }

    /** @return the name in PyRadiomics parameter files, e.g. {@code no_weighting} */
    public String pyradiomicsName() {
        return pyradiomicsName;
    }

    /**
     * @param name a PyRadiomics {@code weightingNorm}, or null for none
     * @return that norm, or null for null (features averaged over the directions)
     * @throws IllegalArgumentException for another name, listing the known ones
     */
    public static WeightingNorm of(final String name) {
        if (name == null) {
            return null;
        }
        for (final WeightingNorm w : values()) {
            if (w.pyradiomicsName.equals(name)) {
                return w;
            }
        }
        throw new IllegalArgumentException("weightingNorm '" + name
            + "' is unknown (known: euclidean, manhattan, infinity, no_weighting)");
    }

    private double norm(final double[] offsetMm) {
        double sum = 0;
        double squares = 0;
        double max = 0;
        for (final double d : offsetMm) {
            sum += Math.abs(d);
            squares += d * d;
            max = Math.max(max, Math.abs(d));
        }
        return switch (this) {
            case EUCLIDEAN -> Math.sqrt(squares);
            case MANHATTAN -> sum;
            case INFINITY -> max;
            case NO_WEIGHTING -> 1;
        };
    }

    /**
     * @param offsetMm a direction's offset in mm along columns, rows and slices
     * @return its weight in the merged GLCM, exp(−‖d‖²) (the Euclidean norm squared as Σ d<sub>k</sub>²)
     */
    public double glcmWeight(final double[] offsetMm) {
        if (this == NO_WEIGHTING) {
            return 1;
        }
        if (this == EUCLIDEAN) {
            double squares = 0;
            for (final double d : offsetMm) {
                squares += d * d;
            }
            return Math.exp(-squares);
        }
        final double length = norm(offsetMm);
        return Math.exp(-length * length);
    }

    /**
     * @param offsetMm a direction's offset in mm along columns, rows and slices
     * @return its weight in the merged GLRLM, ‖d‖
     */
    public double glrlmWeight(final double[] offsetMm) {
        return this == NO_WEIGHTING ? 1 : norm(offsetMm);
    }

    /**
     * @param region the region, for its spacing
     * @param d one of the {@link Directions}
     * @return the direction's offset in mm along columns, rows and slices
     */
    static double[] offsetMm(final RegionOfInterest region, final int d) {
        return offsetMm(region, new int[] {Directions.DI[d], Directions.DJ[d], Directions.DK[d]});
    }

    /**
     * @param region the region, for its spacing
     * @param offset voxel steps along columns, rows and slices
     * @return the offset in mm
     */
    static double[] offsetMm(final RegionOfInterest region, final int[] offset) {
        final double[] spacing = region.spacing();
        return new double[] {offset[0] * spacing[0], offset[1] * spacing[1], offset[2] * spacing[2]};
    }
}
