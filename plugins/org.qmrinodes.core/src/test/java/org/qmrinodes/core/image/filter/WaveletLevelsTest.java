package org.qmrinodes.core.image.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Wavelet levels above 1 (à trous) against PyWavelets' own stationary transform, {@code pywt.swtn} with its
 * periodic extension, at levels 1 to 3 for db2 and coif1 ({@code validation/radiomics/golden_swt_levels.csv},
 * made by {@code make_golden_swt_levels.py}): with periodic padding the bands agree to rounding.
 */
class WaveletLevelsTest {

    private static final int N = 16;

    /** The golden file's volume: v(x, y, z) = sin(0.9 x) + cos(0.5 y + 0.3 z) + ((7 x + 3 y + 5 z) mod 11) / 10. */
    private static ImageBlock volume() {
        final double[] v = new double[N * N * N];
        for (int z = 0; z < N; z++) {
            for (int y = 0; y < N; y++) {
                for (int x = 0; x < N; x++) {
                    v[(z * N + y) * N + x] = Math.sin(0.9 * x) + Math.cos(0.5 * y + 0.3 * z) + ((x * 7 + y * 3 + z * 5) % 11)
                        / 10.0;
                }
            }
        }
        return new ImageBlock(N, N, N, new double[] {1, 1, 1}, v);
    }

    @Test
    void levelsOneToThreeAgreeWithPyWaveletsStationaryTransform() {
        final CsvTable golden = CsvTable.read(CsvTable.validationDir().resolve("radiomics/golden_swt_levels.csv"));
        final ImageBlock image = volume();
        final Map<String, ImageBlock> responses = new HashMap<>();
        double worst = 0;
        int checked = 0;
        for (int r = 0; r < golden.size(); r++) {
            final String wavelet = golden.text(r, "wavelet");
            if (wavelet.equals("versions")) {
                continue;
            }
            final String band = golden.text(r, "band");
            final int level = (int) golden.number(r, "level");
            final ImageBlock response = responses.computeIfAbsent(wavelet + band + level,
                k -> ResponseMap.wavelet(image, Wavelet.named(wavelet), band, level, Padding.PERIODIC));
            final double want = golden.number(r, "value");
            final double got = response.value((int) golden.number(r, "x"), (int) golden.number(r, "y"),
                (int) golden.number(r, "z"));
            worst = Math.max(worst, Math.abs(got - want));
            assertEquals(want, got, 1e-12 * Math.max(1, Math.abs(want)), wavelet + " " + band + " level " + level + " at row "
                + (r + 2));
            checked++;
        }
        assertTrue(checked > 5000, "values checked: " + checked);
        System.out.printf("wavelet levels 1-3 against pywt.swtn: %d values, largest difference %.2g%n", checked, worst);
    }
}
