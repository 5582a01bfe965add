package org.qmrinodes.core.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.dicom.DicomToolkit;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;

/**
 * The image-level version of the Shen25 cohort ({@link Shen25FeatureCohort}; METHODS §2.2, §3.1–3.2): per lesion
 * of the feature cohort a multi-b DWI series (b = 0, 800, 1400, 2000 s/mm², as Shen25 acquired) with an
 * ellipsoid lesion and its mask, so that the DKI histogram study can start from DICOM.
 *
 * <p><b>Targets followed:</b> each lesion's voxels draw D<sub>app</sub> from a normal distribution with the
 * lesion's {@code Dapp_mean} and the SD that puts its 5th percentile at {@code Dapp_p05}, and K<sub>app</sub>
 * with its {@code Kapp_mean} and the SD that puts its 95th percentile at {@code Kapp_p95} (D clipped to
 * 0.3–3.0 × 10⁻³ mm²/s, K to 0.1–2.5); the signal is S0 · exp(−b·D + b²·D²·K/6) with S0 1000, plus Rician
 * noise of σ 8 (SNR 125 at b = 0), rounded to whole numbers. So the histogram features of the fitted maps follow
 * the cohort's D and K values up to noise, fitting and sampling error. <b>Not followed:</b> the cohort's ADC
 * columns (ADC from b = 0 and 800 follows from D and K: about D − 800·D²·K/6) and Kapp entropy (it depends on the
 * discretisation). <b>Assumed</b> (the paper prints no image values): a 20 × 20 × 6 axial grid of 1.5 × 1.5 × 4
 * mm; fibroglandular tissue around the lesion with D 1.8 × 10⁻³ mm²/s, K 0.5, S0 800; the lesion an ellipsoid of
 * radii 5–8 mm in plane and 5–7 mm across slices (about 60 to 250 voxels). The random stream is
 * {@link java.util.Random}, so a seed gives the same images on every JVM.
 */
public final class Shen25LesionImages {

    /** Seed of the demo's images. */
    public static final long DEFAULT_SEED = 20250313L;

    private static final Geometry GRID = new Geometry(20, 20, 6, new double[] {-14.25, -14.25, -10},
        new double[] {1.5, 1.5, 4}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});

    /** The columns of the feature cohort every lesion keeps (identity, group, lesion type, endpoints). */
    public static final List<String> LESION_COLUMNS = List.of("patient_id", "her2_status", "lesion_type",
        "low_vs_over", "low_vs_zero");

    /** z of the normal distribution's 95th percentile. */
    private static final double Z95 = 1.6448536269514722;

    private static final double S0 = 1000;
    private static final double NOISE = 8;

    /**
     * One lesion.
     *
     * @param cells the lesion's {@link #LESION_COLUMNS} of the feature cohort, in that order (null where empty)
     * @param series the DWI series, one volume per b-value
     * @param mask the lesion mask (label 1)
     */
    public record Lesion(List<String> cells, Volume series, Mask mask) {

        /** Copies the cells. */
        public Lesion {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }

        /** @return the lesion id (its patient_id) */
        public String id() {
            return cells.get(0);
        }
    }

    private Shen25LesionImages() {
    }

    /**
     * @param cohort the feature cohort ({@link Shen25FeatureCohort#generate})
     * @param seed the random seed of the images
     * @return one lesion per cohort row, in the cohort's order
     */
    public static List<Lesion> generate(final ResultTable cohort, final long seed) {
        final Random random = new Random(seed);
        final List<String> names = cohort.columnNames();
        final List<Lesion> out = new ArrayList<>();
        for (final List<Object> row : cohort.rows()) {
            final List<String> cells = new ArrayList<>();
            for (final String c : LESION_COLUMNS) {
                final Object v = row.get(names.indexOf(c));
                cells.add(v == null ? null : v.toString());
            }
            final double dMean = number(row, names, "Dapp_mean") * 1e-3;
            final double dSd = Math.max(0.02e-3, (dMean - number(row, names, "Dapp_p05") * 1e-3) / Z95);
            final double kMean = number(row, names, "Kapp_mean");
            final double kSd = Math.max(0.02, (number(row, names, "Kapp_p95") - kMean) / Z95);
            out.add(lesion(cells, dMean, dSd, kMean, kSd, random));
        }
        return List.copyOf(out);
    }

    private static double number(final List<Object> row, final List<String> names, final String column) {
        return ((Number) row.get(names.indexOf(column))).doubleValue();
    }

    private static Lesion lesion(final List<String> cells, final double dMean, final double dSd, final double kMean,
        final double kSd, final Random random) {
        final double rx = 5 + 3 * random.nextDouble();
        final double ry = 5 + 3 * random.nextDouble();
        final double rz = 5 + 2 * random.nextDouble();
        final double cx = 1.5 * (random.nextDouble() - 0.5);
        final double cy = 1.5 * (random.nextDouble() - 0.5);
        final int n = (int) GRID.voxelCount();
        final int[] inside = new int[n];
        final double[] d = new double[n];
        final double[] k = new double[n];
        final double[] s0 = new double[n];
        for (int z = 0; z < GRID.slices(); z++) {
            for (int y = 0; y < GRID.rows(); y++) {
                for (int x = 0; x < GRID.columns(); x++) {
                    final int v = (z * GRID.rows() + y) * GRID.columns() + x;
                    final double px = (x - (GRID.columns() - 1) / 2.0) * GRID.spacing()[0] - cx;
                    final double py = (y - (GRID.rows() - 1) / 2.0) * GRID.spacing()[1] - cy;
                    final double pz = (z - (GRID.slices() - 1) / 2.0) * GRID.spacing()[2];
                    final boolean lesion = px * px / (rx * rx) + py * py / (ry * ry) + pz * pz / (rz * rz) <= 1;
                    inside[v] = lesion ? 1 : 0;
                    d[v] = lesion ? clip(dMean + dSd * random.nextGaussian(), 0.3e-3, 3.0e-3) : 1.8e-3;
                    k[v] = lesion ? clip(kMean + kSd * random.nextGaussian(), 0.1, 2.5) : 0.5;
                    s0[v] = lesion ? S0 : 800;
                }
            }
        }
        final List<AcquisitionParameters> parameters = SyntheticMrSeries.parameters(SyntheticMrSeries.Protocol.DWI);
        final Volume.Builder series = Volume.builder(GRID, parameters);
        final int perSlice = GRID.columns() * GRID.rows();
        for (int t = 0; t < parameters.size(); t++) {
            final double b = parameters.get(t).bValue();
            final float[] values = new float[n];
            for (int v = 0; v < n; v++) {
                final double clean = s0[v] * Math.exp(-b * d[v] + b * b * d[v] * d[v] * k[v] / 6);
                values[v] = (float) Math.rint(Math.hypot(clean + NOISE * random.nextGaussian(),
                    NOISE * random.nextGaussian()));
            }
            for (int z = 0; z < GRID.slices(); z++) {
                series.setSlice(z, t, java.util.Arrays.copyOfRange(values, z * perSlice, (z + 1) * perSlice));
            }
        }
        return new Lesion(cells, series.build(), new Mask(GRID, inside));
    }

    private static double clip(final double x, final double low, final double high) {
        return Math.max(low, Math.min(high, x));
    }

    /**
     * Writes {@code dicom/<id>/} one classic MR DWI series per lesion (b-values in the standard tag, Patient ID
     * the lesion id, Rescale Slope 1) and {@code masks/<id>.nii.gz} its mask (NIfTI-1, label 1).
     *
     * @param lesions the lesions of {@link #generate}
     * @param folder the folder to write into (created)
     * @param toolkit the DICOM toolkit to write with
     * @throws IOException when writing fails
     */
    public static void writeImages(final List<Lesion> lesions, final Path folder, final DicomToolkit toolkit)
        throws IOException {
        final Path masks = Files.createDirectories(folder.resolve("masks"));
        for (int n = 0; n < lesions.size(); n++) {
            final Lesion l = lesions.get(n);
            SyntheticMrSeries.writeStored(SyntheticMrSeries.Protocol.DWI, l.id(), 5000L + n, l.series(),
                folder.resolve("dicom").resolve(l.id()), toolkit);
            Nifti.writeMask(masks.resolve(l.id() + ".nii.gz"), l.mask());
        }
    }

    /**
     * @param lesions the lesions of {@link #generate}
     * @param prefix what precedes each mask's file name in {@code mask_file}, e.g.
     *        {@code knime://knime.workflow/data/masks/}
     * @return one row per lesion: its {@link #LESION_COLUMNS} and {@code mask_file}
     */
    public static ResultTable maskTable(final List<Lesion> lesions, final String prefix) {
        final List<ResultTable.Column> columns = new ArrayList<>();
        LESION_COLUMNS.forEach(c -> columns.add(ResultTable.text(c)));
        columns.add(ResultTable.text("mask_file"));
        final ResultTable.Builder table = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        for (final Lesion l : lesions) {
            final List<Object> row = new ArrayList<>(l.cells());
            row.add(prefix + l.id() + ".nii.gz");
            table.row(row.toArray());
        }
        return table.build();
    }
}
