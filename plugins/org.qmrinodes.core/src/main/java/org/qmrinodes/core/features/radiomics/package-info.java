/**
 * Radiomics features with PyRadiomics' names, order and definitions (van Griethuysen et al., Cancer
 * Res 2017;77:e104–e107), IBSI identifiers in each feature's Javadoc (IBSI 1, Zwanenburg et al.,
 * Radiology 2020;295:328–338): one class per feature family, one method per feature.
 * {@link org.qmrinodes.core.features.radiomics.RadiomicsExtractor} is the entry point: it crops the
 * image to the mask's bounding box ({@link org.qmrinodes.core.features.radiomics.RegionOfInterest}),
 * optionally after normalising it ({@link org.qmrinodes.core.features.radiomics.ImageNormalization}) and
 * resegmenting the region ({@link org.qmrinodes.core.features.radiomics.Resegmentation}),
 * computes the shape classes from the mask (marching cubes and squares, convex-hull diameters),
 * discretises the image with PyRadiomics' fixed bin width or bin number
 * ({@link org.qmrinodes.core.features.radiomics.GreyLevels})
 * and returns the features of the enabled classes as {@code original_<class>_<Feature>}, and for the
 * derived image types ({@link org.qmrinodes.core.features.radiomics.IntensityFilter}, and LoG and
 * Wavelet, which filter the region's surroundings with {@link org.qmrinodes.core.image.filter}) as
 * {@code square_<class>_<Feature>}, {@code log-sigma-3-0-mm-3D_<class>_<Feature>},
 * {@code wavelet-LLH_<class>_<Feature>} and so on. Settings
 * come from PyRadiomics parameter files ({@link org.qmrinodes.core.features.radiomics.PyRadiomicsParameters})
 * or named presets ({@link org.qmrinodes.core.features.radiomics.RadiomicsPresets}); what is not
 * implemented yet is refused by name rather than ignored.
 */
package org.qmrinodes.core.features.radiomics;
