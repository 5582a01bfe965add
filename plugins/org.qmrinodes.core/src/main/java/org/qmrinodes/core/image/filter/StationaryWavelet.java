package org.qmrinodes.core.image.filter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One level of the undecimated (stationary, à trous) discrete wavelet transform with periodic
 * boundaries, as PyWavelets' {@code pywt.swtn(data, wavelet, level=1, start_level=0, axes=...)}:
 * along each axis of the list in turn, every band so far is split into its approximation
 * a[i] = Σ<sub>k</sub> h[k]·x[(i + F/2 − k) mod N] and its detail d[i] = Σ<sub>k</sub> g[k]·x[(i + F/2 − k) mod N],
 * h and g being the decomposition filters of length F and N the number of voxels along the axis
 * (Holschneider et al. 1989; Nason &amp; Silverman 1995, "The stationary wavelet transform").
 */
public final class StationaryWavelet {

    private StationaryWavelet() {
    }

    /**
     * @param image the image
     * @param wavelet the filter bank
     * @param axes the axes to transform, in order (0 columns, 1 rows, 2 slices)
     * @return the 2<sup>n</sup> bands for n axes, keyed by one letter per axis in the order given, L
     *         (approximation) or H (detail), in PyWavelets' order: {@code LLL}, {@code LLH}, {@code LHL}, …,
     *         {@code HHH} (unmodifiable)
     */
    public static Map<String, ImageBlock> decompose(final ImageBlock image, final Wavelet wavelet, final int... axes) {
        List<Map.Entry<String, ImageBlock>> bands = new ArrayList<>(List.of(Map.entry("", image)));
        for (final int axis : axes) {
            final List<Map.Entry<String, ImageBlock>> next = new ArrayList<>();
            for (final Map.Entry<String, ImageBlock> band : bands) {
                next.add(Map.entry(band.getKey() + "L", filter(band.getValue(), wavelet.lowPass(), axis)));
                next.add(Map.entry(band.getKey() + "H", filter(band.getValue(), wavelet.highPass(), axis)));
            }
            bands = next;
        }
        final Map<String, ImageBlock> out = new LinkedHashMap<>();
        bands.forEach(e -> out.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(out);
    }

    /**
     * @param image the image
     * @param filter the filter h
     * @param axis the axis
     * @return y[i] = Σ<sub>k</sub> h[k]·x[(i + F/2 − k) mod N] along the axis
     */
    public static ImageBlock filter(final ImageBlock image, final double[] filter, final int axis) {
        return Convolution.along(image, filter, filter.length / 2, axis, Padding.PERIODIC);
    }
}
