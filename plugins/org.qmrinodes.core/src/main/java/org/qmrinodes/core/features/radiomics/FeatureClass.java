package org.qmrinodes.core.features.radiomics;

import java.util.Locale;

/** The radiomics feature classes, in the order their features are reported. */
public enum FeatureClass {
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
        throw new IllegalArgumentException("unknown radiomics feature class '" + name.toLowerCase(Locale.ROOT)
            + "' (known: " + known + ")");
    }
}
