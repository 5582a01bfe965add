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
import org.qmrinodes.core.image.filter.ImageBlock;
import org.qmrinodes.core.image.filter.Padding;
import org.qmrinodes.core.image.filter.ResponseMap;

/**
 * Synthetic lesions shaped after the DCE radiomics study (Fr24; METHODS §6.2 and §7.2): 118 breast
 * lesions (HER2-low 78, HER2-zero 40), each a small image of the second DCE phase with an irregular
 * enhancing lesion whose texture differs by group, one reader's mask, a second reader's mask for 16
 * randomly chosen lesions (the paper's re-delineated cases), the training/test split and the TIC type.
 *
 * <p><b>Targets matched:</b> group sizes and the split exactly (training 54 low / 29 zero, test 24 / 11);
 * the TIC types of Table 1 exactly per set and group (training low 8 / 16 / 30, zero 5 / 19 / 5; test
 * low 2 / 5 / 17, zero 2 / 5 / 4); 16 re-delineated lesions. <b>Assumed</b> (the paper prints no image
 * values): a 40 × 40 × 10 grid of 0.7 × 0.7 × 2 mm (a DCE-like spacing); background 300 with noise of SD
 * 25; the lesion an ellipsoid of radii 3.5–8 mm, its surface modulated by low-order harmonics (200–4,000
 * voxels); its intensity 850 plus a smooth random field (white noise averaged over 5 × 5 × 5 voxels, coarse
 * enough to survive the preset's 3 mm resampling, rescaled) of amplitude 160 in HER2-low and 80 in
 * HER2-zero, each lesion's amplitude varying by a factor e<sup>0.25 z</sup>, and voxel noise of SD 25, so that
 * texture features separate the groups only partly; the second reader's surface lies 3–7 % inside or outside the
 * first reader's. Each lesion is a DCE series of seven phases (pre-contrast and six post-contrast phases one minute
 * apart, as {@link SyntheticMrSeries#parameters} for DCE): the image above is phase 2 (the first post-contrast
 * phase, the one Fr24 extracted its features from); before contrast the lesion lies 12 % of its phase-2
 * enhancement above the background; after phase 2 its enhancement follows its TIC type (I rises to 130 %, II
 * stays within 97–103 %, III washes out to 78 %), each phase with its own noise. Voxel values are whole numbers,
 * as a scanner stores them, so the DICOM files {@link #writeImages} writes read back to exactly these values. The
 * random stream is {@link java.util.Random}, so a seed gives the same cohort on every JVM.
 */
public final class Fr24LesionCohort {

    /** Seed of the cohort of the demo. */
    public static final long DEFAULT_SEED = 20240901L;

    /** The groups: the positive class of the paper's models is HER2-low. */
    public static final List<String> GROUPS = List.of("HER2-low", "HER2-zero");

    /** The TIC types, in Table 1's order. */
    public static final List<String> TIC_TYPES = List.of("I", "II", "III");

    /** The lesions re-delineated by a second reader (§6.2 step 5). */
    public static final int REDELINEATED = 16;

    /** [set][group][tic]: Table 1's TIC counts, set 0 training, 1 test; group 0 low, 1 zero. */
    private static final int[][][] TIC = {{{8, 16, 30}, {5, 19, 5}}, {{2, 5, 17}, {2, 5, 4}}};

    /** The DCE phase the features are extracted from (1-based, the pre-contrast phase being 1). */
    public static final int PHASE = 2;

    /** Reader names, as the mask tables and the two-reader feature table write them. */
    public static final List<String> READERS = List.of("reader 1", "reader 2");

    /** The lesion's enhancement in phases 2 to 7 relative to phase 2, per TIC type (I, II, III). */
    private static final double[][] KINETICS = {{1, 1.08, 1.15, 1.21, 1.26, 1.30}, {1, 1.03, 1.02, 1.03, 1.01, 0.98},
        {1, 0.95, 0.90, 0.85, 0.81, 0.78}};

    /** The lesion's pre-contrast signal above the background, relative to its phase-2 enhancement. */
    private static final double PRE_CONTRAST = 0.12;

    /** The support, in voxels, of the mean filter that makes the lesion's smooth random field. */
    private static final int FIELD_SUPPORT = 5;

    private static final Geometry GRID = new Geometry(40, 40, 10, new double[] {-13.65, -13.65, -9},
        new double[] {0.7, 0.7, 2}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});

    /**
     * One lesion.
     *
     * @param id lesion id, e.g. {@code FR24-001}
     * @param group HER2-low or HER2-zero
     * @param set {@code training} or {@code test}
     * @param tic the TIC type, I, II or III
     * @param series the seven DCE phases, with their acquisition parameters (temporal positions 1 to 7)
     * @param reader1 the first reader's lesion mask (label 1)
     * @param reader2 the second reader's mask, or null when the lesion was not re-delineated
     */
    public record Lesion(String id, String group, String set, String tic, Volume series, Mask reader1, Mask reader2) {

        /** @return phase {@value Fr24LesionCohort#PHASE} of the series, the image the features are extracted from */
        public Volume image() {
            return Volume.map(series.geometry(), series.copyOfVolume(PHASE - 1));
        }
    }

    /**
     * The mask tables of a cohort: one row per mask with {@code patient_id, reader, her2_status, set, tic,
     * mask_file}.
     *
     * @param training reader 1's masks of the training set
     * @param test reader 1's masks of the test set
     * @param readers both readers' masks of the re-delineated lesions, reader 1 then reader 2 per lesion
     */
    public record MaskTables(ResultTable training, ResultTable test, ResultTable readers) {
    }

    private Fr24LesionCohort() {
    }

    /**
     * @param seed the random seed
     * @return the 118 lesions, in id order (group and set interleaved at random)
     */
    public static List<Lesion> generate(final long seed) {
        final Random random = new Random(seed);
        final List<String[]> labels = new ArrayList<>();
        final String[] sets = {"training", "test"};
        for (int s = 0; s < 2; s++) {
            for (int g = 0; g < 2; g++) {
                for (final String tic : Draws.dealt(TIC_TYPES, TIC[s][g], random)) {
                    labels.add(new String[] {GROUPS.get(g), sets[s], tic});
                }
            }
        }
        final String[][] order = labels.toArray(String[][]::new);
        for (int i = order.length - 1; i > 0; i--) {
            final int j = random.nextInt(i + 1);
            final String[] t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        final String[] picks = Draws.dealt(List.of("yes", "no"), new int[] {REDELINEATED, order.length - REDELINEATED},
            random);
        final List<Lesion> out = new ArrayList<>();
        for (int n = 0; n < order.length; n++) {
            out.add(lesion(String.format("FR24-%03d", n + 1), order[n], picks[n].equals("yes"), random));
        }
        return List.copyOf(out);
    }

    private static Lesion lesion(final String id, final String[] label, final boolean second, final Random random) {
        final boolean low = label[0].equals("HER2-low");
        final double[] radii = {3.5 + 4.5 * random.nextDouble(), 3.5 + 4.5 * random.nextDouble(),
            3.5 + 3 * random.nextDouble()};
        final double[] harmonics = new double[6];
        for (int h = 0; h < harmonics.length; h++) {
            harmonics[h] = 0.12 * random.nextGaussian();
        }
        final double amplitude = (low ? 160 : 80) * Math.exp(0.25 * random.nextGaussian());
        final double secondScale = 1 + (random.nextBoolean() ? 1 : -1) * (0.03 + 0.04 * random.nextDouble());
        final int n = (int) GRID.voxelCount();
        final double[] white = new double[n];
        for (int v = 0; v < n; v++) {
            white[v] = random.nextGaussian();
        }
        final double[] field = ResponseMap.mean(new ImageBlock(GRID.columns(), GRID.rows(), GRID.slices(),
            GRID.spacing(), white), FIELD_SUPPORT, Padding.MIRROR).values();
        final double[] enhancement = new double[n];
        final float[] phase2 = new float[n];
        final int[] first = new int[n];
        final int[] other = new int[n];
        final double[] spacing = GRID.spacing();
        for (int k = 0; k < GRID.slices(); k++) {
            for (int j = 0; j < GRID.rows(); j++) {
                for (int i = 0; i < GRID.columns(); i++) {
                    final int v = (k * GRID.rows() + j) * GRID.columns() + i;
                    final double x = (i - (GRID.columns() - 1) / 2.0) * spacing[0];
                    final double y = (j - (GRID.rows() - 1) / 2.0) * spacing[1];
                    final double z = (k - (GRID.slices() - 1) / 2.0) * spacing[2];
                    final double r = Math.sqrt(x * x / (radii[0] * radii[0]) + y * y / (radii[1] * radii[1])
                        + z * z / (radii[2] * radii[2]));
                    final double theta = Math.atan2(y, x);
                    final double phi = Math.atan2(z, Math.hypot(x, y));
                    double surface = 1;
                    for (int h = 0; h < 3; h++) {
                        surface += harmonics[2 * h] * Math.cos((h + 2) * theta) + harmonics[2 * h + 1]
                            * Math.sin((h + 1) * phi);
                    }
                    final boolean inside = r <= surface;
                    first[v] = inside ? 1 : 0;
                    other[v] = r <= surface * secondScale ? 1 : 0;
                    // The M × M × M mean of unit white noise has SD M^(-3/2); times M^(3/2) the field has SD 1.
                    final double lesionValue = 850 + amplitude * field[v] * Math.pow(FIELD_SUPPORT, 1.5);
                    final double edge = Math.min(1, Math.max(0, (surface - r) / 0.1 + 0.5));
                    enhancement[v] = edge * (lesionValue - 300);
                    phase2[v] = (float) Math.max(0, Math.rint(300 + enhancement[v] + 25 * random.nextGaussian()));
                }
            }
        }
        final Random phases = new Random(random.nextLong());
        final double[] kinetics = KINETICS[TIC_TYPES.indexOf(label[2])];
        final List<AcquisitionParameters> parameters = SyntheticMrSeries.parameters(SyntheticMrSeries.Protocol.DCE);
        final Volume.Builder series = Volume.builder(GRID, parameters);
        final int perSlice = GRID.columns() * GRID.rows();
        for (int t = 0; t < parameters.size(); t++) {
            final float[] values = new float[n];
            for (int v = 0; v < n; v++) {
                values[v] = t == PHASE - 1 ? phase2[v] : (float) Math.max(0, Math.rint(300 + enhancement[v]
                    * (t == 0 ? PRE_CONTRAST : kinetics[t - 1]) + 25 * phases.nextGaussian()));
            }
            for (int k = 0; k < GRID.slices(); k++) {
                series.setSlice(k, t, java.util.Arrays.copyOfRange(values, k * perSlice, (k + 1) * perSlice));
            }
        }
        return new Lesion(id, label[0], label[1], label[2], series.build(), new Mask(GRID, first),
            second ? new Mask(GRID, other) : null);
    }

    /**
     * Writes the lesions as a study on disk: {@code dicom/<id>/} one classic MR DCE series per lesion (seven
     * phases, one file per slice and phase, Temporal Position Identifier, acquisition and contrast times,
     * Patient ID the lesion id, Rescale Slope 1), {@code masks/<id>_reader1.nii.gz} and, for the re-delineated
     * lesions, {@code masks/<id>_reader2.nii.gz} (NIfTI-1, label 1).
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
            SyntheticMrSeries.writeStored(SyntheticMrSeries.Protocol.DCE, l.id(), 1000L + n, l.series(),
                folder.resolve("dicom").resolve(l.id()), toolkit);
            Nifti.writeMask(masks.resolve(maskFile(l, 1)), l.reader1());
            if (l.reader2() != null) {
                Nifti.writeMask(masks.resolve(maskFile(l, 2)), l.reader2());
            }
        }
    }

    /**
     * @param lesions the lesions of {@link #generate}
     * @param prefix what precedes each mask's file name in {@code mask_file}, e.g.
     *        {@code knime://knime.workflow/data/masks/} (the files are those {@link #writeImages} writes)
     * @return the mask tables
     */
    public static MaskTables maskTables(final List<Lesion> lesions, final String prefix) {
        final ResultTable.Builder[] tables = new ResultTable.Builder[3];
        for (int t = 0; t < tables.length; t++) {
            tables[t] = ResultTable.builder(ResultTable.text("patient_id"), ResultTable.text("reader"),
                ResultTable.text("her2_status"), ResultTable.text("set"), ResultTable.text("tic"),
                ResultTable.text("mask_file"));
        }
        for (final Lesion l : lesions) {
            tables[l.set().equals("training") ? 0 : 1].row(maskRow(l, 1, prefix));
            if (l.reader2() != null) {
                tables[2].row(maskRow(l, 1, prefix));
                tables[2].row(maskRow(l, 2, prefix));
            }
        }
        return new MaskTables(tables[0].build(), tables[1].build(), tables[2].build());
    }

    private static Object[] maskRow(final Lesion l, final int reader, final String prefix) {
        return new Object[] {l.id(), READERS.get(reader - 1), l.group(), l.set(), l.tic(), prefix + maskFile(l, reader)};
    }

    private static String maskFile(final Lesion l, final int reader) {
        return l.id() + "_reader" + reader + ".nii.gz";
    }
}
