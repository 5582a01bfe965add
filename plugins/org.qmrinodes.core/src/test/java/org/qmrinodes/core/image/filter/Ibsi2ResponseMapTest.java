package org.qmrinodes.core.image.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.testing.CsvTable;

/**
 * IBSI 2 phase 1 response maps (the consensus maps in the shared folder {@code data/radiomics/ibsi2/},
 * read in place): a map passes when every voxel lies within 1 % of the reference map's intensity range.
 */
class Ibsi2ResponseMapTest {

    private static final String DIR = "data/radiomics/ibsi2/";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2_a, impulse, log, 3, constant",
        "2_b, checkerboard, log, 5, mirror",
        "5_a_1, impulse, db2 LHL, 0, constant",
        "6_a_1, sphere, coif1 HHL, 0, periodic"})
    void responseMapsAgreeWithTheConsensus(final String id, final String phantom, final String filter,
        final double sigma, final String padding) {
        final ImageBlock image = ImageBlock.of(
            Nifti.readVolume(CsvTable.sharedFile(DIR + "phantoms/" + phantom + "/image.nii.gz")), 0);
        final ImageBlock reference = ImageBlock.of(
            Nifti.readVolume(CsvTable.sharedFile(DIR + "response_maps/" + id + "-ValidCRM.nii.gz")), 0);
        final ImageBlock response = filter.equals("log")
            ? ResponseMap.laplacianOfGaussian(image, sigma, 4, Padding.named(padding))
            : ResponseMap.wavelet(image, Wavelet.named(filter.split(" ")[0]), filter.split(" ")[1], 1,
                Padding.named(padding));
        final double[] want = reference.values();
        final double[] got = response.values();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (final double w : want) {
            low = Math.min(low, w);
            high = Math.max(high, w);
        }
        double worst = 0;
        for (int v = 0; v < want.length; v++) {
            worst = Math.max(worst, Math.abs(got[v] - want[v]));
        }
        System.out.printf("IBSI 2 %s: max difference %.3g of the reference range %.4g (%.2g %%)%n", id, worst,
            high - low, 100 * worst / (high - low));
        assertTrue(worst <= 0.01 * (high - low), id + ": " + worst + " exceeds 1 % of the range " + (high - low));
    }

    @Test
    void paddingsExtendALineAsIbsiNamesThem() {
        final int[] mirror = new int[8];
        final int[] periodic = new int[8];
        final int[] nearest = new int[8];
        final int[] constant = new int[8];
        for (int i = -2; i < 6; i++) {
            mirror[i + 2] = Padding.MIRROR.index(i, 4);
            periodic[i + 2] = Padding.PERIODIC.index(i, 4);
            nearest[i + 2] = Padding.NEAREST.index(i, 4);
            constant[i + 2] = Padding.CONSTANT.index(i, 4);
        }
        assertArrayEquals(new int[] {1, 0, 0, 1, 2, 3, 3, 2}, mirror);
        assertArrayEquals(new int[] {2, 3, 0, 1, 2, 3, 0, 1}, periodic);
        assertArrayEquals(new int[] {0, 0, 0, 1, 2, 3, 3, 3}, nearest);
        assertArrayEquals(new int[] {-1, -1, 0, 1, 2, 3, -1, -1}, constant);
        assertEquals(Padding.PERIODIC, Padding.named("wrap"));
        assertEquals(Padding.MIRROR, Padding.named("reflect"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Padding.named("antireflect")).getMessage()
            .contains("mirror"));
    }

    @Test
    void theMeanFilterAveragesTheCube() {
        final double[] values = new double[5 * 5 * 5];
        values[62] = 27;
        final ImageBlock mean = ResponseMap.mean(new ImageBlock(5, 5, 5, new double[] {1, 1, 1}, values), 3,
            Padding.CONSTANT);
        assertEquals(1, mean.value(1, 1, 1), 1e-12);
        assertEquals(1, mean.value(3, 3, 3), 1e-12);
        assertEquals(0, mean.value(0, 0, 0), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ResponseMap.mean(mean, 4, Padding.CONSTANT));
    }
}
