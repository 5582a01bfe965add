package org.qmrinodes.core.dicom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;

/**
 * Finds the MR series under a folder and loads them as {@link Volume}s.
 *
 * <p><b>Scan.</b> Every regular file under the folder (recursively, in name order) is read up to
 * its pixel data. Files that are not DICOM, cannot be read, or hold no image (no Rows, e.g.
 * presentation states) are skipped and listed with the reason; the scan itself never fails on a bad
 * file. Images are grouped by Series Instance UID (0020,000E).
 *
 * <p><b>Volumes.</b> Within a series, slices (single-frame files, frames of enhanced objects,
 * tiles of Siemens mosaics) are grouped by their acquisition key: b-value, diffusion gradient, echo
 * time, inversion time, flip angle, temporal position and the isotropic flag. A key that occurs
 * several times at each slice position (repeated acquisitions) gives several volumes, split in
 * acquisition order (Instance Number, frame). Volumes are ordered by their first acquisition.
 *
 * <p><b>Grid.</b> Slices are placed by their position along the slice normal (the cross product
 * of the row and column directions), never by instance number. All slices must share rows,
 * columns, pixel spacing and orientation; every volume must have a slice at every position; the
 * positions must be evenly spaced (within 1% of the spacing, at least 0.01 mm) and lie on the normal
 * through the first one. Otherwise the series is reported with a problem that says which of these
 * fails and where.
 *
 * <p><b>Pixels.</b> Stored values with Rescale Slope/Intercept (and the Philips scale slope, see
 * {@link DicomSlice#value}) as float; a Siemens mosaic is cut into its tiles.
 */
public final class DicomSeriesReader {

    /** How many skipped file names a warning lists. */
    public static final int WARNING_FILE_NAMES = 5;

    private final DicomToolkit toolkit;

    /** @param toolkit the DICOM toolkit to read files with */
    public DicomSeriesReader(final DicomToolkit toolkit) {
        this.toolkit = toolkit;
    }

    /** @return a reader on PixelMed */
    public static DicomSeriesReader withPixelMed() {
        return new DicomSeriesReader(new PixelMedToolkit());
    }

    /**
     * Scans a folder recursively.
     *
     * @param folder the folder
     * @return the series and the skipped files
     * @throws InvalidDataException when the folder does not exist or cannot be listed
     */
    public DicomScan scan(final Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidDataException(folder + ": not a folder");
        }
        final List<Path> paths;
        try (Stream<Path> s = Files.walk(folder)) {
            paths = s.filter(Files::isRegularFile).sorted().toList();
        } catch (final IOException | UncheckedIOException e) {
            throw new InvalidDataException(folder + ": cannot list the folder: " + e.getMessage());
        }
        final List<SkippedFile> skipped = new ArrayList<>();
        final Map<String, SeriesFiles> bySeries = new LinkedHashMap<>();
        final Map<String, Path> bySopInstance = new HashMap<>();
        for (final Path p : paths) {
            final DicomElements d;
            try {
                d = toolkit.read(p, false);
            } catch (final NotDicomException e) {
                skipped.add(new SkippedFile(p, "not DICOM"));
                continue;
            } catch (final IOException e) {
                skipped.add(new SkippedFile(p, "unreadable: " + e.getMessage()));
                continue;
            }
            final String uid = d.string(0x0020000E);
            if (uid == null) {
                skipped.add(new SkippedFile(p, "no Series Instance UID (0020,000E)"));
                continue;
            }
            final SeriesInfo info;
            try {
                info = DicomHeaders.seriesInfo(p, d);
            } catch (final InvalidDataException e) {
                skipped.add(new SkippedFile(p, e.getMessage()));
                continue;
            }
            final SeriesFiles series = bySeries.computeIfAbsent(uid, k -> new SeriesFiles(info));
            if (!d.has(DicomHeaders.ROWS)) {
                skipped.add(new SkippedFile(p, "no image: no Rows (0028,0010) (SOP Class " + d.string(0x00080016) + ")"));
                series.nonImages++;
                continue;
            }
            if (!d.has(DicomHeaders.PIXEL_DATA) && d.pixelDataLength() == DicomLimits.ABSENT
                && !isStandardImageStorage(d.string(0x00080016))) {
                // e.g. Philips' private "XX" objects, which carry Rows but hold no image
                skipped.add(new SkippedFile(p, "no image: no Pixel Data (7FE0,0010) (SOP Class " + d.string(0x00080016) + ")"));
                series.nonImages++;
                continue;
            }
            final String sop = d.string(0x00080018);
            final Path first = sop == null ? null : bySopInstance.putIfAbsent(sop, p);
            if (first != null) {
                if (sameContent(first, p)) {
                    skipped.add(new SkippedFile(p, "duplicate of " + first + " (same SOP Instance UID " + sop
                        + ", identical content)"));
                    series.duplicates++;
                } else {
                    final String reason = "conflicting files with the same SOP Instance UID (0008,0018) " + sop + ": " + first
                        + " and " + p + " differ";
                    skipped.add(new SkippedFile(p, reason));
                    series.unusable.add(reason);
                }
                continue;
            }
            try {
                DicomHeaders.checkPixelData(p, d);
                series.frames.addAll(DicomHeaders.frames(p, d));
                if (series.map == null) {
                    series.map = ParametricMap.of(p, d, null, d.items(DicomHeaders.SHARED_FG).isEmpty() ? null
                        : d.items(DicomHeaders.SHARED_FG).get(0));
                }
                series.files.add(p);
            } catch (final InvalidDataException e) {
                skipped.add(new SkippedFile(p, e.getMessage()));
                series.unusable.add(e.getMessage());
            } catch (final IllegalArgumentException | IndexOutOfBoundsException e) {
                // geometry that cannot be used (e.g. parallel row and column directions)
                final String reason = p + ": unusable header: " + e.getMessage();
                skipped.add(new SkippedFile(p, reason));
                series.unusable.add(reason);
            }
        }
        final List<DicomSeries> series = new ArrayList<>();
        for (final SeriesFiles f : bySeries.values()) {
            if (!f.frames.isEmpty() || !f.unusable.isEmpty()) {
                series.add(assemble(f));
            }
        }
        series.sort(Comparator.comparing((DicomSeries s) -> s.info().patientId())
            .thenComparing(s -> s.info().studyUid())
            .thenComparing(s -> s.info().seriesNumber() == null ? Integer.MAX_VALUE : s.info().seriesNumber())
            .thenComparing(s -> s.info().seriesUid()));
        final List<String> warnings = new ArrayList<>();
        if (!skipped.isEmpty()) {
            final List<String> names = skipped.stream().limit(WARNING_FILE_NAMES).map(s -> s.file().toString()).toList();
            warnings.add("skipped " + skipped.size() + " of " + paths.size() + " files under " + folder + " (first: "
                + String.join(", ", names) + (skipped.size() > names.size() ? ", ..." : "") + ")");
        }
        for (final DicomSeries s : series) {
            if (s.problem() != null) {
                warnings.add("series " + s.info().seriesUid() + ": " + s.problem());
            }
            for (final String note : s.notes()) {
                warnings.add("series " + s.info().seriesUid() + ": " + note);
            }
        }
        return new DicomScan(series, skipped, warnings);
    }

    /** What the scan collects of one series. */
    private static final class SeriesFiles {
        private final SeriesInfo info;
        private final List<FrameHeader> frames = new ArrayList<>();
        private final List<Path> files = new ArrayList<>();
        private final List<String> unusable = new ArrayList<>();
        private int nonImages;
        private int duplicates;
        private ParametricMap map;

        private SeriesFiles(final SeriesInfo info) {
            this.info = info;
        }
    }

    /** @return whether a SOP Class UID is a standard (non-private) storage class */
    private static boolean isStandardImageStorage(final String sopClass) {
        return sopClass != null && sopClass.startsWith("1.2.840.10008.5.1.4.1.1.");
    }

    private static boolean sameContent(final Path a, final Path b) {
        try {
            return Files.mismatch(a, b) == -1;
        } catch (final IOException e) {
            return false;
        }
    }

    /** Builds the volume layout of a series, or a series with a problem. */
    private static DicomSeries assemble(final SeriesFiles f) {
        final int skipped = f.nonImages + f.duplicates + f.unusable.size();
        final List<String> notes = new ArrayList<>();
        if (f.duplicates > 0) {
            notes.add(f.duplicates + " duplicate file" + (f.duplicates == 1 ? "" : "s")
                + " (same SOP Instance UID, identical content) collapsed");
        }
        if (!f.unusable.isEmpty()) {
            final String problem = f.unusable.size() + " of " + (f.unusable.size() + f.files.size()) + " image files"
                + " unusable (first: " + f.unusable.get(0) + ")";
            return new DicomSeries(f.info, null, List.of(), List.of(), f.files, skipped, problem, notes, f.map);
        }
        if (f.map != null && f.map.isMap()) {
            notes.add(f.map.parameter() + " map" + (f.map.units().isEmpty() ? " (units not stated by the files)"
                : " in " + f.map.units()) + (f.map.realWorld() ? "; values from the Real World Value Mapping (0040,9096),"
                + " slope " + f.map.realWorldSlope() + ", intercept " + f.map.realWorldIntercept() : "; values from Rescale"
                + " Slope/Intercept"));
        }
        try {
            final List<FrameHeader> frames = DiffusionConventions.apply(f.frames, notes);
            final Layout layout = layout(frames);
            return new DicomSeries(f.info, layout.geometry, layout.parameters, layout.slices, f.files, skipped, null, notes, f.map);
        } catch (final InvalidDataException e) {
            return new DicomSeries(f.info, null, List.of(), List.of(), f.files, skipped, e.getMessage(), notes, f.map);
        } catch (final IllegalArgumentException e) {
            return new DicomSeries(f.info, null, List.of(), List.of(), f.files, skipped, "unusable geometry: " + e.getMessage(),
                notes, f.map);
        }
    }

    private record Layout(Geometry geometry, List<AcquisitionParameters> parameters, List<List<DicomSlice>> slices) {
    }

    private static Layout layout(final List<FrameHeader> frames) {
        final FrameHeader f0 = frames.get(0);
        for (final FrameHeader f : frames) {
            if (f.rows() != f0.rows() || f.columns() != f0.columns()) {
                throw new InvalidDataException("mixed image sizes: " + f0.slice().file().getFileName() + " is " + f0.columns()
                    + "x" + f0.rows() + ", " + f.slice().file().getFileName() + " " + f.columns() + "x" + f.rows());
            }
            if (maxDiff(f.orientation(), f0.orientation()) > 1e-3) {
                throw new InvalidDataException("mixed orientations: Image Orientation (Patient) (0020,0037) of "
                    + f.slice().file().getFileName() + " differs from " + f0.slice().file().getFileName());
            }
            if (maxDiff(f.pixelSpacing(), f0.pixelSpacing()) > 1e-3) {
                throw new InvalidDataException("mixed Pixel Spacing (0028,0030): " + f.slice().file().getFileName());
            }
        }
        final double[] normal = DicomHeaders.cross(f0.orientation());
        // distinct slice positions along the normal
        final List<FrameHeader> byPosition = new ArrayList<>(frames);
        byPosition.sort(Comparator.comparingDouble(f -> DicomHeaders.dot(f.position(), normal)));
        final List<Double> positions = new ArrayList<>();
        final List<double[]> points = new ArrayList<>();
        final double tolerance = 0.01;
        for (final FrameHeader f : byPosition) {
            final double d = DicomHeaders.dot(f.position(), normal);
            if (positions.isEmpty() || d - positions.get(positions.size() - 1) > tolerance) {
                positions.add(d);
                points.add(f.position());
            }
        }
        final double spacing = checkSpacing(positions, points, normal, f0);
        // volumes: acquisition key, then repetition at each position
        final Map<String, List<FrameHeader>> byKey = new LinkedHashMap<>();
        for (final FrameHeader f : frames) {
            byKey.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        }
        final List<FrameHeader[]> volumes = new ArrayList<>();
        for (final Map.Entry<String, List<FrameHeader>> e : byKey.entrySet()) {
            final TreeMap<Integer, List<FrameHeader>> atPosition = new TreeMap<>();
            for (final FrameHeader f : e.getValue()) {
                atPosition.computeIfAbsent(positionIndex(positions, DicomHeaders.dot(f.position(), normal), tolerance),
                    k -> new ArrayList<>()).add(f);
            }
            int repeats = -1;
            for (int k = 0; k < positions.size(); k++) {
                final List<FrameHeader> at = atPosition.get(k);
                if (at == null) {
                    throw new InvalidDataException("missing slice: no image of volume " + describe(e.getValue().get(0))
                        + " at position " + round(positions.get(k)) + " mm along the slice normal (slice " + (k + 1) + " of "
                        + positions.size() + ")");
                }
                if (repeats >= 0 && at.size() != repeats) {
                    throw new InvalidDataException("missing slice: volume " + describe(at.get(0)) + " has " + at.size()
                        + " images at position " + round(positions.get(k)) + " mm but " + repeats + " at others");
                }
                repeats = at.size();
                at.sort(Comparator.comparingLong(FrameHeader::order));
            }
            for (int r = 0; r < repeats; r++) {
                final FrameHeader[] v = new FrameHeader[positions.size()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = atPosition.get(k).get(r);
                }
                volumes.add(v);
            }
        }
        volumes.sort(Comparator.comparingLong(v -> minOrder(v)));
        final List<AcquisitionParameters> parameters = new ArrayList<>();
        final List<List<DicomSlice>> slices = new ArrayList<>();
        for (final FrameHeader[] v : volumes) {
            parameters.add(withEarliestTime(v));
            final List<DicomSlice> s = new ArrayList<>();
            for (final FrameHeader f : v) {
                s.add(f.slice());
            }
            slices.add(s);
        }
        return new Layout(DicomHeaders.grid(f0, positions.size(), points.get(0), spacing, normal), parameters, slices);
    }

    private static double checkSpacing(final List<Double> positions, final List<double[]> points, final double[] normal,
        final FrameHeader f0) {
        if (positions.size() == 1) {
            return f0.thickness() > 0 ? f0.thickness() : 1.0;
        }
        final double[] steps = new double[positions.size() - 1];
        for (int k = 1; k < positions.size(); k++) {
            steps[k - 1] = positions.get(k) - positions.get(k - 1);
        }
        final double[] sorted = steps.clone();
        java.util.Arrays.sort(sorted);
        final double nominal = sorted[sorted.length / 2];
        final double tol = Math.max(0.01, 0.01 * nominal);
        for (int k = 1; k < positions.size(); k++) {
            final double step = steps[k - 1];
            if (Math.abs(step - nominal) > tol) {
                throw new InvalidDataException("varying slice spacing: " + round(step) + " mm between slices " + k + " and "
                    + (k + 1) + " (at " + round(positions.get(k - 1)) + " and " + round(positions.get(k))
                    + " mm along the normal), " + round(nominal) + " mm elsewhere"
                    + (step > 1.5 * nominal ? " (a missing slice?)" : ""));
            }
            final double[] p0 = points.get(0);
            final double[] p = points.get(k);
            final double along = positions.get(k) - positions.get(0);
            double off = 0;
            for (int a = 0; a < 3; a++) {
                final double d = p[a] - p0[a] - along * normal[a];
                off += d * d;
            }
            if (Math.sqrt(off) > Math.max(0.1, 0.05 * nominal)) {
                throw new InvalidDataException("slice " + (k + 1) + " is shifted " + round(Math.sqrt(off))
                    + " mm sideways from the stack's normal (tilted or mixed stacks are not supported)");
            }
        }
        return (positions.get(positions.size() - 1) - positions.get(0)) / (positions.size() - 1);
    }

    /** The first image's parameters, with the earliest acquisition time of the volume's images. */
    private static AcquisitionParameters withEarliestTime(final FrameHeader[] v) {
        final AcquisitionParameters p = v[0].parameters();
        double earliest = Double.NaN;
        for (final FrameHeader f : v) {
            final double t = f.parameters().acquisitionTime();
            if (!Double.isNaN(t) && !(t >= earliest)) {
                earliest = t;
            }
        }
        return p.withTimes(earliest, p.contrastStartTime());
    }

    private static long minOrder(final FrameHeader[] v) {
        long m = Long.MAX_VALUE;
        for (final FrameHeader f : v) {
            m = Math.min(m, f.order());
        }
        return m;
    }

    private static int positionIndex(final List<Double> positions, final double d, final double tolerance) {
        for (int k = 0; k < positions.size(); k++) {
            if (Math.abs(positions.get(k) - d) <= tolerance + 1e-9) {
                return k;
            }
        }
        // a frame lies between two clustered positions only when clustering merged it; use the nearest
        int best = 0;
        for (int k = 1; k < positions.size(); k++) {
            if (Math.abs(positions.get(k) - d) < Math.abs(positions.get(best) - d)) {
                best = k;
            }
        }
        return best;
    }

    private static String key(final FrameHeader f) {
        final AcquisitionParameters p = f.parameters();
        final StringBuilder b = new StringBuilder();
        for (final double v : new double[] {p.bValue(), p.echoTime(), p.inversionTime(), p.flipAngle(), p.temporalPosition()}) {
            b.append(Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v)).append('|');
        }
        if (f.gradient() != null) {
            for (final double g : f.gradient()) {
                b.append(String.format(Locale.ROOT, "%.4f", g)).append(',');
            }
        }
        return b.append(p.isotropic()).toString();
    }

    private static String describe(final FrameHeader f) {
        final AcquisitionParameters p = f.parameters();
        final List<String> parts = new ArrayList<>();
        if (!Double.isNaN(p.bValue())) {
            parts.add("b=" + round(p.bValue()));
        }
        if (!Double.isNaN(p.echoTime())) {
            parts.add("TE=" + round(p.echoTime()));
        }
        if (!Double.isNaN(p.inversionTime())) {
            parts.add("TI=" + round(p.inversionTime()));
        }
        if (!Double.isNaN(p.flipAngle())) {
            parts.add("FA=" + round(p.flipAngle()));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static String round(final double v) {
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static double maxDiff(final double[] a, final double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    /**
     * Loads the voxels of a series. Each file is read once; only one file's pixels are held besides
     * the volume.
     *
     * @param series a series from {@link #scan}
     * @return the volume stack
     * @throws InvalidDataException when the series has a problem, a file cannot be read or its pixel
     *         data do not match its header (the message names the file and element)
     */
    public Volume load(final DicomSeries series) {
        if (series.problem() != null) {
            throw new InvalidDataException("series " + series.info().seriesUid() + ": " + series.problem());
        }
        final Geometry g = series.geometry();
        final Volume.Builder builder;
        try {
            builder = Volume.builder(g, series.volumes());
        } catch (final IllegalArgumentException e) {
            throw new InvalidDataException("series " + series.info().seriesUid() + ": " + e.getMessage());
        }
        final Map<Path, List<int[]>> byFile = new LinkedHashMap<>();
        for (int v = 0; v < series.slices().size(); v++) {
            for (int k = 0; k < g.slices(); k++) {
                byFile.computeIfAbsent(series.slices().get(v).get(k).file(), x -> new ArrayList<>()).add(new int[] {v, k});
            }
        }
        for (final Map.Entry<Path, List<int[]>> e : byFile.entrySet()) {
            final DicomElements d;
            try {
                d = toolkit.read(e.getKey(), true);
            } catch (final IOException ex) {
                throw new InvalidDataException(ex.getMessage());
            }
            final PixelDecoder pixels = new PixelDecoder(e.getKey(), d);
            for (final int[] vk : e.getValue()) {
                final DicomSlice s = series.slices().get(vk[0]).get(vk[1]);
                builder.setSlice(vk[1], vk[0], pixels.slice(s, g.columns(), g.rows()));
            }
        }
        return builder.build();
    }
}
