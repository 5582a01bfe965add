package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.BValueStorage;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;
import org.qmrinodes.core.testing.SyntheticTruth;

/**
 * {@code qmri fit} on series written by {@link SyntheticMrSeries}: the maps read back with the NIfTI
 * reader recover the generator's ground truth inside reader 1's mask, lie on the series grid, and are
 * 0 outside the mask.
 *
 * <p>Noise-free series ({@code snr = ∞}) still carry the generator's 16-bit quantisation (step =
 * largest signal / 4000, i.e. ≤ 1.3e-4 of S0 per image); the tolerances below are a few times the
 * error that step causes on each parameter.
 */
class FitCommandTest {

    @TempDir
    Path tmp;

    private Truth series(final Protocol protocol, final double snr, final String name) throws IOException {
        final Spec s = new Spec(protocol, 48, 40, 6, 2.5, 4.0, snr, BValueStorage.STANDARD, "FIT", 5);
        return SyntheticMrSeries.write(s, tmp.resolve(name), new PixelMedToolkit());
    }

    private static Volume read(final Path file) {
        assertTrue(Files.isRegularFile(file), file + " written");
        return Nifti.readVolume(file);
    }

    /** Largest relative error of {@code map} against {@code truth} over the lesion; asserts 0 outside it. */
    private static double maxRelativeError(final Truth t, final Volume map, final float[] truth, final float scale) {
        assertTrue(map.geometry().sameGrid(t.geometry(), 1e-3), map.geometry() + " vs " + t.geometry());
        return SyntheticTruth.maxRelativeErrorOverLesion(t, map.copyOfVolume(0), truth, scale);
    }

    private static void assertBelow(final double error, final double tolerance, final String what) {
        assertTrue(error < tolerance, what + ": largest relative error " + error + " >= " + tolerance);
    }

    private QmriRun fit(final Truth t, final String model, final String... extra) {
        final String[] base = {"fit", "--dir", t.files().get(0).getParent().toString(), "--series", t.seriesUid(),
            "--model", model, "--mask", t.reader1File().toString(), "--out-dir", tmp.resolve("out-" + model).toString()};
        final String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return qmri(args);
    }

    private Path out(final String model, final String map) {
        return tmp.resolve("out-" + model).resolve(map + ".nii.gz");
    }

    @Test
    void dkiWithFixedS0RecoversTheGroundTruthAndIsRefusedElsewhere() throws IOException {
        final Truth t = series(Protocol.DWI, Double.POSITIVE_INFINITY, "dwi-fixed");
        QmriRun r = fit(t, "dki", "--fixed-s0", "--method", "wlls");
        assertEquals(0, r.status(), r.err());
        final Map<String, float[]> truth = t.parameterMaps();
        assertBelow(maxRelativeError(t, read(out("dki", "dapp")), truth.get("D"), 1), 2e-3, "dapp");
        assertBelow(maxRelativeError(t, read(out("dki", "kapp")), truth.get("K"), 1), 1e-2, "kapp");
        assertTrue(Files.readString(tmp.resolve("out-dki/fit.txt")).contains("S0 fixed to the measured"),
            Files.readString(tmp.resolve("out-dki/fit.txt")));
        r = fit(t, "dki", "--fixed-s0", "--method", "nlls");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("use LLS or WLLS"), r.err());
        r = fit(t, "adc", "--fixed-s0");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("--fixed-s0 does not apply to model adc"), r.err());
    }

    @Test
    void dkiAndTwoPointAdcRecoverTheGroundTruthNoiseFree() throws IOException {
        final Truth t = series(Protocol.DWI, Double.POSITIVE_INFINITY, "dwi");
        QmriRun r = fit(t, "dki", "--method", "wlls");
        assertEquals(0, r.status(), r.err());
        final Map<String, float[]> truth = t.parameterMaps();
        assertBelow(maxRelativeError(t, read(out("dki", "dapp")), truth.get("D"), 1), 2e-3, "dapp");
        assertBelow(maxRelativeError(t, read(out("dki", "kapp")), truth.get("K"), 1), 1e-2, "kapp");
        assertBelow(maxRelativeError(t, read(out("dki", "s0")), truth.get("S0"), 1), 1e-3, "s0");
        final int lesion = t.reader1().labelCounts().get(1).intValue();
        assertEquals(lesion, (int) sum(read(out("dki", "fit_ok")).copyOfVolume(0)), "every lesion voxel converged");
        final float[] r2 = read(out("dki", "r2")).copyOfVolume(0);
        final int[] labels = t.reader1().copyOfLabels();
        for (int v = 0; v < r2.length; v++) {
            assertTrue(labels[v] == 0 ? r2[v] == 0 : r2[v] > 0.9999, "R2 of voxel " + v + ": " + r2[v]);
        }
        // two-point ADC from b = 0 and 800 of S0*exp(-b*D + b^2*D^2*K/6): ADC = D - 800*D^2*K/6
        r = fit(t, "adc", "--b-values", "0,800", "--method", "lls");
        assertEquals(0, r.status(), r.err());
        final float[] d = truth.get("D");
        final float[] k = truth.get("K");
        final float[] expected = new float[d.length];
        for (int v = 0; v < d.length; v++) {
            expected[v] = (float) (d[v] - 800.0 * d[v] * d[v] * k[v] / 6);
        }
        assertBelow(maxRelativeError(t, read(out("adc", "adc")), expected, 1), 2e-3, "adc");
        assertTrue(Files.readString(tmp.resolve("out-adc/fit.txt")).contains("0, 800"));
    }

    @Test
    void relaxationModelsRecoverTheGroundTruthNoiseFree() throws IOException {
        Truth t = series(Protocol.T2_MULTI_ECHO, Double.POSITIVE_INFINITY, "t2");
        assertEquals(0, fit(t, "t2").status());
        assertBelow(maxRelativeError(t, read(out("t2", "t2")), t.parameterMaps().get("T2"), 1), 1e-3, "t2");

        t = series(Protocol.T2STAR_MULTI_ECHO, Double.POSITIVE_INFINITY, "t2star");
        assertEquals(0, fit(t, "t2star", "--method", "nlls").status());
        assertBelow(maxRelativeError(t, read(out("t2star", "t2star")), t.parameterMaps().get("T2star"), 1), 1e-3, "t2star");

        t = series(Protocol.T1_INVERSION_RECOVERY, Double.POSITIVE_INFINITY, "ir");
        QmriRun r = fit(t, "t1-ir");
        assertEquals(0, r.status(), r.err());
        // |S0 (1 - 2 exp(-TI/T1))|: A = S0, B = 2 S0, so the Look-Locker T1 = T1* (B/A - 1) is T1. T1 (1400 to
        // 2200 ms) far beyond the last TI (800 ms) amplifies the quantisation: 0.73% measured, 1.5% allowed
        assertBelow(maxRelativeError(t, read(out("t1-ir", "t1")), t.parameterMaps().get("T1"), 1), 1.5e-2, "t1");
        assertBelow(maxRelativeError(t, read(out("t1-ir", "ir_b")), t.parameterMaps().get("S0"), 2), 1.5e-2, "ir_b");

        t = series(Protocol.T1_VFA, Double.POSITIVE_INFINITY, "vfa");
        r = fit(t, "t1-vfa");
        assertEquals(0, r.status(), r.err());
        assertBelow(maxRelativeError(t, read(out("t1-vfa", "t1")), t.parameterMaps().get("T1"), 1), 5e-3, "t1");
        // the generator's M0 is 10 S0; TR 5 ms comes from the series
        assertBelow(maxRelativeError(t, read(out("t1-vfa", "s0")), t.parameterMaps().get("S0"), 10), 5e-3, "s0");
        assertTrue(Files.readString(tmp.resolve("out-t1-vfa/fit.txt")).contains("TR"), "TR recorded");
    }

    @Test
    void noisyDkiLesionMeansWithinStatedTolerance() throws IOException {
        // SNR 30 (tissue S0 over sigma), Rician: the lesion means of Dapp and Kapp within 3% and 10%
        final Truth t = series(Protocol.DWI, 30, "noisy");
        final QmriRun r = fit(t, "dki");
        assertEquals(0, r.status(), r.err());
        final int[] lesion = t.reader1().copyOfLabels();
        for (final String[] m : new String[][] {{"dapp", "D", "0.03"}, {"kapp", "K", "0.10"}}) {
            final float[] fitted = read(out("dki", m[0])).copyOfVolume(0);
            final float[] truth = t.parameterMaps().get(m[1]);
            double f = 0;
            double e = 0;
            for (int v = 0; v < lesion.length; v++) {
                if (lesion[v] != 0) {
                    f += fitted[v];
                    e += truth[v];
                }
            }
            assertEquals(1, f / e, Double.parseDouble(m[2]), m[0] + " lesion mean " + f + " vs truth " + e);
        }
    }

    @Test
    void snrExclusionLeavesOutNoisyLastEchoes() throws IOException {
        final Truth t = series(Protocol.T2STAR_MULTI_ECHO, 30, "snr");
        // sigma = 1000/30; the lesion's last echo (TE 21.2 ms) is ~ 800 exp(-21.2/25) ~ 340, SNR ~ 10
        final int lesion = t.reader1().labelCounts().get(1).intValue();
        QmriRun r = fit(t, "t2star", "--snr-threshold", "1000", "--noise-sd", "33.3");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("converged 0,") && r.err().contains("low_snr " + lesion), r.err());
        assertEquals(0, sum(read(out("t2star", "t2star")).copyOfVolume(0)), "excluded voxels are 0");
        r = fit(t, "t2star", "--snr-threshold", "2", "--noise-sd", "33.3");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("low_snr 0"), r.err());
    }

    private static double sum(final float[] a) {
        double s = 0;
        for (final float f : a) {
            s += f;
        }
        return s;
    }

    @Test
    void badSeriesAndMasksAreDataErrorsNamingThem() throws IOException {
        final Truth t = series(Protocol.T2_MULTI_ECHO, Double.POSITIVE_INFINITY, "bad");
        final String dir = t.files().get(0).getParent().toString();
        final String out = tmp.resolve("bad-out").toString();
        QmriRun r = qmri("fit", "--dir", dir, "--series", "1.2.3.4", "--model", "t2", "--out-dir", out);
        assertEquals(1, r.status());
        assertTrue(r.err().contains("1.2.3.4") && r.err().contains(t.seriesUid()), r.err());

        r = qmri("fit", "--dir", dir, "--series", t.seriesUid(), "--model", "dki", "--out-dir", out);
        assertEquals(1, r.status());
        assertTrue(r.err().contains(t.seriesUid()) && r.err().contains("no b-values"), r.err());

        r = qmri("fit", "--dir", dir, "--series", t.seriesUid(), "--model", "t2", "--echo-times", "13.8",
            "--out-dir", out);
        assertEquals(1, r.status());
        assertTrue(r.err().contains(t.seriesUid()) && r.err().contains("2 parameters"), r.err());

        final Path other = tmp.resolve("other_grid.nii.gz");
        final Geometry g = new Geometry(10, 10, 2, new double[] {0, 0, 0}, new double[] {1, 1, 1},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final float[] ones = new float[200];
        java.util.Arrays.fill(ones, 1);
        Nifti.write(other, g, List.of(ones));
        r = qmri("fit", "--dir", dir, "--series", t.seriesUid(), "--model", "t2", "--mask", other.toString(),
            "--out-dir", out);
        assertEquals(1, r.status());
        assertTrue(r.err().contains(other.toString()) && r.err().contains("series grid"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(Path.of(out, "t2.nii.gz")), "nothing written on error");
    }

    @Test
    void badUsageIsExitTwo() {
        final String out = tmp.resolve("u").toString();
        for (final String[] args : new String[][] {
            {"fit", "--dir", "d", "--series", "s", "--model", "ivim", "--out-dir", out},
            {"fit", "--dir", "d", "--series", "s", "--model", "t2", "--method", "gauss", "--out-dir", out},
            {"fit", "--dir", "d", "--series", "s", "--model", "t2", "--b-values", "0,800", "--out-dir", out},
            {"fit", "--dir", "d", "--series", "s", "--model", "t2star", "--snr-threshold", "5", "--out-dir", out},
            {"fit", "--dir", "d", "--model", "t2", "--out-dir", out}}) {
            final QmriRun r = qmri(args);
            assertEquals(2, r.status(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("usage: qmri fit"), r.err());
        }
    }
}
