package org.qmrinodes.core.features.radiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Resampling;
import org.qmrinodes.core.image.Volume;

/**
 * IBSI mode (Zwanenburg et al., "The Image Biomarker Standardization Initiative", Radiology 2020; IBSI 1
 * reference manual): the features PyRadiomics computes, under IBSI's conventions where the two differ, and
 * named by IBSI's feature tags with their aggregation (e.g. {@code cm_joint_max_3D_avg}). The differences
 * applied: fixed bin width discretisation from the region's minimum (IBSI Q3RU) instead of PyRadiomics'
 * multiple of the bin width ({@link RadiomicsSettings#withIbsiConventions()} sets it for the extractor);
 * excess kurtosis (IBSI IPH6), PyRadiomics' Kurtosis − 3; principal axis lengths from the sample covariance
 * of the voxel positions (PyRadiomics' population ones times √(N/(N − 1))); asphericity as spherical
 * disproportion − 1; no voxel array shift (IBSI's energy and RMS have none). PyRadiomics' own texture aggregation is IBSI's "3D, averaged" (features per direction, averaged)
 * and, with a {@code weightingNorm}, "3D, merged" (the directions' matrices summed); GLSZM, NGTDM and GLDM
 * with {@code gldm_a} 0 at distance 1 are IBSI's 3D size zone, neighbourhood grey tone difference and
 * neighbouring grey level dependence matrices; with {@code force2D} along the slices, IBSI's 2.5D ones. With
 * {@code resampledPixelSpacing} the image and mask are interpolated onto IBSI's centred grid
 * ({@link IbsiResampling}: trilinear or nearest neighbour, the mask's partial volume ≥ 0.5), not PyRadiomics'
 * grid. The LoG image type is IBSI 2's sampled, truncated (4σ), not scale-normalised Laplacian of Gaussian
 * ({@link org.qmrinodes.core.image.filter.ResponseMap}) instead of PyRadiomics' (SimpleITK's scale-normalised
 * recursive filter), its features tagged {@code log-sigma-<σ>-mm-3D_<tag>}; PyRadiomics' wavelet and intensity
 * filters are not IBSI's, so IBSI mode refuses them. PyRadiomics features
 * without an IBSI counterpart (Total Energy, GLCM MCC, the 2D maximum diameters, …) are left out; IBSI
 * features PyRadiomics does not compute (e.g. the bounding-box densities, Moran's I) are not added.
 */
public final class IbsiConventions {

    /**
     * One feature in IBSI mode.
     *
     * @param tag IBSI's feature tag with its aggregation, e.g. {@code cm_joint_max_3D_avg}
     * @param name IBSI's feature name, e.g. {@code Joint maximum}
     * @param value the value under IBSI's conventions
     * @param source the PyRadiomics feature it is computed from, e.g. {@code original_glcm_MaximumProbability}
     */
    public record IbsiFeature(String tag, String name, double value, String source) {
    }

    /** One PyRadiomics feature's IBSI counterpart: its class and name there, and the IBSI tag, name and conversion. */
    private record Counterpart(FeatureClass featureClass, String pyradiomics, String tag, String name,
        DoubleBinaryOperator conversion) {
    }

    private static final List<Counterpart> COUNTERPARTS = new ArrayList<>();

    /** PyRadiomics' axis lengths use the population covariance of the voxel positions, IBSI's the sample one. */
    private static final DoubleBinaryOperator SAMPLE = (x, n) -> x * Math.sqrt(n / (n - 1));

    private static void add(final FeatureClass c, final String pyradiomics, final String tag, final String name) {
        COUNTERPARTS.add(new Counterpart(c, pyradiomics, tag, name, (x, n) -> x));
    }

    static {
        final FeatureClass s = FeatureClass.SHAPE;
        add(s, "MeshVolume", "morph_volume", "Volume (mesh)");
        add(s, "VoxelVolume", "morph_vol_approx", "Volume (voxel counting)");
        add(s, "SurfaceArea", "morph_area_mesh", "Surface area (mesh)");
        add(s, "SurfaceVolumeRatio", "morph_av", "Surface to volume ratio");
        add(s, "Compactness1", "morph_comp_1", "Compactness 1");
        add(s, "Compactness2", "morph_comp_2", "Compactness 2");
        add(s, "SphericalDisproportion", "morph_sph_dispr", "Spherical disproportion");
        add(s, "Sphericity", "morph_sphericity", "Sphericity");
        COUNTERPARTS.add(new Counterpart(s, "SphericalDisproportion", "morph_asphericity", "Asphericity", (x, n) -> x - 1));
        add(s, "Maximum3DDiameter", "morph_diam", "Maximum 3D diameter");
        COUNTERPARTS.add(new Counterpart(s, "MajorAxisLength", "morph_pca_maj_axis", "Major axis length", SAMPLE));
        COUNTERPARTS.add(new Counterpart(s, "MinorAxisLength", "morph_pca_min_axis", "Minor axis length", SAMPLE));
        COUNTERPARTS.add(new Counterpart(s, "LeastAxisLength", "morph_pca_least_axis", "Least axis length", SAMPLE));
        add(s, "Elongation", "morph_pca_elongation", "Elongation");
        add(s, "Flatness", "morph_pca_flatness", "Flatness");
        final FeatureClass f = FeatureClass.FIRSTORDER;
        add(f, "Mean", "stat_mean", "Mean");
        add(f, "Variance", "stat_var", "Variance");
        add(f, "Skewness", "stat_skew", "Skewness");
        COUNTERPARTS.add(new Counterpart(f, "Kurtosis", "stat_kurt", "(Excess) kurtosis", (x, n) -> x - 3));
        add(f, "Median", "stat_median", "Median");
        add(f, "Minimum", "stat_min", "Minimum");
        add(f, "10Percentile", "stat_p10", "10th percentile");
        add(f, "90Percentile", "stat_p90", "90th percentile");
        add(f, "Maximum", "stat_max", "Maximum");
        add(f, "InterquartileRange", "stat_iqr", "Interquartile range");
        add(f, "Range", "stat_range", "Range");
        add(f, "MeanAbsoluteDeviation", "stat_mad", "Mean absolute deviation");
        add(f, "RobustMeanAbsoluteDeviation", "stat_rmad", "Robust mean absolute deviation");
        add(f, "Energy", "stat_energy", "Energy");
        add(f, "RootMeanSquared", "stat_rms", "Root mean square");
        add(f, "Entropy", "ih_entropy", "Entropy (intensity histogram)");
        add(f, "Uniformity", "ih_uniformity", "Uniformity (intensity histogram)");
        final FeatureClass g = FeatureClass.GLCM;
        add(g, "MaximumProbability", "cm_joint_max", "Joint maximum");
        add(g, "JointAverage", "cm_joint_avg", "Joint average");
        add(g, "SumSquares", "cm_joint_var", "Joint variance");
        add(g, "JointEntropy", "cm_joint_entr", "Joint entropy");
        add(g, "DifferenceAverage", "cm_diff_avg", "Difference average");
        add(g, "DifferenceVariance", "cm_diff_var", "Difference variance");
        add(g, "DifferenceEntropy", "cm_diff_entr", "Difference entropy");
        add(g, "SumAverage", "cm_sum_avg", "Sum average");
        add(g, "ClusterTendency", "cm_sum_var", "Sum variance");
        add(g, "SumEntropy", "cm_sum_entr", "Sum entropy");
        add(g, "JointEnergy", "cm_energy", "Angular second moment");
        add(g, "Contrast", "cm_contrast", "Contrast");
        add(g, "DifferenceAverage", "cm_dissimilarity", "Dissimilarity");
        add(g, "Id", "cm_inv_diff", "Inverse difference");
        add(g, "Idn", "cm_inv_diff_norm", "Normalised inverse difference");
        add(g, "Idm", "cm_inv_diff_mom", "Inverse difference moment");
        add(g, "Idmn", "cm_inv_diff_mom_norm", "Normalised inverse difference moment");
        add(g, "InverseVariance", "cm_inv_var", "Inverse variance");
        add(g, "Correlation", "cm_corr", "Correlation");
        add(g, "Autocorrelation", "cm_auto_corr", "Autocorrelation");
        add(g, "ClusterTendency", "cm_clust_tend", "Cluster tendency");
        add(g, "ClusterShade", "cm_clust_shade", "Cluster shade");
        add(g, "ClusterProminence", "cm_clust_prom", "Cluster prominence");
        add(g, "Imc1", "cm_info_corr1", "Information correlation 1");
        add(g, "Imc2", "cm_info_corr2", "Information correlation 2");
        final FeatureClass r = FeatureClass.GLRLM;
        add(r, "ShortRunEmphasis", "rlm_sre", "Short runs emphasis");
        add(r, "LongRunEmphasis", "rlm_lre", "Long runs emphasis");
        add(r, "LowGrayLevelRunEmphasis", "rlm_lgre", "Low grey level run emphasis");
        add(r, "HighGrayLevelRunEmphasis", "rlm_hgre", "High grey level run emphasis");
        add(r, "ShortRunLowGrayLevelEmphasis", "rlm_srlge", "Short run low grey level emphasis");
        add(r, "ShortRunHighGrayLevelEmphasis", "rlm_srhge", "Short run high grey level emphasis");
        add(r, "LongRunLowGrayLevelEmphasis", "rlm_lrlge", "Long run low grey level emphasis");
        add(r, "LongRunHighGrayLevelEmphasis", "rlm_lrhge", "Long run high grey level emphasis");
        add(r, "GrayLevelNonUniformity", "rlm_glnu", "Grey level non-uniformity");
        add(r, "GrayLevelNonUniformityNormalized", "rlm_glnu_norm", "Normalised grey level non-uniformity");
        add(r, "RunLengthNonUniformity", "rlm_rlnu", "Run length non-uniformity");
        add(r, "RunLengthNonUniformityNormalized", "rlm_rlnu_norm", "Normalised run length non-uniformity");
        add(r, "RunPercentage", "rlm_r_perc", "Run percentage");
        add(r, "GrayLevelVariance", "rlm_gl_var", "Grey level variance");
        add(r, "RunVariance", "rlm_rl_var", "Run length variance");
        add(r, "RunEntropy", "rlm_rl_entr", "Run entropy");
        final FeatureClass z = FeatureClass.GLSZM;
        add(z, "SmallAreaEmphasis", "szm_sze", "Small zone emphasis");
        add(z, "LargeAreaEmphasis", "szm_lze", "Large zone emphasis");
        add(z, "LowGrayLevelZoneEmphasis", "szm_lgze", "Low grey level emphasis");
        add(z, "HighGrayLevelZoneEmphasis", "szm_hgze", "High grey level emphasis");
        add(z, "SmallAreaLowGrayLevelEmphasis", "szm_szlge", "Small zone low grey level emphasis");
        add(z, "SmallAreaHighGrayLevelEmphasis", "szm_szhge", "Small zone high grey level emphasis");
        add(z, "LargeAreaLowGrayLevelEmphasis", "szm_lzlge", "Large zone low grey level emphasis");
        add(z, "LargeAreaHighGrayLevelEmphasis", "szm_lzhge", "Large zone high grey level emphasis");
        add(z, "GrayLevelNonUniformity", "szm_glnu", "Grey level non-uniformity");
        add(z, "GrayLevelNonUniformityNormalized", "szm_glnu_norm", "Normalised grey level non-uniformity");
        add(z, "SizeZoneNonUniformity", "szm_zsnu", "Zone size non-uniformity");
        add(z, "SizeZoneNonUniformityNormalized", "szm_zsnu_norm", "Normalised zone size non-uniformity");
        add(z, "ZonePercentage", "szm_z_perc", "Zone percentage");
        add(z, "GrayLevelVariance", "szm_gl_var", "Grey level variance");
        add(z, "ZoneVariance", "szm_zs_var", "Zone size variance");
        add(z, "ZoneEntropy", "szm_zs_entr", "Zone size entropy");
        final FeatureClass n = FeatureClass.NGTDM;
        add(n, "Coarseness", "ngt_coarseness", "Coarseness");
        add(n, "Contrast", "ngt_contrast", "Contrast");
        add(n, "Busyness", "ngt_busyness", "Busyness");
        add(n, "Complexity", "ngt_complexity", "Complexity");
        add(n, "Strength", "ngt_strength", "Strength");
        final FeatureClass d = FeatureClass.GLDM;
        add(d, "SmallDependenceEmphasis", "ngl_lde", "Low dependence emphasis");
        add(d, "LargeDependenceEmphasis", "ngl_hde", "High dependence emphasis");
        add(d, "LowGrayLevelEmphasis", "ngl_lgce", "Low grey level count emphasis");
        add(d, "HighGrayLevelEmphasis", "ngl_hgce", "High grey level count emphasis");
        add(d, "SmallDependenceLowGrayLevelEmphasis", "ngl_ldlge", "Low dependence low grey level emphasis");
        add(d, "SmallDependenceHighGrayLevelEmphasis", "ngl_ldhge", "Low dependence high grey level emphasis");
        add(d, "LargeDependenceLowGrayLevelEmphasis", "ngl_hdlge", "High dependence low grey level emphasis");
        add(d, "LargeDependenceHighGrayLevelEmphasis", "ngl_hdhge", "High dependence high grey level emphasis");
        add(d, "GrayLevelNonUniformity", "ngl_glnu", "Grey level non-uniformity");
        add(d, "DependenceNonUniformity", "ngl_dcnu", "Dependence count non-uniformity");
        add(d, "DependenceNonUniformityNormalized", "ngl_dcnu_norm", "Normalised dependence count non-uniformity");
        add(d, "GrayLevelVariance", "ngl_gl_var", "Grey level variance");
        add(d, "DependenceVariance", "ngl_dc_var", "Dependence count variance");
        add(d, "DependenceEntropy", "ngl_dc_entr", "Dependence count entropy");
    }

    private IbsiConventions() {
    }

    /**
     * @throws IllegalArgumentException when the settings ask for something IBSI mode does not follow IBSI in:
     *         an image type other than Original, B-spline resampling, a voxel array shift, force2D along other than
     *         the slice axis
     */
    static void checkSupported(final RadiomicsSettings settings) {
        final List<String> types = settings.imageTypes().keySet().stream()
            .filter(t -> !RadiomicsExtractor.ORIGINAL_TYPE.equals(t) && !FilteredImageTypes.LOG.equals(t)).toList();
        if (!types.isEmpty()) {
            throw new IllegalArgumentException("IBSI mode computes features of the Original and LoG images only, not of "
                + String.join(", ", types) + ": PyRadiomics' wavelet and intensity filters are not IBSI's (IBSI 2's "
                + "filters are in qmri filter); leave IBSI mode for PyRadiomics' conventions");
        }
        if (RadiomicsResampling.asked(settings)
            && RadiomicsResampling.interpolation(settings) == Resampling.Interpolation.BSPLINE) {
            throw new IllegalArgumentException("IBSI mode resamples on IBSI's centred grid by trilinear interpolation "
                + "(interpolator: sitkLinear) or nearest neighbour (sitkNearestNeighbor), not by PyRadiomics' default "
                + "B-spline; give an interpolator");
        }
        if (settings.voxelArrayShift() != 0) {
            throw new IllegalArgumentException("IBSI mode has no voxel array shift (IBSI's energy and root mean square "
                + "have none); set voxelArrayShift to 0");
        }
        if (settings.force2D() && settings.force2Ddimension() != 0) {
            throw new IllegalArgumentException("IBSI mode's 2.5D features take the slices as the out-of-plane axis; set "
                + "force2Ddimension to 0 (it is " + settings.force2Ddimension() + ")");
        }
    }

    /**
     * Extracts the features of the region in IBSI mode.
     *
     * @param image a single-volume image
     * @param mask the mask on the image's grid
     * @param maskName the mask's name for messages
     * @param settings the settings, IBSI's conventions applied to them ({@link RadiomicsSettings#withIbsiConventions()})
     * @return the IBSI counterparts of the features the settings enable, in IBSI's family order
     * @throws IllegalArgumentException when the settings ask for what IBSI mode does not follow IBSI in (an image
     *         type other than Original, resampling, a voxel array shift, force2D along rows or columns)
     * @throws org.qmrinodes.core.data.InvalidDataException as {@link RadiomicsExtractor#extract}
     */
    public static List<IbsiFeature> extract(final Volume image, final Mask mask, final String maskName,
        final RadiomicsSettings settings) {
        final RadiomicsSettings ibsi = settings.ibsiConventions() ? settings : settings.withIbsiConventions();
        final List<RadiomicsFeature> features = RadiomicsExtractor.extract(image, mask, maskName, ibsi);
        final Long voxels = mask.labelCounts().get(ibsi.label());
        return of(features, ibsi, voxels == null ? 0 : voxels);
    }

    /**
     * @param features features the extractor computed with {@link RadiomicsSettings#withIbsiConventions()}
     * @param settings those settings
     * @param voxels the number of region voxels (the axis lengths' sample covariance needs it)
     * @return the features' IBSI counterparts, in IBSI's family order, each converted where IBSI's definition
     *         differs; the GLCM and GLRLM tags end in {@code _3D_avg} (PyRadiomics' default) or {@code _3D_comb}
     *         (with a {@code weightingNorm}), the others in {@code _3D} where IBSI has one per aggregation; with
     *         {@code force2D} (in-plane neighbours, every slice counted in one matrix per direction) IBSI's 2.5D
     *         aggregations: {@code _2_5D_avg} (direction-merged), {@code _2_5D_comb} (merged) and {@code _2_5D}
     * @throws IllegalArgumentException when the settings are not IBSI mode's
     */
    private static List<IbsiFeature> of(final List<RadiomicsFeature> features, final RadiomicsSettings settings,
        final long voxels) {
        if (!settings.ibsiConventions()) {
            throw new IllegalArgumentException("the features were not computed in IBSI mode (withIbsiConventions)");
        }
        checkSupported(settings);
        final String dimensions = settings.force2D() ? "_2_5D" : "_3D";
        final String directions = dimensions + (settings.weightingNorm() == null ? "_avg" : "_comb");
        final boolean ngldm = settings.gldmA() == 0 && settings.distances().equals(List.of(1));
        final List<IbsiFeature> out = new ArrayList<>();
        for (final Counterpart c : COUNTERPARTS) {
            if (c.featureClass() == FeatureClass.GLDM && !ngldm) {
                continue;
            }
            for (final RadiomicsFeature f : features) {
                if (f.featureClass() == c.featureClass() && f.feature().equals(c.pyradiomics())) {
                    final String suffix = switch (c.featureClass()) {
                        case GLCM, GLRLM -> directions;
                        case GLSZM, NGTDM, GLDM -> dimensions;
                        default -> "";
                    };
                    final String image = RadiomicsExtractor.ORIGINAL.equals(f.imageType()) ? "" : f.imageType() + "_";
                    out.add(new IbsiFeature(image + c.tag() + suffix, c.name(), c.conversion().applyAsDouble(f.value(),
                        voxels), f.name()));
                }
            }
        }
        return List.copyOf(out);
    }
}
