package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.testing.CsvTable;

/**
 * {@code qmri filter}: the IBSI 2 phase 1 consensus maps (shared folder {@code data/radiomics/ibsi2/}, read in
 * place) within IBSI's 1 % rule, the map on the image's grid, and option errors as usage errors.
 */
class FilterCommandTest {

    private static final String DIR = "data/radiomics/ibsi2/";
    private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "2_a; impulse; --filter log --sigma 3 --padding constant",
        "2_b; checkerboard; --filter log --sigma 5 --padding reflect",
        "5_a_1; impulse; --filter wavelet --wavelet db2 --band LHL --padding constant",
        "6_a_1; sphere; --filter wavelet --band HHL --padding wrap"})
    void mapsAgreeWithTheIbsiConsensus(final String id, final String phantom, final String options) throws IOException {
        final Path image = CsvTable.sharedFile(DIR + "phantoms/" + phantom + "/image.nii.gz");
        final Volume reference = Nifti.readVolume(CsvTable.sharedFile(DIR + "response_maps/" + id + "-ValidCRM.nii.gz"));
        final Path out = tmp.resolve(id + ".nii.gz");
        final List<String> args = new ArrayList<>(List.of("filter", "--image", image.toString(), "--out", out.toString()));
        args.addAll(List.of(options.trim().split(" +")));
        final QmriRun r = qmri(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        final Volume map = Nifti.readVolume(out);
        final Geometry g = Nifti.readVolume(image).geometry();
        assertEquals(List.of(g.columns(), g.rows(), g.slices()),
            List.of(map.geometry().columns(), map.geometry().rows(), map.geometry().slices()));
        assertArrayEquals(g.spacing(), map.geometry().spacing(), 1e-6);
        final float[] want = reference.copyOfVolume(0);
        final float[] got = map.copyOfVolume(0);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        double worst = 0;
        for (int v = 0; v < want.length; v++) {
            low = Math.min(low, want[v]);
            high = Math.max(high, want[v]);
            worst = Math.max(worst, Math.abs(got[v] - want[v]));
        }
        assertTrue(worst <= 0.01 * (high - low), id + ": " + worst + " exceeds 1 % of the range " + (high - low));
        final CsvTable summary = CsvTable.read(Files.writeString(tmp.resolve(id + ".csv"), r.out()));
        assertEquals(List.of("filter", "settings", "padding", "dimensions", "rotation_invariant", "volumes", "voxels",
            "minimum", "maximum"), summary.header());
        assertEquals(want.length, (int) summary.number(0, "voxels"));
        assertEquals(high, summary.number(0, "maximum"), 0.01 * (high - low));
    }

    private Path image(final String name, final int columns, final int rows, final int slices, final float... values)
        throws IOException {
        final Path f = tmp.resolve(name);
        Nifti.write(f, new Geometry(columns, rows, slices, new double[] {0, 0, 0}, new double[] {1, 1, 1}, IDENTITY),
            List.of(values));
        return f;
    }

    private float[] filter(final Path image, final String... options) {
        final Path out = tmp.resolve("map" + System.nanoTime() + ".nii.gz");
        final List<String> args = new ArrayList<>(List.of("filter", "--image", image.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        final QmriRun r = qmri(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        return Nifti.readVolume(out).copyOfVolume(0);
    }

    @Test
    void theMeanFilterBySliceStaysInItsSlice() throws IOException {
        final float[] values = new float[3 * 3 * 3];
        values[13] = 9;
        final Path impulse = image("impulse.nii.gz", 3, 3, 3, values);
        final float[] cube = filter(impulse, "--filter", "mean", "--support", "3", "--padding", "constant");
        final float[] slice = filter(impulse, "--filter", "mean", "--support", "3", "--padding", "constant", "--by-slice");
        for (int v = 0; v < values.length; v++) {
            assertEquals(9.0 / 27, cube[v], 1e-6, "3D voxel " + v);
            assertEquals(v / 9 == 1 ? 1.0 : 0.0, slice[v], 1e-6, "by-slice voxel " + v);
        }
    }

    @Test
    void rotationInvariantPoolingTurnsWithTheImage() throws IOException {
        final float[] values = new float[4 * 4 * 4];
        final float[] turned = new float[values.length];
        for (int v = 0; v < values.length; v++) {
            values[v] = (v % 4) * 10 + (v / 4 % 4) * (v / 4 % 4) + (v / 16);
        }
        for (int v = 0; v < values.length; v++) {
            turned[quarterTurn(v)] = values[v];
        }
        final Path image = image("ramp.nii.gz", 4, 4, 4, values);
        final Path turnedImage = image("turned.nii.gz", 4, 4, 4, turned);
        final String[] hll = {"--filter", "wavelet", "--wavelet", "haar", "--band", "HLL", "--padding", "wrap"};
        final float[] plain = filter(image, hll);
        final float[] plainTurned = filter(turnedImage, hll);
        final List<String> pooledOptions = new ArrayList<>(List.of(hll));
        pooledOptions.add("--rotation-invariant");
        final float[] pooled = filter(image, pooledOptions.toArray(String[]::new));
        final float[] pooledTurned = filter(turnedImage, pooledOptions.toArray(String[]::new));
        double plainWorst = 0;
        for (int v = 0; v < values.length; v++) {
            plainWorst = Math.max(plainWorst, Math.abs(plain[v] - plainTurned[quarterTurn(v)]));
            assertEquals(pooled[v], pooledTurned[quarterTurn(v)], 1e-4, "pooled response at voxel " + v);
        }
        assertTrue(plainWorst > 1, "the directional HLL response alone does not turn with the image: " + plainWorst);
    }

    /** @return the index of voxel v of a 4×4×4 grid after a quarter turn about the slice axis */
    private static int quarterTurn(final int v) {
        final int i = v % 4;
        final int j = v / 4 % 4;
        final int k = v / 16;
        return k * 16 + i * 4 + (3 - j);
    }

    @Test
    void badOptionsAreUsageErrorsAndBadVoxelsDataErrors() throws IOException {
        final Path img = image("small.nii.gz", 2, 2, 1, 1, 2, 3, 4);
        final String out = tmp.resolve("x.nii.gz").toString();
        final String[][] usage = {
            {"--filter", "gabor"},
            {"--filter", "log"},
            {"--filter", "log", "--sigma", "-1"},
            {"--filter", "mean"},
            {"--filter", "mean", "--support", "2"},
            {"--filter", "wavelet"},
            {"--filter", "wavelet", "--band", "HL"},
            {"--filter", "wavelet", "--band", "HHL", "--by-slice"},
            {"--filter", "wavelet", "--band", "HHL", "--wavelet", "morlet"},
            {"--filter", "log", "--sigma", "1", "--padding", "antireflect"}};
        final String[] named = {"gabor", "--sigma", "sigma", "--support", "odd", "--band", "HL", "HHL", "morlet",
            "antireflect"};
        for (int c = 0; c < usage.length; c++) {
            final List<String> args = new ArrayList<>(List.of("filter", "--image", img.toString(), "--out", out));
            args.addAll(List.of(usage[c]));
            final QmriRun r = qmri(args.toArray(String[]::new));
            assertEquals(2, r.status(), String.join(" ", usage[c]) + ": " + r.err());
            assertTrue(r.err().contains(named[c]), String.join(" ", usage[c]) + ": " + r.err());
        }
        final Path nan = image("nan.nii.gz", 2, 2, 1, 1, Float.NaN, 3, Float.POSITIVE_INFINITY);
        final QmriRun bad = qmri("filter", "--image", nan.toString(), "--out", out, "--filter", "mean", "--support", "1");
        assertTrue(bad.status() != 0 && bad.status() != 2, bad.err());
        assertTrue(bad.err().contains("nan.nii.gz") && bad.err().contains("2 of 4 voxels are not finite"), bad.err());
        assertTrue(!Files.exists(Path.of(out)), "no map is written for refused input");
    }
}
