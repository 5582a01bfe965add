package org.qmrinodes.core.features.radiomics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.image.filter.ImageBlock;
import org.qmrinodes.core.image.filter.LaplacianOfGaussian;
import org.qmrinodes.core.image.filter.Padding;
import org.qmrinodes.core.image.filter.ResponseMap;
import org.qmrinodes.core.image.filter.StationaryWavelet;
import org.qmrinodes.core.image.filter.Wavelet;

/**
 * PyRadiomics' image types made by a filter over a neighbourhood, {@code LoG} and {@code Wavelet}. The
 * filter is applied to the region's surroundings, its bounding box grown by {@code padDistance} voxels
 * (default 5) and clipped to the image, never to the whole image, and its response cropped back to the
 * bounding box: what PyRadiomics computes with {@code preCrop} on, or whenever it resamples.
 * <ul>
 * <li>{@code LoG} ({@code sigma}: a list of σ in mm): ITK's recursive Laplacian of Gaussian normalised
 * across scale ({@link LaplacianOfGaussian}), in single precision as SimpleITK returns it; one image per σ,
 * named {@code log-sigma-3-0-mm-3D} (σ as Python prints it, the point a hyphen: an integer σ
 * as {@code log-sigma-3-mm-3D}). The surroundings need
 * at least 4 voxels along each axis and ⌈σ/spacing⌉ + 1 along each axis.</li>
 * <li>{@code Wavelet} ({@code wavelet}, default {@code coif1}; {@code level}, default 1; {@code start_level},
 * default 0): PyRadiomics' undecimated transform, an axis of odd length being first extended by one voxel
 * equal to its first (periodic padding, removed again afterwards); {@code start_level} times the
 * single-level transform ({@link StationaryWavelet}) replaces the image by its approximation, then
 * {@code level} times it yields the 7 detail bands, named {@code wavelet-LLH} … {@code wavelet-HHH} for
 * the first and {@code wavelet2-LLH} for the second, the letters along columns, rows and slices, and its
 * approximation becomes the input of the next; the last approximation comes last,
 * {@code wavelet-LLL} ({@code wavelet2-LLL} for two levels). With {@code force2D} the out-of-plane axis is
 * not transformed (two letters).</li>
 * </ul>
 */
final class FilteredImageTypes {

    /** PyRadiomics' image-type name of the Laplacian of Gaussian. */
    static final String LOG = "LoG";
    /** PyRadiomics' image-type name of the wavelet bands. */
    static final String WAVELET = "Wavelet";
    /** PyRadiomics' default padDistance. */
    static final int DEFAULT_PAD_DISTANCE = 5;

    /** The settings each type takes of its own (under {@code imageType}). */
    static final Map<String, Set<String>> OWN_SETTINGS = Map.of(LOG, Set.of("sigma"), WAVELET,
        Set.of("wavelet", "level", "start_level"));

    /** A derived image: its feature-name prefix and the region with its intensities. */
    record Derived(String prefix, RegionOfInterest region) {
    }

    private FilteredImageTypes() {
    }

    /**
     * @param type {@link #LOG} or {@link #WAVELET}
     * @param settings the type's own settings over the general ones
     * @param image the whole image
     * @param region the region cropped from it
     * @param force2D see {@link RadiomicsSettings#force2D()}
     * @param force2Ddimension see {@link RadiomicsSettings#force2Ddimension()}
     * @param maskName the mask's name for messages
     * @param notes receives a message for each LoG σ skipped because the surroundings are too small
     * @return the derived images in PyRadiomics' order
     */
    static List<Derived> derive(final String type, final Map<String, Object> settings, final Volume image,
        final RegionOfInterest region, final boolean force2D, final int force2Ddimension, final String maskName,
        final Consumer<String> notes) {
        if (LOG.equals(type) && Boolean.TRUE.equals(settings.get(RadiomicsSettings.IBSI_CONVENTIONS))) {
            return ibsiLog(settings, image, region);
        }
        final int pad = padDistance(settings);
        final ImageBlock surroundings = region.surroundings(image, pad);
        final List<Derived> out = new ArrayList<>();
        if (LOG.equals(type)) {
            for (final Number given : sigmas(settings)) {
                final double sigma = given.doubleValue();
                final String prefix = logPrefix(given);
                final String tooSmall = logSizeProblem(surroundings, sigma);
                if (tooSmall != null) {
                    notes.accept(maskName + ": " + prefix + " left out, as PyRadiomics does: " + tooSmall);
                    continue;
                }
                final ImageBlock response = LaplacianOfGaussian.recursive(surroundings, sigma, true, true);
                out.add(new Derived(prefix, region.within(response, pad)));
            }
        } else if (WAVELET.equals(type)) {
            waveletBands(surroundings, settings, force2D, force2Ddimension)
                .forEach((prefix, band) -> out.add(new Derived(prefix, region.within(band, pad))));
        } else {
            throw new IllegalArgumentException("not a filtered image type: " + type);
        }
        return out;
    }

    /** IBSI 2's kernel half-width in σ (its tests' truncation). */
    static final double IBSI_LOG_TRUNCATE = 4;

    /**
     * IBSI mode's LoG: IBSI 2's sampled, truncated, not scale-normalised kernel
     * ({@link ResponseMap#laplacianOfGaussian}, t = 4, σ in mm per axis, mirror padding) on the region's
     * surroundings as wide as the kernel, so that the region's values are those of filtering the whole image.
     */
    private static List<Derived> ibsiLog(final Map<String, Object> settings, final Volume image,
        final RegionOfInterest region) {
        final List<Derived> out = new ArrayList<>();
        final double[] spacing = image.geometry().spacing();
        for (final Number given : sigmas(settings)) {
            final double sigma = given.doubleValue();
            final int pad = ibsiLogReach(List.of(given), spacing);
            final ImageBlock response = ResponseMap.laplacianOfGaussian(region.surroundings(image, pad), sigma,
                IBSI_LOG_TRUNCATE, Padding.MIRROR);
            out.add(new Derived(logPrefix(given), region.within(response, pad)));
        }
        return out;
    }

    /**
     * @param sigmas σ in mm
     * @param spacing the image's spacing in mm
     * @return the half-width in voxels, along the axis of the finest spacing, of IBSI mode's widest LoG kernel
     */
    static int ibsiLogReach(final List<? extends Number> sigmas, final double[] spacing) {
        int reach = 0;
        for (final Number sigma : sigmas) {
            for (final double s : spacing) {
                reach = Math.max(reach, (int) Math.floor(IBSI_LOG_TRUNCATE * sigma.doubleValue() / s + 0.5));
            }
        }
        return reach;
    }

    /** @return PyRadiomics' feature-name prefix of the LoG image of σ as given, e.g. {@code log-sigma-3-0-mm-3D} */
    private static String logPrefix(final Number given) {
        final String named = given instanceof Integer i ? i.toString() : pythonNumber(given.doubleValue());
        return "log-sigma-" + named.replace('.', '-') + "-mm-3D";
    }

    /** @return the setting padDistance, or PyRadiomics' default */
    static int padDistance(final Map<String, Object> settings) {
        return settings.get("padDistance") instanceof Integer p ? p : DEFAULT_PAD_DISTANCE;
    }

    /**
     * @param settings the settings of the LoG image type over the general ones
     * @return its σ list (mm)
     * @throws IllegalArgumentException when it is missing or not positive numbers
     */
    static List<Number> sigmas(final Map<String, Object> settings) {
        final Object value = settings.get("sigma");
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("image type LoG needs the setting sigma, a list of σ in mm, e.g. [3.0, 5.0]");
        }
        final List<Number> out = new ArrayList<>();
        for (final Object s : list) {
            if (!(s instanceof Number n) || !(n.doubleValue() > 0) || Double.isInfinite(n.doubleValue())) {
                throw new IllegalArgumentException("LoG sigma must be positive numbers (mm), got " + s);
            }
            out.add(n);
        }
        return out;
    }

    /** @return why the surroundings are too small for a LoG of σ, or null when they are not */
    private static String logSizeProblem(final ImageBlock block, final double sigma) {
        final double[] spacing = block.spacing();
        for (int d = 0; d < 3; d++) {
            final int needed = Math.max(4, (int) Math.ceil(sigma / spacing[d]) + 1);
            if (block.size(d) < needed) {
                return "sigma " + pythonNumber(sigma) + " mm needs at least " + needed + " voxels along axis " + d
                    + " of the cropped image (" + block.columns() + "x" + block.rows() + "x" + block.slices() + " at "
                    + spacing[d] + " mm)";
            }
        }
        return null;
    }

    /** The bands in PyRadiomics' order, by feature-name prefix. */
    static Map<String, ImageBlock> waveletBands(final ImageBlock image, final Map<String, Object> settings,
        final boolean force2D, final int force2Ddimension) {
        final Wavelet wavelet = Wavelet.named(settings.get("wavelet") instanceof String w ? w : "coif1");
        final int level = settings.get("level") instanceof Integer l ? l : 1;
        final int startLevel = settings.get("start_level") instanceof Integer s ? s : 0;
        if (level < 1 || startLevel < 0) {
            throw new IllegalArgumentException("Wavelet level must be at least 1 and start_level at least 0, got "
                + level + " and " + startLevel);
        }
        final List<Integer> axisList = new ArrayList<>(List.of(0, 1, 2));
        if (force2D) {
            axisList.remove(Integer.valueOf(2 - force2Ddimension));
        }
        final int[] axes = axisList.stream().mapToInt(Integer::intValue).toArray();
        final String approximationName = "L".repeat(axes.length);
        ImageBlock data = evenExtension(image);
        for (int i = 0; i < startLevel; i++) {
            data = StationaryWavelet.decompose(data, wavelet, axes).get(approximationName);
        }
        final Map<String, ImageBlock> out = new LinkedHashMap<>();
        for (int i = 1; i <= level; i++) {
            final Map<String, ImageBlock> bands = StationaryWavelet.decompose(data, wavelet, axes);
            data = bands.get(approximationName);
            for (final Map.Entry<String, ImageBlock> band : bands.entrySet()) {
                if (!band.getKey().equals(approximationName)) {
                    out.put(waveletName(i, band.getKey()), cropTo(band.getValue(), image));
                }
            }
        }
        out.put(waveletName(level, approximationName), cropTo(data, image));
        return out;
    }

    private static String waveletName(final int level, final String band) {
        return (level == 1 ? "wavelet-" : "wavelet" + level + "-") + band;
    }

    /** The image extended by one voxel along each axis of odd length, that voxel equal to the axis's first. */
    private static ImageBlock evenExtension(final ImageBlock image) {
        final int nx = image.columns() + image.columns() % 2;
        final int ny = image.rows() + image.rows() % 2;
        final int nz = image.slices() + image.slices() % 2;
        final double[] values = new double[nx * ny * nz];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    values[(k * ny + j) * nx + i] = image.value(i % image.columns(), j % image.rows(), k % image.slices());
                }
            }
        }
        return new ImageBlock(nx, ny, nz, image.spacing(), values);
    }

    private static ImageBlock cropTo(final ImageBlock band, final ImageBlock like) {
        if (band.columns() == like.columns() && band.rows() == like.rows() && band.slices() == like.slices()) {
            return band;
        }
        final double[] values = new double[like.voxelCount()];
        for (int k = 0; k < like.slices(); k++) {
            for (int j = 0; j < like.rows(); j++) {
                for (int i = 0; i < like.columns(); i++) {
                    values[(k * like.rows() + j) * like.columns() + i] = band.value(i, j, k);
                }
            }
        }
        return like.withValues(values);
    }

    /** A number as Python's {@code str} prints it for the usual range: 3.0, 0.5, 1.25. */
    static String pythonNumber(final double x) {
        final String plain = new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
