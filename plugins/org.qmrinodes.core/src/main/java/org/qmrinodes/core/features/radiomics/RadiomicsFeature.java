package org.qmrinodes.core.features.radiomics;

/**
 * One radiomics feature value.
 *
 * @param imageType the PyRadiomics image type prefix, e.g. {@code original}
 * @param featureClass the feature class
 * @param feature the feature's PyRadiomics name within its class, e.g. {@code Idmn}
 * @param value the value
 */
public record RadiomicsFeature(String imageType, FeatureClass featureClass, String feature, double value) {

    /** @return the PyRadiomics feature name, e.g. {@code original_glcm_Idmn} */
    public String name() {
        return imageType + "_" + featureClass.pyradiomicsName() + "_" + feature;
    }
}
