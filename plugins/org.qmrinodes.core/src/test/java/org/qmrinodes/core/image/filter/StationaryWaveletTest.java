package org.qmrinodes.core.image.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The single-level stationary wavelet transform against PyWavelets' {@code pywt.swt} of a test signal,
 * for every wavelet of the table ({@code validation/radiomics/golden_swt.csv}, made by
 * {@code make_wavelets.py}), and the band order and naming of the 3D transform.
 */
class StationaryWaveletTest {

    @Test
    void everyWaveletAgreesWithPyWavelets() {
        final CsvTable golden = CsvTable.read(CsvTable.validationDir().resolve("radiomics/golden_swt.csv"));
        final List<String> failures = new ArrayList<>();
        double worst = 0;
        for (int r = 0; r < golden.size(); r++) {
            final String name = golden.text(r, "name");
            final double[] signal = numbers(golden.text(r, "signal"));
            final ImageBlock line = new ImageBlock(signal.length, 1, 1, new double[] {1, 1, 1}, signal);
            final Map<String, ImageBlock> bands = StationaryWavelet.decompose(line, Wavelet.named(name), 0);
            final double[][] want = {numbers(golden.text(r, "approximation")), numbers(golden.text(r, "detail"))};
            final double[][] got = {bands.get("L").values(), bands.get("H").values()};
            for (int b = 0; b < 2; b++) {
                for (int i = 0; i < signal.length; i++) {
                    final double difference = Math.abs(got[b][i] - want[b][i]);
                    worst = Math.max(worst, difference);
                    if (!(difference <= 1e-12)) {
                        failures.add(name + (b == 0 ? " approximation[" : " detail[") + i + "]: " + got[b][i] + " vs "
                            + want[b][i]);
                    }
                }
            }
        }
        System.out.printf("stationary wavelet transform, %d wavelets: max absolute difference %.3g%n", golden.size(),
            worst);
        assertTrue(golden.size() >= 100, "wavelets in the golden table");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theNamedFamiliesAreKnownAndUnknownNamesAreRefused() {
        for (final String name : List.of("haar", "db1", "db2", "db3", "db4", "sym2", "sym3", "sym4", "coif1", "coif2",
            "bior1.3", "rbio2.2", "dmey")) {
            assertTrue(Wavelet.names().contains(name), name);
        }
        assertEquals(6, Wavelet.named("coif1").length());
        final String message = assertThrows(IllegalArgumentException.class, () -> Wavelet.named("coif0")).getMessage();
        assertTrue(message.contains("coif0") && message.contains("coif1"), message);
    }

    @Test
    void bandsComeInPyWaveletsOrderAndSplitTheConstantImage() {
        final double[] ones = new double[4 * 2 * 2];
        java.util.Arrays.fill(ones, 1);
        final Map<String, ImageBlock> bands = StationaryWavelet.decompose(
            new ImageBlock(4, 2, 2, new double[] {1, 1, 1}, ones), Wavelet.named("haar"), 0, 1, 2);
        assertEquals(List.of("LLL", "LLH", "LHL", "LHH", "HLL", "HLH", "HHL", "HHH"), List.copyOf(bands.keySet()));
        assertEquals(2 * Math.sqrt(2), bands.get("LLL").value(3, 1, 1), 1e-12, "haar low-pass gain √2 per axis");
        assertEquals(0, bands.get("HLL").value(0, 0, 0), 1e-12);
    }

    private static double[] numbers(final String text) {
        return java.util.Arrays.stream(text.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }
}
