package org.qmrinodes.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qmrinodes.core.features.radiomics.RadiomicsExtractor;
import org.qmrinodes.core.features.radiomics.RadiomicsPresets;
import org.qmrinodes.core.features.radiomics.RadiomicsSettings;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.synthetic.Fr24LesionCohort;

/**
 * Radiomics extraction of one lesion of about 3000 voxels in a DCE volume of 384×384×88 voxels of
 * 0.7×0.7×2 mm (Fr24's matrix), with the Fr24 preset (960 features: 3 mm B-spline resampling, Original,
 * LoG σ 3 and 5 mm, 8 wavelet bands) and with PyRadiomics' defaults (Original image only, every class
 * but shape2D), single-threaded, one lesion per call; and the Fr24 preset on the 118 generated lesions of
 * {@link Fr24LesionCohort} on all cores. The volume is a formula of the voxel position (no random
 * generator), so that {@code validation/radiomics/time_pyradiomics.py} builds the same data for
 * PyRadiomics:
 *
 * <pre>
 * frac(x) = x − ⌊x⌋; i, j, k column, row, slice; n = (k·384 + j)·384 + i
 * x = (i − 191.5)·0.7, y = (j − 191.5)·0.7, z = (k − 43.5)·2 (mm)
 * lesion: (x/9.8)² + (y/9.1)² + (z/7.9)² ≤ (1 + 0.12·cos(3·atan2(y, x)))²
 * intensity = 300 + 50·(frac(0.6180339887498949·n) − 0.5)
 *             + lesion · (550 + 120·sin(0.9·x)·cos(0.7·y) + 80·sin(0.5·z + 0.3·x) + 60·(frac(0.7548776662466927·n) − 0.5))
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class RadiomicsBenchmark {

    static final int COLUMNS = 384;
    static final int ROWS = 384;
    static final int SLICES = 88;

    @Param({"fr24", "original"})
    String settings;

    private Volume image;
    private Mask mask;
    private RadiomicsSettings radiomics;
    private List<Fr24LesionCohort.Lesion> cohort;

    /** @return the phantom's image and mask of the class comment */
    static Object[] phantom() {
        final Geometry g = new Geometry(COLUMNS, ROWS, SLICES, new double[] {0, 0, 0}, new double[] {0.7, 0.7, 2},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final float[] values = new float[COLUMNS * ROWS * SLICES];
        final int[] labels = new int[values.length];
        for (int k = 0; k < SLICES; k++) {
            for (int j = 0; j < ROWS; j++) {
                for (int i = 0; i < COLUMNS; i++) {
                    final int n = (k * ROWS + j) * COLUMNS + i;
                    final double x = (i - 191.5) * 0.7;
                    final double y = (j - 191.5) * 0.7;
                    final double z = (k - 43.5) * 2;
                    final double surface = 1 + 0.12 * Math.cos(3 * Math.atan2(y, x));
                    final boolean lesion = (x / 9.8) * (x / 9.8) + (y / 9.1) * (y / 9.1) + (z / 7.9) * (z / 7.9)
                        <= surface * surface;
                    double v = 300 + 50 * (frac(0.6180339887498949 * n) - 0.5);
                    if (lesion) {
                        v += 550 + 120 * Math.sin(0.9 * x) * Math.cos(0.7 * y) + 80 * Math.sin(0.5 * z + 0.3 * x)
                            + 60 * (frac(0.7548776662466927 * n) - 0.5);
                    }
                    values[n] = (float) v;
                    labels[n] = lesion ? 1 : 0;
                }
            }
        }
        return new Object[] {Volume.map(g, values), new Mask(g, labels)};
    }

    private static double frac(final double x) {
        return x - Math.floor(x);
    }

    @Setup(Level.Trial)
    public void build() {
        final Object[] p = phantom();
        image = (Volume) p[0];
        mask = (Mask) p[1];
        radiomics = settings.equals("fr24") ? RadiomicsPresets.named(RadiomicsPresets.FR24) : RadiomicsSettings.defaults();
        cohort = Fr24LesionCohort.generate(Fr24LesionCohort.DEFAULT_SEED);
    }

    /** @return the features of the phantom's lesion, one thread */
    @Benchmark
    public int oneLesion() {
        return RadiomicsExtractor.extract(image, mask, "phantom", radiomics).size();
    }

    /** @return the features of the 118 generated lesions, on all cores */
    @Benchmark
    @Warmup(iterations = 1, time = 2)
    @Measurement(iterations = 3, time = 2)
    public int cohortOf118() {
        return cohort.parallelStream().mapToInt(l -> RadiomicsExtractor.extract(l.image(), l.reader1(), l.id(),
            radiomics).size()).sum();
    }
}
