package org.qmrinodes.core.features.radiomics;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Resampling;
import org.qmrinodes.core.image.Volume;

/**
 * PyRadiomics' {@code resampledPixelSpacing} ({@code imageoperations.resampleImage}, applied when
 * both {@code resampledPixelSpacing} and {@code interpolator} are set, after {@code normalize}).
 *
 * <p>The new grid has the mask's direction and, per axis, the spacing s′ asked for, except the mask's
 * spacing s where s′ is 0 or the label's bounding box is one voxel thick. When s′ equals the image
 * spacing on every axis (numpy {@code allclose}: |s − s′| ≤ 10⁻⁸ + 10⁻⁵ |s′|) nothing is resampled.
 * Otherwise, with r = s / s′, the label's bounding box [b, b + n − 1] (mask indices) and
 * {@code padDistance} p, the new grid runs from L = max(0, ⌊(b − ½) r − p⌋) to
 * U = min(⌈(b + n − ½) r + p⌉, ⌈N r⌉ − 1) new voxels (N the mask's size), and its first voxel centre is
 * the mask's continuous index ½ (s′ − s) / s + L / r: new voxel 0 of the whole mask would have its
 * corner at the mask's corner. The image is interpolated there by {@code interpolator}
 * (sitkNearestNeighbor, sitkLinear or sitkBSpline, SimpleITK's numbers 1, 2, 3 too; PyRadiomics'
 * default sitkBSpline), the mask (every label) by nearest neighbour; points beyond half a voxel of
 * the outermost centres are 0, as ITK's default value.
 *
 * <p>PyRadiomics keeps the image's pixel type. Our volumes hold floats, so an image whose voxels are
 * all whole numbers (stored as integers, as MR images are) has its interpolated values truncated toward
 * zero, as ITK's cast to an integer type does; a normalised image stays fractional (PyRadiomics'
 * normalised image is floating point). ITK's clamping to the integer type's range is not reproduced
 * (it matters only where a B-spline overshoots below 0 in an unsigned image or beyond the type's range).
 */
final class RadiomicsResampling {

    /** The image and mask on the new grid. */
    record Resampled(Volume image, Mask mask) {
    }

    private RadiomicsResampling() {
    }

    /** @return whether the settings ask for resampling (both settings given, not None) */
    static boolean asked(final RadiomicsSettings settings) {
        final Map<String, Object> s = settings.otherSettings();
        return s.get("resampledPixelSpacing") != null && (!s.containsKey("interpolator") || s.get("interpolator") != null);
    }

    /**
     * @param settings the settings
     * @return the interpolation of the image
     * @throws IllegalArgumentException when the spacing has not 3 values or the interpolator is not implemented
     */
    static Resampling.Interpolation interpolation(final RadiomicsSettings settings) {
        final Object spacing = settings.otherSettings().get("resampledPixelSpacing");
        if (!(spacing instanceof List<?> list) || list.size() != 3) {
            throw new IllegalArgumentException("radiomics setting resampledPixelSpacing: " + spacing
                + " must give 3 spacings (mm, 0 keeps the mask's spacing on that axis)");
        }
        final Object interpolator = settings.otherSettings().getOrDefault("interpolator", "sitkBSpline");
        return switch (String.valueOf(interpolator)) {
            case "sitkNearestNeighbor", "1" -> Resampling.Interpolation.NEAREST;
            case "sitkLinear", "2" -> Resampling.Interpolation.TRILINEAR;
            case "sitkBSpline", "3" -> Resampling.Interpolation.BSPLINE;
            default -> throw new IllegalArgumentException("radiomics setting interpolator: " + interpolator
                + " is not implemented for resampledPixelSpacing (implemented: sitkNearestNeighbor, sitkLinear,"
                + " sitkBSpline)");
        };
    }

    /**
     * @param image the (normalised, when asked) image, on the mask's grid
     * @param mask the mask
     * @param maskName the mask's name for messages
     * @param settings settings that {@link #asked} for resampling
     * @param wholeNumbers true when the image holds integers (truncate the interpolated values toward zero)
     * @return the image and mask on PyRadiomics' grid, or null when the image spacing is already the one asked
     */
    static Resampled resample(final Volume image, final Mask mask, final String maskName,
        final RadiomicsSettings settings, final boolean wholeNumbers) {
        return resample(image, mask, maskName, settings, wholeNumbers, UnaryOperator.identity());
    }

    /**
     * As {@link #resample(Volume, Mask, String, RadiomicsSettings, boolean)}, interpolating only the part of
     * the image the new grid needs, {@code prepare} (e.g. the normalisation) applied to that part first. The
     * part is the new grid's extent on the image plus the interpolator's reach: 2 voxels for nearest and
     * linear, 32 for the B-spline, whose coefficients depend on voxels further away only by factors below
     * (2 − √3)<sup>32</sup> ≈ 5·10<sup>−19</sup> (the recursive prefilter's pole), so that the values equal
     * those of interpolating the whole image; the mask is cut likewise. A whole 384 × 384 × 88 DCE volume is
     * then never interpolated for one lesion.
     */
    static Resampled resample(final Volume image, final Mask mask, final String maskName,
        final RadiomicsSettings settings, final boolean wholeNumbers, final UnaryOperator<Volume> prepare) {
        final Resampling.Interpolation interpolation = interpolation(settings);
        final Geometry m = mask.geometry();
        final RegionOfInterest box = RegionOfInterest.crop(image, mask, settings.label(), maskName);
        final int[] low = box.low();
        final int[] extent = {box.columns(), box.rows(), box.slices()};
        final int[] size = {m.columns(), m.rows(), m.slices()};
        final double[] s = m.spacing();
        final double[] imageSpacing = image.geometry().spacing();
        final List<?> asked = (List<?>) settings.otherSettings().get("resampledPixelSpacing");
        final double[] spacing = new double[3];
        boolean same = true;
        for (int d = 0; d < 3; d++) {
            final double wanted = ((Number) asked.get(d)).doubleValue();
            spacing[d] = wanted == 0 || extent[d] == 1 ? s[d] : wanted;
            same &= Math.abs(imageSpacing[d] - spacing[d]) <= 1e-8 + 1e-5 * Math.abs(spacing[d]);
        }
        if (same) {
            return null;
        }
        final int pad = FilteredImageTypes.padDistance(settings.otherSettings());
        final int[] n = new int[3];
        final double[] originIndex = new double[3];
        for (int d = 0; d < 3; d++) {
            final double r = s[d] / spacing[d];
            final double lower = Math.max(0, Math.floor((low[d] - 0.5) * r - pad));
            final double upper = Math.min(Math.ceil((low[d] + extent[d] - 0.5) * r + pad), Math.ceil(size[d] * r) - 1);
            n[d] = (int) (upper - lower + 1);
            originIndex[d] = 0.5 * (spacing[d] - s[d]) / s[d] + lower / r;
        }
        final Geometry grid = new Geometry(n[0], n[1], n[2], m.indexToPatient(originIndex[0], originIndex[1],
            originIndex[2]), spacing, m.direction());
        final int[][] read = sourceBox(grid, m, interpolation);
        final boolean crop = image.geometry().sameGrid(m, 1e-6);
        final Volume source = prepare.apply(crop ? image.box(read[0], read[1]) : image);
        final Mask labelsSource = crop ? mask.box(read[0], read[1]) : mask;
        final int[] from = crop ? read[0] : new int[3];
        final float[] values = Resampling.ontoFromBox(source, image.geometry(), from, grid, interpolation).copyOfVolume(0);
        for (int v = 0; v < values.length; v++) {
            final float x = values[v];
            values[v] = Float.isNaN(x) ? 0 : wholeNumbers ? (float) (long) x : x;
        }
        final int[] labels = labelsSource.copyOfLabels();
        final float[] labelValues = new float[labels.length];
        for (int v = 0; v < labels.length; v++) {
            labelValues[v] = labels[v];
        }
        final float[] nearest = Resampling.ontoFromBox(Volume.map(labelsSource.geometry(), labelValues), m, from, grid,
            Resampling.Interpolation.NEAREST).copyOfVolume(0);
        final int[] resampledLabels = new int[nearest.length];
        for (int v = 0; v < nearest.length; v++) {
            resampledLabels[v] = Float.isNaN(nearest[v]) ? 0 : (int) nearest[v];
        }
        return new Resampled(Volume.map(grid, values), new Mask(grid, resampledLabels));
    }

    /** @return the first voxel and size of the part of grid {@code m} that interpolating onto {@code grid} reads */
    private static int[][] sourceBox(final Geometry grid, final Geometry m, final Resampling.Interpolation interpolation) {
        final int reach = interpolation == Resampling.Interpolation.BSPLINE ? 32 : 2;
        final double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        final double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int corner = 0; corner < 8; corner++) {
            final double[] index = m.patientToIndex(grid.indexToPatient((corner & 1) == 0 ? 0 : grid.columns() - 1,
                (corner & 2) == 0 ? 0 : grid.rows() - 1, (corner & 4) == 0 ? 0 : grid.slices() - 1));
            for (int d = 0; d < 3; d++) {
                lo[d] = Math.min(lo[d], index[d]);
                hi[d] = Math.max(hi[d], index[d]);
            }
        }
        final int[] size = {m.columns(), m.rows(), m.slices()};
        final int[] low = new int[3];
        final int[] extent = new int[3];
        for (int d = 0; d < 3; d++) {
            low[d] = (int) Math.max(0, Math.min(size[d] - 1, Math.floor(lo[d]) - reach));
            final int high = (int) Math.min(size[d] - 1, Math.max(low[d], Math.ceil(hi[d]) + reach));
            extent[d] = high - low[d] + 1;
        }
        return new int[][] {low, extent};
    }

    /** @return whether every voxel of the (single-volume) image is a whole number */
    static boolean wholeNumbers(final Volume image) {
        final java.nio.FloatBuffer values = image.view(0);
        for (int v = 0; v < values.limit(); v++) {
            final float x = values.get(v);
            if (x != Math.rint(x)) {
                return false;
            }
        }
        return true;
    }
}
