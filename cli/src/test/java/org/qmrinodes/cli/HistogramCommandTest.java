package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.BValueStorage;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;
import org.qmrinodes.core.testing.CsvTable;

/** {@code qmri histogram}: CLI.md columns, known values, mask matching, errors, and fit → histogram. */
class HistogramCommandTest {

    private static final List<String> CONTRACT = List.of("voxels", "mean", "median", "p05", "p95", "skewness", "kurtosis",
        "entropy");
    private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    @TempDir
    Path tmp;

    /** A 5×2×1 map with the values 1 … 10 (1 mm voxels). */
    private Path ramp() throws IOException {
        final Path f = tmp.resolve("ramp.nii.gz");
        final float[] v = new float[10];
        for (int i = 0; i < v.length; i++) {
            v[i] = i + 1;
        }
        Nifti.write(f, grid(5, 2, 1, 1, new double[] {0, 0, 0}), List.of(v));
        return f;
    }

    private static Geometry grid(final int c, final int r, final int s, final double spacing, final double[] origin) {
        return new Geometry(c, r, s, origin, new double[] {spacing, spacing, spacing}, IDENTITY);
    }

    private Path mask(final String name, final Geometry g, final float... labels) throws IOException {
        final Path f = tmp.resolve(name);
        Nifti.write(f, g, List.of(labels));
        return f;
    }

    private CsvTable table(final QmriRun r) throws IOException {
        assertEquals(0, r.status(), r.err());
        final Path f = java.nio.file.Files.createTempFile(tmp, "features", ".csv");
        java.nio.file.Files.writeString(f, r.out());
        return CsvTable.read(f);
    }

    @Test
    void knownValuesOneToTen() throws IOException {
        final Path map = ramp();
        final float[] all = new float[10];
        Arrays.fill(all, 1);
        final Path m = mask("all.nii.gz", grid(5, 2, 1, 1, new double[] {0, 0, 0}), all);
        final CsvTable t = table(qmri("histogram", "--image", map.toString(), "--mask", m.toString(), "--bins", "10"));
        assertEquals(CONTRACT, t.header().subList(0, CONTRACT.size()));
        assertEquals(1, t.size());
        // numpy/scipy for x = 1..10: mean, median, percentile(5/95) (linear), skew, kurtosis (Fisher, biased)
        assertEquals(10, t.number(0, "voxels"));
        assertEquals(5.5, t.number(0, "mean"), 1e-12);
        assertEquals(5.5, t.number(0, "median"), 1e-12);
        assertEquals(1.45, t.number(0, "p05"), 1e-12);
        assertEquals(9.55, t.number(0, "p95"), 1e-12);
        assertEquals(0, t.number(0, "skewness"), 1e-12);
        assertEquals(-1.2242424242424244, t.number(0, "kurtosis"), 1e-12);
        assertEquals(Math.log(10) / Math.log(2), t.number(0, "entropy"), 1e-12, "10 bins, one value each");
        final CsvTable w = table(qmri("histogram", "--image", map.toString(), "--mask", m.toString(), "--bin-width", "2"));
        assertEquals(Math.log(5) / Math.log(2), w.number(0, "entropy"), 1e-12, "bins [1,3) [3,5) ... two values each");
    }

    @Test
    void labelSelectionAndNearestNeighbourResampling() throws IOException {
        final Path map = ramp();
        final Path labels = mask("labels.nii.gz", grid(5, 2, 1, 1, new double[] {0, 0, 0}), 1, 1, 2, 2, 2, 0, 0, 0, 0, 1);
        final CsvTable t = table(qmri("histogram", "--image", map.toString(), "--mask", labels.toString(), "--label", "2"));
        assertEquals(3, t.number(0, "voxels"));
        assertEquals(4, t.number(0, "mean"), 1e-12);
        // the same three voxels on a grid twice as fine (0.5 mm, voxel centres at -0.25, 0.25, ...)
        final Geometry fine = grid(10, 4, 2, 0.5, new double[] {-0.25, -0.25, -0.25});
        final float[] f = new float[80];
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < 2; j++) {
                for (int i = 4; i < 10; i++) {
                    f[(k * 4 + j) * 10 + i] = 1;
                }
            }
        }
        final QmriRun r = qmri("histogram", "--image", map.toString(), "--mask", mask("fine.nii.gz", fine, f).toString());
        final CsvTable rt = table(r);
        assertTrue(r.err().contains("resampled by nearest neighbour"), r.err());
        assertEquals(3, rt.number(0, "voxels"));
        assertEquals(4, rt.number(0, "mean"), 1e-12);
    }

    @Test
    void maskOutsideEmptyVoiAndUsageErrors() throws IOException {
        final Path map = ramp();
        final float[] one = new float[10];
        one[0] = 1;
        final Path far = mask("far.nii.gz", grid(5, 2, 1, 1, new double[] {100, 0, 0}), one);
        QmriRun r = qmri("histogram", "--image", map.toString(), "--mask", far.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains(far.toString()) && r.err().contains("outside the image"), r.err());

        final Path m = mask("m.nii.gz", grid(5, 2, 1, 1, new double[] {0, 0, 0}), one);
        final Path none = mask("valid.nii.gz", grid(5, 2, 1, 1, new double[] {0, 0, 0}), new float[10]);
        r = qmri("histogram", "--image", map.toString(), "--mask", m.toString(), "--valid", none.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains(map.toString()) && r.err().contains(m.toString()) && r.err().contains("no voxel"),
            r.err());
        r = qmri("histogram", "--image", map.toString(), "--mask", none.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains(none.toString()) && r.err().contains("empty"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());

        r = qmri("histogram", "--image", map.toString(), "--mask", m.toString(), "--bins", "8", "--bin-width", "1");
        assertEquals(2, r.status(), r.err());
        r = qmri("histogram", "--image", map.toString(), "--mask", m.toString(), "--bins", "0");
        assertEquals(2, r.status(), r.err());
        r = qmri("histogram", "--image", map.toString(), "--mask", m.toString(), "--bins", "2147483647");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("--bins must be at most 100000"), r.err());
        final float[] everyVoxel = new float[10];
        Arrays.fill(everyVoxel, 1);
        final Path whole = mask("whole.nii.gz", grid(5, 2, 1, 1, new double[] {0, 0, 0}), everyVoxel);
        r = qmri("histogram", "--image", map.toString(), "--mask", whole.toString(), "--bin-width", "1e-300");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("bin width") && !r.err().contains("Exception"), r.err());
        r = qmri("histogram", "--image", map.toString());
        assertEquals(2, r.status(), r.err());
    }

    @Test
    void fitThenHistogramRecoversTheLesionTruth() throws IOException {
        final Spec s = new Spec(Protocol.DWI, 48, 40, 6, 2.5, 4.0, Double.POSITIVE_INFINITY, BValueStorage.STANDARD,
            "HIST", 9);
        final Truth truth = SyntheticMrSeries.write(s, tmp.resolve("dwi"), new PixelMedToolkit());
        final Path out = tmp.resolve("maps");
        final QmriRun fit = qmri("fit", "--dir", tmp.resolve("dwi").toString(), "--series", truth.seriesUid(), "--model",
            "dki", "--mask", truth.reader1File().toString(), "--out-dir", out.toString());
        assertEquals(0, fit.status(), fit.err());
        // reader 2's mask is larger: voxels outside reader 1's mask were not fitted and are left out by --valid
        final CsvTable t = table(qmri("histogram", "--image", out.resolve("dapp.nii.gz").toString(), "--mask",
            truth.reader2File().toString(), "--valid", out.resolve("fit_ok.nii.gz").toString()));
        final int[] r1 = truth.reader1().copyOfLabels();
        final int[] r2 = truth.reader2().copyOfLabels();
        final float[] d = truth.parameterMaps().get("D");
        final double[] both = new double[r1.length];
        int n = 0;
        int onlyR2 = 0;
        for (int v = 0; v < r1.length; v++) {
            if (r1[v] != 0 && r2[v] != 0) {
                both[n++] = d[v];
            } else if (r2[v] != 0) {
                onlyR2++;
            }
        }
        final double[] x = Arrays.copyOf(both, n);
        Arrays.sort(x);
        assertEquals(n, t.number(0, "voxels"));
        assertEquals(onlyR2, t.number(0, "excluded_voxels"));
        assertEquals(Arrays.stream(x).average().orElseThrow(), t.number(0, "mean"), 2e-3 * x[0]);
        final double median = n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
        assertEquals(median, t.number(0, "median"), 2e-3 * median);
        assertEquals(x[0], t.number(0, "min"), 2e-3 * x[0]);
        assertEquals(x[n - 1], t.number(0, "max"), 2e-3 * x[n - 1]);
    }
}
