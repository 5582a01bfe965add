package org.qmrinodes.core.synthetic;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.qmrinodes.core.dicom.DicomElements;
import org.qmrinodes.core.dicom.DicomToolkit;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.Nrrd;

/**
 * Synthetic MR series with known ground truth, written as DICOM Part 10 files through a
 * {@link DicomToolkit}, for tests and the demo.
 *
 * <p><b>Phantom.</b> An ellipsoid of fibroglandular tissue fills the central part of the field of
 * view; inside it an ellipsoidal lesion whose parameters vary smoothly across it (±15% sinusoidal
 * pattern) plus ±5% voxel-wise jitter. Outside the tissue there is air (noise only).
 *
 * <p><b>Signal models</b> (b in s/mm², D in mm²/s, times in ms, angles in degrees):
 * <ul>
 * <li>DWI/DKI, b = 0, 800, 1400, 2000 (Shen25): S = S0·exp(−b·D + b²·D²·K/6). Lesion D 1.2·10⁻³, K
 * 0.95 (near the Dapp/Kapp means of Shen25 Table 3); tissue D 1.8·10⁻³, K 0.4 (assumption).</li>
 * <li>Multi-echo T2 (spin echo, TE = 13.8·n, n = 1..8) and T2* (gradient echo, TE = 3.54·n,
 * n = 1..6), the first TEs printed by QIMS26: S = S0·exp(−TE/T2). Lesion T2 85 / tissue 50 ms,
 * lesion T2* 25 / tissue 30 ms: assumptions, QIMS26 prints no T2/T2* values.</li>
 * <li>Inversion recovery (MOLLI-like, TI = 100, 200, 350, 500, 800 ms, TE 2.02 ms, QIMS26),
 * magnitude: S = |S0·(1 − 2·exp(−TI/T1))|. Lesion T1 1903 ms (QIMS26 HER2-low T1_pre mean), tissue
 * 1400 ms (assumption).</li>
 * <li>Variable flip angle spoiled gradient echo, α = 2, 5, 10, 15°, TR 5 ms:
 * S = M0·sin α·(1 − E1)/(1 − cos α·E1), E1 = exp(−TR/T1), with M0 = 10·S0 so that the 2° image
 * stays well above the noise.</li>
 * </ul>
 * Noise is Rician: each voxel is |S + n₁ + i·n₂| with n₁, n₂ ~ N(0, σ²), σ = S0(tissue)/SNR.
 * Values are stored as unsigned 16-bit integers with a Rescale Slope; {@link Truth#stored} holds the
 * exact values a reader must recover (stored integer × slope).
 *
 * <p><b>Files.</b> One single-frame MR Image Storage file per slice and volume, named in a
 * shuffled order (so a reader cannot rely on file names), with a slightly oblique orientation. The
 * acquisition parameter sits in its standard attribute, or — for diffusion, by
 * {@link BValueStorage} — only in a vendor's private element. Two reader masks of the lesion
 * (reader 1: the lesion; reader 2: radii 10% larger and shifted by one voxel) are written as NIfTI
 * ({@code reader1_mask.nii.gz}) and as NRRD ({@code reader1_mask.seg.nrrd}).
 */
public final class SyntheticMrSeries {

    /** Acquisition types. */
    public enum Protocol {
        /** Multi-b diffusion. */
        DWI,
        /** Multi-echo spin echo. */
        T2_MULTI_ECHO,
        /** Multi-echo gradient echo. */
        T2STAR_MULTI_ECHO,
        /** Inversion recovery. */
        T1_INVERSION_RECOVERY,
        /** Variable flip angle. */
        T1_VFA,
        /**
         * Dynamic contrast-enhanced gradient echo: one pre-contrast and six post-contrast phases
         * (Temporal Position Identifier 1–7), each stamped with its Acquisition Time (0008,0032),
         * and the Contrast/Bolus Start Time (0018,1042) of the injection; the post-contrast phases
         * start 30, 90, …, 330 s after injection (Fr24's "phase 2" is the one at 90 s). The signal is
         * S0 (1 + E (1 − exp(−t / 90 s))) after injection, E the "Enhancement" map (0.4 in tissue,
         * about 1.6 in the lesion): a persistent (type I) curve.
         */
        DCE
    }

    /** Injection time of the generated DCE series, seconds after midnight (12:01:00). */
    public static final double DCE_INJECTION_TIME = 12 * 3600 + 60;

    /** Seconds between the starts of two images of one generated DCE phase (slices stamped one after another). */
    public static final double DCE_SLICE_TIME_STEP = 0.5;

    /** Where a DWI series keeps its b-values. */
    public enum BValueStorage {
        /** Diffusion b-value (0018,9087). */
        STANDARD,
        /** Siemens (0019,xx0C) of "SIEMENS MR HEADER" only. */
        SIEMENS_PRIVATE,
        /** GE (0043,xx39) of "GEMS_PARM_01" only, first value with the 10⁹ offset. */
        GE_PRIVATE,
        /** Philips (2001,xx03) of "Philips Imaging DD 001" only. */
        PHILIPS_PRIVATE
    }

    /**
     * What to generate.
     *
     * @param protocol the acquisition
     * @param columns image columns
     * @param rows image rows
     * @param slices slices
     * @param pixelSpacing in-plane spacing, mm
     * @param sliceSpacing slice spacing, mm
     * @param snr S0 of tissue over the noise σ
     * @param storage where b-values go (DWI only)
     * @param patientId Patient ID
     * @param seed random seed (values, noise, UIDs and file order)
     */
    public record Spec(Protocol protocol, int columns, int rows, int slices, double pixelSpacing, double sliceSpacing,
        double snr, BValueStorage storage, String patientId, long seed) {

        /**
         * @param protocol the acquisition
         * @param seed random seed
         * @return a small 48×40×6 series, 2.5 mm pixels, 4 mm slices, SNR 30, standard tags
         */
        public static Spec small(final Protocol protocol, final long seed) {
            return new Spec(protocol, 48, 40, 6, 2.5, 4.0, 30, BValueStorage.STANDARD, "SYN" + seed, seed);
        }
    }

    /**
     * The ground truth of a generated series.
     *
     * @param geometry the grid
     * @param volumes per-volume acquisition parameters, in acquisition order
     * @param stored the voxel values as written (after noise and quantisation), per volume, column
     *        fastest
     * @param parameterMaps the true parameter maps by name (e.g. "D", "K", "T1", "S0"), column fastest
     * @param reader1 reader 1's lesion mask
     * @param reader2 reader 2's lesion mask
     * @param seriesUid Series Instance UID
     * @param files the DICOM files written
     * @param reader1File reader 1's NIfTI mask
     * @param reader2File reader 2's NIfTI mask
     */
    public record Truth(Geometry geometry, List<AcquisitionParameters> volumes, List<float[]> stored,
        java.util.Map<String, float[]> parameterMaps, Mask reader1, Mask reader2, String seriesUid, List<Path> files,
        Path reader1File, Path reader2File) {
    }

    private SyntheticMrSeries() {
    }

    /**
     * Generates a series into a folder.
     *
     * @param spec what to generate
     * @param folder where to write (created)
     * @param toolkit the DICOM toolkit to write with
     * @return the ground truth and the files written
     * @throws IOException when writing fails
     */
    public static Truth write(final Spec spec, final Path folder, final DicomToolkit toolkit) throws IOException {
        return generate(spec, folder, toolkit, false);
    }

    /**
     * Generates the same series as {@link #write} but as one Enhanced MR Image (multi-frame) file,
     * {@code enhanced.dcm}: orientation, pixel measures and rescale in the Shared Functional Groups,
     * each frame's position, echo time, b-value (MR Diffusion), inversion time (MR Modifier),
     * repetition time and flip angle (MR Timing) in its Per-frame Functional Groups item. Frames are
     * stored volume by volume, slices in order.
     *
     * @param spec what to generate ({@link Spec#storage()} is ignored: b-values go in the MR Diffusion
     *        Sequence)
     * @param folder where to write (created)
     * @param toolkit the DICOM toolkit to write with
     * @return the ground truth; {@code files} holds the one file
     * @throws IOException when writing fails
     */
    public static Truth writeEnhanced(final Spec spec, final Path folder, final DicomToolkit toolkit) throws IOException {
        return generate(spec, folder, toolkit, true);
    }

    private static Truth generate(final Spec spec, final Path folder, final DicomToolkit toolkit, final boolean enhanced)
        throws IOException {
        final Random random = new Random(spec.seed());
        final Geometry g = geometry(spec);
        final int n = (int) g.voxelCount();
        final List<AcquisitionParameters> params = parameters(spec.protocol());
        // tissue classes and parameter maps
        final int[] lesion = new int[n];
        final int[] reader2 = new int[n];
        final boolean[] tissue = new boolean[n];
        final double[] pattern = new double[n];
        final double cx = (spec.columns() - 1) / 2.0;
        final double cy = (spec.rows() - 1) / 2.0;
        final double cz = (spec.slices() - 1) / 2.0;
        final double rx = spec.columns() * 0.15;
        final double ry = spec.rows() * 0.15;
        final double rz = Math.max(1.2, spec.slices() * 0.35);
        for (int k = 0; k < spec.slices(); k++) {
            for (int j = 0; j < spec.rows(); j++) {
                for (int i = 0; i < spec.columns(); i++) {
                    final int v = (k * spec.rows() + j) * spec.columns() + i;
                    final double ex = (i - cx) / (spec.columns() * 0.42);
                    final double ey = (j - cy) / (spec.rows() * 0.42);
                    tissue[v] = ex * ex + ey * ey <= 1;
                    final double lx = (i - cx - 2) / rx;
                    final double ly = (j - cy + 1) / ry;
                    final double lz = (k - cz) / rz;
                    lesion[v] = lx * lx + ly * ly + lz * lz <= 1 ? 1 : 0;
                    final double mx = (i - cx - 1) / (rx * 1.1);
                    final double my = (j - cy + 1) / (ry * 1.1);
                    final double mz = (k - cz) / (rz * 1.1);
                    reader2[v] = mx * mx + my * my + mz * mz <= 1 ? 1 : 0;
                    pattern[v] = 0.15 * Math.sin(lx * 2.5) * Math.cos(ly * 2.0) + 0.05 * (2 * random.nextDouble() - 1);
                }
            }
        }
        final java.util.Map<String, float[]> maps = new java.util.LinkedHashMap<>();
        final double[][] tissueLesion = switch (spec.protocol()) {
            case DWI -> new double[][] {{1.8e-3, 1.2e-3}, {0.4, 0.95}};
            case T2_MULTI_ECHO -> new double[][] {{50, 85}};
            case T2STAR_MULTI_ECHO -> new double[][] {{30, 25}};
            case T1_INVERSION_RECOVERY, T1_VFA -> new double[][] {{1400, 1903}};
            case DCE -> new double[][] {{0.4, 1.6}};
        };
        final String[] names = switch (spec.protocol()) {
            case DWI -> new String[] {"D", "K"};
            case T2_MULTI_ECHO -> new String[] {"T2"};
            case T2STAR_MULTI_ECHO -> new String[] {"T2star"};
            case T1_INVERSION_RECOVERY, T1_VFA -> new String[] {"T1"};
            case DCE -> new String[] {"Enhancement"};
        };
        final double s0Tissue = 1000;
        final float[] s0 = new float[n];
        for (int p = 0; p < names.length; p++) {
            final float[] m = new float[n];
            for (int v = 0; v < n; v++) {
                m[v] = (float) (!tissue[v] ? 0 : lesion[v] == 1 ? tissueLesion[p][1] * (1 + pattern[v]) : tissueLesion[p][0]);
            }
            maps.put(names[p], m);
        }
        for (int v = 0; v < n; v++) {
            s0[v] = (float) (!tissue[v] ? 0 : lesion[v] == 1 ? 800 * (1 + pattern[v] / 3) : s0Tissue);
        }
        maps.put("S0", s0);
        final double sigma = s0Tissue / spec.snr();
        final List<double[]> signal = new ArrayList<>();
        double max = 0;
        for (final AcquisitionParameters a : params) {
            final double[] s = new double[n];
            for (int v = 0; v < n; v++) {
                final double clean = model(spec.protocol(), a, maps, v);
                final double n1 = random.nextGaussian() * sigma;
                final double n2 = random.nextGaussian() * sigma;
                s[v] = Math.hypot(clean + n1, n2);
                max = Math.max(max, s[v]);
            }
            signal.add(s);
        }
        final double slope = Math.max(max, 1) / 4000.0;
        final List<float[]> stored = new ArrayList<>();
        final List<short[]> ints = new ArrayList<>();
        for (final double[] s : signal) {
            final float[] f = new float[n];
            final short[] q = new short[n];
            for (int v = 0; v < n; v++) {
                final int x = (int) Math.min(65535, Math.round(s[v] / slope));
                q[v] = (short) x;
                f[v] = (float) (x * Double.parseDouble(dsSlope(slope)));
            }
            stored.add(f);
            ints.add(q);
        }
        final Written written = writeSeries(spec, g, params, ints, dsSlope(slope), folder, toolkit, random, enhanced);
        final List<Path> files = written.files();
        final String series = written.seriesUid();
        final Mask m1 = new Mask(g, lesion);
        final Mask m2 = new Mask(g, reader2);
        final Path r1 = folder.resolve("reader1_mask.nii.gz");
        final Path r2 = folder.resolve("reader2_mask.nii.gz");
        Nifti.writeMask(r1, m1);
        Nifti.writeMask(r2, m2);
        Nrrd.write(folder.resolve("reader1_mask.seg.nrrd"), m1);
        Nrrd.write(folder.resolve("reader2_mask.seg.nrrd"), m2);
        return new Truth(g, params, stored, maps, m1, m2, series, files, r1, r2);
    }

    /**
     * Writes a series whose voxel values are already integers as one classic MR series, one file per slice and
     * volume, Rescale Slope 1 and Intercept 0, so that a reader gives back exactly the values written, with the
     * series' geometry and acquisition parameters. The header (manufacturer, series description, sequence)
     * follows the protocol; the seed draws the UIDs and the (shuffled) file order.
     *
     * @param protocol the acquisition, for the header
     * @param patientId the Patient ID
     * @param seed the random seed of the UIDs and the file order
     * @param series the volumes (integers 0 to 65535, stored unsigned)
     * @param folder where to write (created)
     * @param toolkit the DICOM toolkit to write with
     * @return the files written
     * @throws IOException when writing fails
     * @throws IllegalArgumentException if a value is not an integer in 0..65535
     */
    public static List<Path> writeStored(final Protocol protocol, final String patientId, final long seed,
        final Volume series, final Path folder, final DicomToolkit toolkit) throws IOException {
        final Geometry grid = series.geometry();
        final List<short[]> ints = new ArrayList<>();
        for (int t = 0; t < series.volumeCount(); t++) {
            final float[] volume = series.copyOfVolume(t);
            final short[] q = new short[volume.length];
            for (int v = 0; v < volume.length; v++) {
                if (volume[v] != Math.rint(volume[v]) || volume[v] < 0 || volume[v] > 65535) {
                    throw new IllegalArgumentException("volume " + (t + 1) + ", voxel " + v + " is " + volume[v]
                        + ", not an integer in 0..65535");
                }
                q[v] = (short) (int) volume[v];
            }
            ints.add(q);
        }
        final Spec spec = new Spec(protocol, grid.columns(), grid.rows(), grid.slices(), grid.spacing()[0],
            grid.spacing()[2], Double.NaN, BValueStorage.STANDARD, patientId, seed);
        return writeSeries(spec, grid, series.parameters(), ints, "1", folder, toolkit, new Random(seed), false).files();
    }

    /** The files and the Series Instance UID of a written series. */
    private record Written(List<Path> files, String seriesUid) {
    }

    private static Written writeSeries(final Spec spec, final Geometry g, final List<AcquisitionParameters> params,
        final List<short[]> ints, final String slope, final Path folder, final DicomToolkit toolkit, final Random random,
        final boolean enhanced) throws IOException {
        Files.createDirectories(folder);
        final String study = uid(random);
        final String series = uid(random);
        final String frame = uid(random);
        final List<Integer> fileNumbers = new ArrayList<>();
        for (int x = 0; x < params.size() * spec.slices(); x++) {
            fileNumbers.add(x);
        }
        Collections.shuffle(fileNumbers, random);
        final List<Path> files = new ArrayList<>();
        if (enhanced) {
            final Path f = folder.resolve("enhanced.dcm");
            toolkit.write(f, enhancedDataset(spec, g, params, ints, slope, study, series, frame, uid(random)));
            files.add(f);
        }
        int instance = 0;
        for (int t = 0; t < (enhanced ? 0 : params.size()); t++) {
            for (int k = 0; k < spec.slices(); k++) {
                final short[] pix = new short[spec.columns() * spec.rows()];
                System.arraycopy(ints.get(t), k * pix.length, pix, 0, pix.length);
                final Path f = folder.resolve(String.format(Locale.ROOT, "IM%05d.dcm", fileNumbers.get(instance)));
                instance++;
                toolkit.write(f, dataset(spec, g, params.get(t), k, instance, pix, slope, study, series, frame,
                    uid(random)));
                files.add(f);
            }
        }
        return new Written(List.copyOf(files), series);
    }

    /** @return a DICOM TM value {@code HHMMSS.FFF} for seconds after midnight */
    private static String clock(final double secondsOfDay) {
        final long ms = Math.round(secondsOfDay * 1000);
        return String.format(Locale.ROOT, "%02d%02d%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    private static String dsSlope(final double slope) {
        return String.format(Locale.ROOT, "%.8f", slope);
    }

    private static double model(final Protocol p, final AcquisitionParameters a, final java.util.Map<String, float[]> m,
        final int v) {
        final double s0 = m.get("S0")[v];
        if (s0 == 0) {
            return 0;
        }
        return switch (p) {
            case DWI -> {
                final double d = m.get("D")[v];
                final double k = m.get("K")[v];
                final double b = a.bValue();
                yield s0 * Math.exp(-b * d + b * b * d * d * k / 6);
            }
            case T2_MULTI_ECHO -> s0 * Math.exp(-a.echoTime() / m.get("T2")[v]);
            case T2STAR_MULTI_ECHO -> s0 * Math.exp(-a.echoTime() / m.get("T2star")[v]);
            case T1_INVERSION_RECOVERY -> Math.abs(s0 * (1 - 2 * Math.exp(-a.inversionTime() / m.get("T1")[v])));
            case T1_VFA -> {
                final double e1 = Math.exp(-a.repetitionTime() / m.get("T1")[v]);
                final double al = Math.toRadians(a.flipAngle());
                yield s0 * 10 * Math.sin(al) * (1 - e1) / (1 - Math.cos(al) * e1);
            }
            case DCE -> {
                final double t = a.acquisitionTime() - a.contrastStartTime();
                yield t <= 0 ? s0 : s0 * (1 + m.get("Enhancement")[v] * (1 - Math.exp(-t / 90)));
            }
        };
    }

    /** @return the acquisition parameters of each volume of a protocol, in acquisition order */
    public static List<AcquisitionParameters> parameters(final Protocol p) {
        final List<AcquisitionParameters> out = new ArrayList<>();
        final double nan = Double.NaN;
        switch (p) {
            case DWI -> {
                for (final double b : new double[] {0, 800, 1400, 2000}) {
                    out.add(new AcquisitionParameters(b, 75, nan, 90, 5000, nan, false));
                }
            }
            case T2_MULTI_ECHO -> {
                for (int e = 1; e <= 8; e++) {
                    out.add(new AcquisitionParameters(nan, 13.8 * e, nan, 180, 2000, nan, false));
                }
            }
            case T2STAR_MULTI_ECHO -> {
                for (int e = 1; e <= 6; e++) {
                    out.add(new AcquisitionParameters(nan, 3.54 * e, nan, 20, 200, nan, false));
                }
            }
            case T1_INVERSION_RECOVERY -> {
                for (final double ti : new double[] {100, 200, 350, 500, 800}) {
                    out.add(new AcquisitionParameters(nan, 2.02, ti, 35, 2400, nan, false));
                }
            }
            case T1_VFA -> {
                for (final double fa : new double[] {2, 5, 10, 15}) {
                    out.add(new AcquisitionParameters(nan, 2.0, nan, fa, 5, nan, false));
                }
            }
            case DCE -> {
                for (int phase = 1; phase <= 7; phase++) {
                    final double start = phase == 1 ? DCE_INJECTION_TIME - 60 : DCE_INJECTION_TIME + 30 + 60 * (phase - 2);
                    out.add(new AcquisitionParameters(nan, 1.6, nan, 10, 4.6, phase, false, start, DCE_INJECTION_TIME));
                }
            }
        }
        return out;
    }

    private static Geometry geometry(final Spec s) {
        // a slightly oblique axial stack: rotated 10° about the superior axis, tilted 5° about left-right
        final double a = Math.toRadians(10);
        final double t = Math.toRadians(5);
        final double[] row = {Math.cos(a), Math.sin(a), 0};
        final double[] col = {-Math.sin(a) * Math.cos(t), Math.cos(a) * Math.cos(t), -Math.sin(t)};
        final double[] nrm = {row[1] * col[2] - row[2] * col[1], row[2] * col[0] - row[0] * col[2],
            row[0] * col[1] - row[1] * col[0]};
        return new Geometry(s.columns(), s.rows(), s.slices(), new double[] {-60.5, -48.25, -12.0},
            new double[] {s.pixelSpacing(), s.pixelSpacing(), s.sliceSpacing()},
            new double[] {row[0], row[1], row[2], col[0], col[1], col[2], nrm[0], nrm[1], nrm[2]});
    }

    private static String uid(final Random random) {
        final byte[] b = new byte[16];
        random.nextBytes(b);
        return "2.25." + new BigInteger(1, b);
    }

    private static DicomElements dataset(final Spec spec, final Geometry g, final AcquisitionParameters a, final int k,
        final int instance, final short[] pixels, final String slope, final String study, final String series,
        final String frame, final String sop) {
        final double[] dir = g.direction();
        final DicomElements.Builder b = DicomElements.builder()
            .text(0x00080008, "CS", "ORIGINAL", "PRIMARY", "OTHER")
            .text(0x00080016, "UI", "1.2.840.10008.5.1.4.1.1.4")
            .text(0x00080018, "UI", sop)
            .text(0x00080020, "DA", "20250101")
            .text(0x00080030, "TM", "120000")
            .text(0x00080060, "CS", "MR")
            .text(0x00080070, "LO", manufacturer(spec))
            .text(0x0008103E, "LO", spec.protocol().name().toLowerCase(Locale.ROOT) + " synthetic")
            .text(0x00100010, "PN", "Synthetic^" + spec.patientId())
            .text(0x00100020, "LO", spec.patientId())
            .text(0x00180020, "CS", spec.protocol() == Protocol.T1_INVERSION_RECOVERY ? "IR"
                : spec.protocol() == Protocol.DWI || spec.protocol() == Protocol.T2_MULTI_ECHO ? "SE" : "GR")
            .text(0x00180021, "CS", "NONE")
            .text(0x00180022, "CS", "")
            .text(0x00180023, "CS", "2D")
            .ds(0x00180050, g.spacing()[2])
            .ds(0x00180080, a.repetitionTime())
            .ds(0x00180081, a.echoTime())
            .ds(0x00180088, g.spacing()[2])
            .ds(0x00181314, a.flipAngle())
            .text(0x0020000D, "UI", study)
            .text(0x0020000E, "UI", series)
            .text(0x00200010, "SH", "1")
            .text(0x00200011, "IS", Integer.toString(spec.protocol().ordinal() + 1))
            .text(0x00200013, "IS", Integer.toString(instance))
            .ds(0x00200032, g.indexToPatient(0, 0, k))
            .ds(0x00200037, dir[0], dir[1], dir[2], dir[3], dir[4], dir[5])
            .text(0x00200052, "UI", frame)
            .text(0x00201040, "LO", "")
            .binary(0x00280002, "US", 1)
            .text(0x00280004, "CS", "MONOCHROME2")
            .binary(0x00280010, "US", g.rows())
            .binary(0x00280011, "US", g.columns())
            .ds(0x00280030, g.spacing()[1], g.spacing()[0])
            .binary(0x00280100, "US", 16)
            .binary(0x00280101, "US", 16)
            .binary(0x00280102, "US", 15)
            .binary(0x00280103, "US", 0)
            .text(0x00281052, "DS", "0")
            .text(0x00281053, "DS", slope)
            .text(0x00281054, "LO", "US");
        if (!Double.isNaN(a.inversionTime())) {
            b.ds(0x00180082, a.inversionTime());
        }
        if (!Double.isNaN(a.temporalPosition())) {
            b.text(0x00200100, "IS", Long.toString(Math.round(a.temporalPosition())));
        }
        if (!Double.isNaN(a.acquisitionTime())) {
            b.text(0x00080032, "TM", clock(a.acquisitionTime() + DCE_SLICE_TIME_STEP * k));
        }
        if (!Double.isNaN(a.contrastStartTime())) {
            b.text(0x00181042, "TM", clock(a.contrastStartTime()));
        }
        if (spec.protocol() == Protocol.DWI) {
            switch (spec.storage()) {
                case STANDARD -> b.binary(0x00189087, "FD", a.bValue());
                case SIEMENS_PRIVATE -> b.text(0x00190010, "LO", "SIEMENS MR HEADER")
                    .text(0x0019100C, "IS", Long.toString(Math.round(a.bValue())));
                case GE_PRIVATE -> b.text(0x00430010, "LO", "GEMS_PARM_01")
                    .text(0x00431039, "IS", Long.toString(1_000_000_000L + Math.round(a.bValue())), "8", "0", "0");
                case PHILIPS_PRIVATE -> b.text(0x20010010, "LO", "Philips Imaging DD 001")
                    .binary(0x20011003, "FL", a.bValue());
            }
        }
        return b.put(0x7FE00010, "OW", pixels).build();
    }

    private static DicomElements enhancedDataset(final Spec spec, final Geometry g, final List<AcquisitionParameters> params,
        final List<short[]> volumes, final String slope, final String study, final String series, final String frame,
        final String sop) {
        final double[] dir = g.direction();
        final int n = g.columns() * g.rows();
        final short[] pixels = new short[n * g.slices() * params.size()];
        final List<DicomElements> perFrame = new ArrayList<>();
        int f = 0;
        for (int t = 0; t < params.size(); t++) {
            final AcquisitionParameters a = params.get(t);
            for (int k = 0; k < g.slices(); k++) {
                System.arraycopy(volumes.get(t), k * n, pixels, f * n, n);
                f++;
                final DicomElements.Builder content = DicomElements.builder().binary(0x00209057, "UL", k + 1);
                if (!Double.isNaN(a.temporalPosition())) {
                    content.binary(0x00209128, "UL", a.temporalPosition());
                }
                if (!Double.isNaN(a.acquisitionTime())) {
                    content.text(0x00189074, "DT", "20250101" + clock(a.acquisitionTime() + DCE_SLICE_TIME_STEP * k));
                }
                final DicomElements.Builder item = DicomElements.builder()
                    .sequence(0x00209111, List.of(content.build()))
                    .sequence(0x00209113, List.of(DicomElements.builder().ds(0x00200032, g.indexToPatient(0, 0, k)).build()))
                    .sequence(0x00189114, List.of(DicomElements.builder().binary(0x00189082, "FD", a.echoTime()).build()))
                    .sequence(0x00189112, List.of(DicomElements.builder().ds(0x00180080, a.repetitionTime())
                        .ds(0x00181314, a.flipAngle()).build()));
                if (!Double.isNaN(a.bValue())) {
                    item.sequence(0x00189117, List.of(DicomElements.builder().binary(0x00189087, "FD", a.bValue()).build()));
                }
                if (!Double.isNaN(a.inversionTime())) {
                    item.sequence(0x00189115, List.of(DicomElements.builder().binary(0x00189079, "FD", a.inversionTime())
                        .build()));
                }
                perFrame.add(item.build());
            }
        }
        final DicomElements shared = DicomElements.builder()
            .sequence(0x00209116, List.of(DicomElements.builder()
                .ds(0x00200037, dir[0], dir[1], dir[2], dir[3], dir[4], dir[5]).build()))
            .sequence(0x00289110, List.of(DicomElements.builder().ds(0x00280030, g.spacing()[1], g.spacing()[0])
                .ds(0x00180050, g.spacing()[2]).ds(0x00180088, g.spacing()[2]).build()))
            .sequence(0x00289145, List.of(DicomElements.builder().text(0x00281052, "DS", "0").text(0x00281053, "DS", slope)
                .text(0x00281054, "LO", "US").build()))
            .build();
        final DicomElements.Builder top = DicomElements.builder();
        if (!Double.isNaN(params.get(0).contrastStartTime())) {
            top.text(0x00181042, "TM", clock(params.get(0).contrastStartTime()));
        }
        return top
            .text(0x00080008, "CS", "ORIGINAL", "PRIMARY", "M", "NONE")
            .text(0x00080016, "UI", "1.2.840.10008.5.1.4.1.1.4.1")
            .text(0x00080018, "UI", sop)
            .text(0x00080020, "DA", "20250101")
            .text(0x00080030, "TM", "120000")
            .text(0x00080060, "CS", "MR")
            .text(0x00080070, "LO", "qMRI Nodes synthetic")
            .text(0x0008103E, "LO", spec.protocol().name().toLowerCase(Locale.ROOT) + " synthetic enhanced")
            .text(0x00100010, "PN", "Synthetic^" + spec.patientId())
            .text(0x00100020, "LO", spec.patientId())
            .text(0x0020000D, "UI", study)
            .text(0x0020000E, "UI", series)
            .text(0x00200011, "IS", Integer.toString(100 + spec.protocol().ordinal()))
            .text(0x00200013, "IS", "1")
            .text(0x00200052, "UI", frame)
            .text(0x00280008, "IS", Integer.toString(perFrame.size()))
            .binary(0x00280002, "US", 1)
            .text(0x00280004, "CS", "MONOCHROME2")
            .binary(0x00280010, "US", g.rows())
            .binary(0x00280011, "US", g.columns())
            .binary(0x00280100, "US", 16)
            .binary(0x00280101, "US", 16)
            .binary(0x00280102, "US", 15)
            .binary(0x00280103, "US", 0)
            .sequence(0x52009229, List.of(shared))
            .sequence(0x52009230, perFrame)
            .put(0x7FE00010, "OW", pixels)
            .build();
    }

    private static String manufacturer(final Spec spec) {
        return switch (spec.storage()) {
            case SIEMENS_PRIVATE -> "SIEMENS";
            case GE_PRIVATE -> "GE MEDICAL SYSTEMS";
            case PHILIPS_PRIVATE -> "Philips Medical Systems";
            case STANDARD -> "qMRI Nodes synthetic";
        };
    }
}
