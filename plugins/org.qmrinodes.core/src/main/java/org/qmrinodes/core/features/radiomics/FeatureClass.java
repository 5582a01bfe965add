package org.qmrinodes.core.features.radiomics;

/**
 * The radiomics feature classes, in PyRadiomics' default order: the shape classes first (computed once,
 * on the original image's mask), then the intensity and texture classes.
 */
public enum FeatureClass {
    /** 3D shape, PyRadiomics {@code shape}. */
    SHAPE("shape"),
    /** 2D shape of a region one voxel thick, PyRadiomics {@code shape2D} (needs {@code force2D}). */
    SHAPE2D("shape2D"),
    /** First-order (intensity) statistics, PyRadiomics {@code firstorder}. */
    FIRSTORDER("firstorder"),
    /** Grey level co-occurrence matrix, PyRadiomics {@code glcm}. */
    GLCM("glcm"),
    /** Grey level dependence matrix, PyRadiomics {@code gldm}. */
    GLDM("gldm"),
    /** Grey level run length matrix, PyRadiomics {@code glrlm}. */
    GLRLM("glrlm"),
    /** Grey level size zone matrix, PyRadiomics {@code glszm}. */
    GLSZM("glszm"),
    /** Neighbouring grey tone difference matrix, PyRadiomics {@code ngtdm}. */
    NGTDM("ngtdm");

    private final String pyradiomicsName;

    FeatureClass(final String pyradiomicsName) {
        this.pyradiomicsName = pyradiomicsName;
    }

    /** @return the class name in PyRadiomics' feature names and parameter files, e.g. {@code glcm} */
    public String pyradiomicsName() {
        return pyradiomicsName;
    }

    /** @return true for the shape classes, which use the mask only */
    public boolean isShape() {
        return this == SHAPE || this == SHAPE2D;
    }

    /**
     * @param name a PyRadiomics class name, e.g. {@code firstorder} (case-insensitive)
     * @return the class
     * @throws IllegalArgumentException naming the known classes when there is none of that name
     */
    public static FeatureClass of(final String name) {
        for (final FeatureClass c : values()) {
            if (c.pyradiomicsName.equalsIgnoreCase(name.trim())) {
                return c;
            }
        }
        final StringBuilder known = new StringBuilder();
        for (final FeatureClass c : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(c.pyradiomicsName);
        }
        throw new IllegalArgumentException("unknown radiomics feature class '" + name.trim()
            + "' (known: " + known + ")");
    }
}
