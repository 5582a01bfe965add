package org.qmrinodes.core.dicom;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;

/**
 * Turns one file's data set into the slices it holds, with positions and acquisition parameters,
 * following the vendors' conventions:
 * <ul>
 * <li>b-value: (0018,9087) (also inside the MR Diffusion Sequence of enhanced objects); Siemens
 * (0019,xx0C) of "SIEMENS MR HEADER", then B_value of the CSA image header; GE (0043,xx39) of
 * "GEMS_PARM_01", first value, minus 10⁹ when it carries that offset; Philips (2001,xx03) of
 * "Philips Imaging DD 001".</li>
 * <li>Siemens mosaic (Image Type contains MOSAIC): Number Of Images In Mosaic (0019,xx0A) tiles of
 * a square grid; the Image Position (Patient) of the file is that of the whole mosaic, so the first
 * tile is at {@code IPP + R·Δc·(C − c)/2 + C'·Δr·(R − r)/2} (mosaic size R×C, tile r×c, R and C'
 * the row and column direction), and tile k is k slice spacings further along the CSA
 * SliceNormalVector (the normal of the orientation when absent).</li>
 * <li>Enhanced multi-frame: each frame's position, orientation, spacing, rescale and MR parameters
 * from its Per-frame Functional Groups (5200,9230) item, else from the Shared ones (5200,9229).</li>
 * </ul>
 */
final class DicomHeaders {

    static final int ROWS = 0x00280010;
    static final int COLUMNS = 0x00280011;
    static final int PIXEL_DATA = 0x7FE00010;
    private static final int IMAGE_TYPE = 0x00080008;
    private static final int IPP = 0x00200032;
    private static final int IOP = 0x00200037;
    private static final int PIXEL_SPACING = 0x00280030;
    private static final int SLICE_THICKNESS = 0x00180050;
    private static final int SPACING_BETWEEN_SLICES = 0x00180088;
    private static final int INSTANCE_NUMBER = 0x00200013;
    private static final int NUMBER_OF_FRAMES = 0x00280008;
    private static final int RESCALE_SLOPE = 0x00281053;
    private static final int RESCALE_INTERCEPT = 0x00281052;
    private static final int ECHO_TIME = 0x00180081;
    private static final int INVERSION_TIME = 0x00180082;
    private static final int REPETITION_TIME = 0x00180080;
    private static final int FLIP_ANGLE = 0x00181314;
    private static final int TEMPORAL_POSITION = 0x00200100;
    private static final int ACQUISITION_TIME = 0x00080032;
    private static final int ACQUISITION_DATETIME = 0x0008002A;
    private static final int FRAME_ACQUISITION_DATETIME = 0x00189074;
    private static final int CONTRAST_START_TIME = 0x00181042;
    private static final int B_VALUE = 0x00189087;
    private static final int DIFFUSION_DIRECTIONALITY = 0x00189075;
    private static final int GRADIENT = 0x00189089;
    static final int SHARED_FG = 0x52009229;
    private static final int PER_FRAME_FG = 0x52009230;
    private static final int MAX_FRAMES = 100_000;
    /** Largest pixel or slice spacing accepted, mm. */
    static final double MAX_SPACING_MM = 1000;
    /** b-values below this (s/mm²) are b = 0 images. */
    static final double ZERO_B = 1e-4;
    /** Largest distance of an image position from the patient origin accepted, mm. */
    static final double MAX_POSITION_MM = 1e6;

    private DicomHeaders() {
    }

    /**
     * @param file the file (for messages)
     * @param d its data set
     * @return the identifying attributes of its series
     */
    static SeriesInfo seriesInfo(final Path file, final DicomElements d) {
        final String number = d.string(0x00200011);
        Integer n = null;
        if (number != null) {
            try {
                n = (int) Double.parseDouble(number);
            } catch (final NumberFormatException e) {
                throw new InvalidDataException(file + ": Series Number (0020,0011) is not a number: '" + number + "'");
            }
        }
        return new SeriesInfo(orEmpty(d.string(0x00100020)), orEmpty(d.string(0x0020000D)), d.string(0x0020000E), n,
            orEmpty(d.string(0x0008103E)), orEmpty(d.string(0x00080060)), orEmpty(d.string(0x00080070)));
    }

    private static String orEmpty(final String s) {
        return s == null ? "" : s;
    }

    /**
     * @param file the file
     * @param d its data set (pixel data need not be read)
     * @return its slices
     * @throws InvalidDataException naming file and element when a needed attribute is missing or bad
     */
    static List<FrameHeader> frames(final Path file, final DicomElements d) {
        try {
            final int rows = positiveInt(file, d, ROWS, "Rows");
            final int columns = positiveInt(file, d, COLUMNS, "Columns");
            final double samples = d.number(0x00280002);
            if (!Double.isNaN(samples) && samples != 1) {
                throw new InvalidDataException(file + ": Samples per Pixel (0028,0002) is " + (int) samples
                    + "; only single-channel (grey-level) images are supported");
            }
            final double frames = d.number(NUMBER_OF_FRAMES);
            if (d.has(PER_FRAME_FG) || (!Double.isNaN(frames) && frames > 1)) {
                return multiFrame(file, d, rows, columns, frames);
            }
            final int tiles = mosaicTiles(file, d);
            return tiles > 0 ? mosaic(file, d, rows, columns, tiles) : List.of(single(file, d, rows, columns));
        } catch (final NumberFormatException e) {
            throw new InvalidDataException(file + ": a numeric attribute holds text that is not a number: " + e.getMessage());
        }
    }

    /**
     * Checks, from the header alone, that the file's pixel data can be decoded: Pixel Data
     * (7FE0,0010) present, Bits Allocated (0028,0100) 8 or 16, Bits Stored (0028,0101) between 1 and
     * Bits Allocated, a transfer syntax {@link PixelDecoder} reads, and — for uncompressed data —
     * at least Rows × Columns × frames values.
     *
     * @param file the file (for messages)
     * @param d its data set, read with or without pixels
     * @throws InvalidDataException naming the file and element otherwise
     */
    static void checkPixelData(final Path file, final DicomElements d) {
        final long declared = d.has(PIXEL_DATA) ? 0 : d.pixelDataLength();
        if (!d.has(PIXEL_DATA) && declared == DicomLimits.ABSENT) {
            throw new InvalidDataException(file + ": no Pixel Data (7FE0,0010)");
        }
        final double allocated = d.number(0x00280100);
        if (!(allocated == 8 || allocated == 16)) {
            throw new InvalidDataException(file + ": Bits Allocated (0028,0100) " + number(allocated)
                + " is not supported (8 or 16)");
        }
        final double stored = d.number(0x00280101);
        if (!Double.isNaN(stored) && !(stored >= 1 && stored <= allocated)) {
            throw new InvalidDataException(file + ": Bits Stored (0028,0101) " + number(stored)
                + " does not fit Bits Allocated " + (int) allocated);
        }
        final String ts = d.string(0x00020010);
        PixelDecoder.checkTransferSyntax(file, ts);
        if (!d.has(PIXEL_DATA) && declared >= 0 && PixelDecoder.isCompressed(ts)) {
            throw new InvalidDataException(file + ": Transfer Syntax UID (0002,0010) " + ts + " says the pixel data are"
                + " compressed, but Pixel Data (7FE0,0010) is not encapsulated (damaged or mislabelled file)");
        }
        if (!d.has(PIXEL_DATA) && declared >= 0 && !PixelDecoder.isCompressed(ts)) {
            final double frames = d.number(NUMBER_OF_FRAMES);
            final long needed = (long) d.number(ROWS) * (long) d.number(COLUMNS) * (Double.isNaN(frames) ? 1 : (long) frames)
                * ((int) allocated / 8);
            if (declared < needed) {
                throw new InvalidDataException(file + ": Pixel Data (7FE0,0010) holds " + declared + " bytes; "
                    + (long) d.number(COLUMNS) + "x" + (long) d.number(ROWS) + (Double.isNaN(frames) ? "" : "x" + (long) frames)
                    + " pixels of " + (int) allocated + " bits need " + needed);
            }
        }
    }

    private static String number(final double v) {
        return Double.isNaN(v) ? "(missing)" : v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static int positiveInt(final Path file, final DicomElements d, final int tag, final String name) {
        final double v = d.number(tag);
        if (Double.isNaN(v) || v < 1 || v > 65535) {
            throw new InvalidDataException(file + ": " + name + " " + DicomLimits.name(tag) + " is missing or invalid");
        }
        return (int) v;
    }

    private static double[] vector(final Path file, final DicomElements d, final int tag, final int n, final String name) {
        final double[] v = d.numbers(tag);
        if (v.length != n) {
            throw new InvalidDataException(file + ": " + name + " " + DicomLimits.name(tag) + " needs " + n + " values, has "
                + v.length);
        }
        return finite(file, v, tag, name);
    }

    private static double[] finite(final Path file, final double[] v, final int tag, final String name) {
        for (final double x : v) {
            if (!Double.isFinite(x)) {
                throw new InvalidDataException(file + ": " + name + " " + DicomLimits.name(tag) + " " + Arrays.toString(v)
                    + " is not a finite number");
            }
        }
        return v;
    }

    /**
     * Checks a Pixel Spacing: both values in (0, {@value #MAX_SPACING_MM}] mm, so that a geometry built
     * from it is usable and its NIfTI pixdim finite.
     */
    private static double[] pixelSpacing(final Path file, final double[] ps) {
        for (final double x : ps) {
            if (!(x > 0 && x <= MAX_SPACING_MM)) {
                throw new InvalidDataException(file + ": Pixel Spacing " + DicomLimits.name(PIXEL_SPACING) + " "
                    + Arrays.toString(ps) + " is not in (0, " + (int) MAX_SPACING_MM + "] mm");
            }
        }
        return ps;
    }

    /** Checks an Image Position (Patient): finite and within {@value #MAX_POSITION_MM} mm of the origin. */
    private static double[] position(final Path file, final double[] ipp) {
        for (final double x : ipp) {
            if (!(Math.abs(x) <= MAX_POSITION_MM)) {
                throw new InvalidDataException(file + ": Image Position (Patient) " + DicomLimits.name(IPP) + " "
                    + Arrays.toString(ipp) + " lies more than " + (long) MAX_POSITION_MM + " mm from the origin");
            }
        }
        return ipp;
    }

    /**
     * Rescale Slope or Intercept: the default when the element is absent; a present but empty or
     * non-numeric value, a non-finite value or a slope of 0 is an error of the file (using the default
     * would silently change every value of that image relative to the others).
     */
    private static double rescale(final Path file, final DicomElements d, final int tag, final double dflt) {
        if (!d.has(tag)) {
            return dflt;
        }
        return checkRescale(file, d.numbers(tag), tag);
    }

    private static double checkRescale(final Path file, final double[] values, final int tag) {
        final String name = tag == RESCALE_SLOPE ? "Rescale Slope" : "Rescale Intercept";
        if (values.length == 0) {
            throw new InvalidDataException(file + ": " + name + " " + DicomLimits.name(tag) + " is present but empty");
        }
        final double v = values[0];
        if (!Double.isFinite(v) || (tag == RESCALE_SLOPE && v == 0)) {
            throw new InvalidDataException(file + ": " + name + " " + DicomLimits.name(tag) + " is " + v
                + (tag == RESCALE_SLOPE ? "; it must be a finite, non-zero number" : "; it must be a finite number"));
        }
        return v;
    }

    /** Checks that the row and column directions are unit vectors at right angles. */
    private static double[] orientation(final Path file, final double[] iop) {
        final double row = Math.sqrt(iop[0] * iop[0] + iop[1] * iop[1] + iop[2] * iop[2]);
        final double col = Math.sqrt(iop[3] * iop[3] + iop[4] * iop[4] + iop[5] * iop[5]);
        final double cos = iop[0] * iop[3] + iop[1] * iop[4] + iop[2] * iop[5];
        if (!(Math.abs(row - 1) <= 0.01 && Math.abs(col - 1) <= 0.01 && Math.abs(cos) <= 0.01)) {
            throw new InvalidDataException(file + ": Image Orientation (Patient) (0020,0037) " + Arrays.toString(iop)
                + " is not two perpendicular unit vectors");
        }
        return iop;
    }

    private static FrameHeader single(final Path file, final DicomElements d, final int rows, final int columns) {
        final double[] ipp = position(file, vector(file, d, IPP, 3, "Image Position (Patient)"));
        final double[] iop = orientation(file, vector(file, d, IOP, 6, "Image Orientation (Patient)"));
        final double[] ps = pixelSpacing(file, vector(file, d, PIXEL_SPACING, 2, "Pixel Spacing"));
        final ParametricMap map = ParametricMap.of(file, d, null, null);
        final DicomSlice slice = map.realWorld() ? new DicomSlice(file, 0, -1, map.realWorldSlope(),
            map.realWorldIntercept(), Double.NaN) : new DicomSlice(file, 0, -1, rescale(file, d, RESCALE_SLOPE, 1),
            rescale(file, d, RESCALE_INTERCEPT, 0), philipsScaleSlope(d));
        return new FrameHeader(slice, ipp, iop, ps, rows, columns, parameters(file, d, null, null), gradient(d, null),
            order(d, 0), thickness(d));
    }

    /** Spacing Between Slices, else Slice Thickness; NaN when neither is in (0, {@value #MAX_SPACING_MM}] mm. */
    private static double thickness(final DicomElements d) {
        final double s = d.number(SPACING_BETWEEN_SLICES);
        return usableSpacing(s) ? s : usableSpacing(d.number(SLICE_THICKNESS)) ? d.number(SLICE_THICKNESS) : Double.NaN;
    }

    private static boolean usableSpacing(final double s) {
        return s > 0 && s <= MAX_SPACING_MM;
    }

    private static long order(final DicomElements d, final int sub) {
        final double n = d.number(INSTANCE_NUMBER);
        return (Double.isNaN(n) ? 0L : (long) n) * MAX_FRAMES + sub;
    }


    // ---- Siemens mosaic

    private static int mosaicTiles(final Path file, final DicomElements d) {
        final boolean mosaic = Arrays.stream(d.strings(IMAGE_TYPE)).anyMatch(s -> s.trim().equalsIgnoreCase("MOSAIC"));
        if (!mosaic) {
            return 0;
        }
        final int tag = d.privateTag(0x0019, "SIEMENS MR HEADER", 0x0A);
        double n = tag < 0 ? Double.NaN : d.number(tag);
        if (Double.isNaN(n)) {
            final CsaHeader csa = csa(file, d);
            final double[] c = csa == null ? new double[0] : csa.numbers("NumberOfImagesInMosaic");
            n = c.length > 0 ? c[0] : Double.NaN;
        }
        if (Double.isNaN(n) || n < 1 || n > 4096) {
            throw new InvalidDataException(file + ": mosaic image without a valid NumberOfImagesInMosaic (0019,xx0A)");
        }
        return (int) n;
    }

    private static List<FrameHeader> mosaic(final Path file, final DicomElements d, final int mosaicRows,
        final int mosaicColumns, final int tiles) {
        final int perRow = (int) Math.ceil(Math.sqrt(tiles));
        if (mosaicRows % perRow != 0 || mosaicColumns % perRow != 0) {
            throw new InvalidDataException(file + ": mosaic " + mosaicColumns + "x" + mosaicRows + " cannot hold " + tiles
                + " tiles in a " + perRow + "x" + perRow + " grid (NumberOfImagesInMosaic (0019,xx0A))");
        }
        final int rows = mosaicRows / perRow;
        final int columns = mosaicColumns / perRow;
        final double[] ipp = position(file, vector(file, d, IPP, 3, "Image Position (Patient)"));
        final double[] iop = orientation(file, vector(file, d, IOP, 6, "Image Orientation (Patient)"));
        final double[] ps = pixelSpacing(file, vector(file, d, PIXEL_SPACING, 2, "Pixel Spacing"));
        final CsaHeader csa = csa(file, d);
        double[] normal = csa == null ? new double[0] : csa.numbers("SliceNormalVector");
        if (normal.length != 3 || !(Double.isFinite(normal[0] + normal[1] + normal[2]))) {
            normal = cross(iop);
        }
        final double spacing = thickness(d);
        if (!(spacing > 0) && tiles > 1) {
            throw new InvalidDataException(file + ": mosaic without Spacing Between Slices (0018,0088) or Slice Thickness"
                + " (0018,0050)");
        }
        final double[] first = new double[3];
        for (int a = 0; a < 3; a++) {
            first[a] = ipp[a] + iop[a] * ps[1] * (mosaicColumns - columns) / 2.0
                + iop[3 + a] * ps[0] * (mosaicRows - rows) / 2.0;
        }
        final AcquisitionParameters p = parameters(file, d, null, null);
        final double[] g = gradient(d, null);
        final double slope = rescale(file, d, RESCALE_SLOPE, 1);
        final double intercept = rescale(file, d, RESCALE_INTERCEPT, 0);
        final List<FrameHeader> out = new ArrayList<>(tiles);
        for (int k = 0; k < tiles; k++) {
            final double[] pos = new double[3];
            for (int a = 0; a < 3; a++) {
                pos[a] = first[a] + k * spacing * normal[a];
            }
            final DicomSlice slice = new DicomSlice(file, 0, k, slope, intercept, Double.NaN);
            out.add(new FrameHeader(slice, pos, iop, ps, rows, columns, p, g, order(d, k), spacing));
        }
        return out;
    }

    /** @return the mosaic tile size {rows, columns} of a mosaic file, for the pixel decoder */
    static int[] tileGrid(final int mosaicRows, final int mosaicColumns, final int tiles) {
        final int perRow = (int) Math.ceil(Math.sqrt(tiles));
        return new int[] {mosaicRows / perRow, mosaicColumns / perRow, perRow};
    }

    private static CsaHeader csa(final Path file, final DicomElements d) {
        final int tag = d.privateTag(0x0029, "SIEMENS CSA HEADER", 0x10);
        final byte[] bytes = tag < 0 ? null : d.bytes(tag);
        if (bytes == null) {
            return null;
        }
        try {
            return CsaHeader.parse(bytes);
        } catch (final IllegalArgumentException e) {
            throw new InvalidDataException(file + ": Siemens CSA image header " + DicomLimits.name(tag) + ": " + e.getMessage());
        }
    }

    static double dot(final double[] a, final double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    /**
     * The grid of a stack of slices like {@code f}: its size, pixel spacing and orientation, the
     * given number of slices from {@code origin} along {@code normal}.
     */
    static Geometry grid(final FrameHeader f, final int slices, final double[] origin, final double sliceSpacing,
        final double[] normal) {
        final double[] o = f.orientation();
        return new Geometry(f.columns(), f.rows(), slices, origin,
            new double[] {f.pixelSpacing()[1], f.pixelSpacing()[0], sliceSpacing},
            new double[] {o[0], o[1], o[2], o[3], o[4], o[5], normal[0], normal[1], normal[2]});
    }

    static double[] cross(final double[] iop) {
        final double[] n = {iop[1] * iop[5] - iop[2] * iop[4], iop[2] * iop[3] - iop[0] * iop[5],
            iop[0] * iop[4] - iop[1] * iop[3]};
        final double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        if (!(len > 1e-6)) {
            throw new IllegalArgumentException("row and column directions are parallel");
        }
        return new double[] {n[0] / len, n[1] / len, n[2] / len};
    }

    // ---- enhanced multi-frame

    private static List<FrameHeader> multiFrame(final Path file, final DicomElements d, final int rows, final int columns,
        final double declaredFrames) {
        final List<DicomElements> perFrame = d.items(PER_FRAME_FG);
        final int frames = Double.isNaN(declaredFrames) ? perFrame.size() : (int) declaredFrames;
        if (frames < 1 || frames > MAX_FRAMES) {
            throw new InvalidDataException(file + ": Number of Frames (0028,0008) " + frames + " is out of range");
        }
        if (!perFrame.isEmpty() && perFrame.size() != frames) {
            throw new InvalidDataException(file + ": Per-frame Functional Groups (5200,9230) has " + perFrame.size()
                + " items for " + frames + " frames");
        }
        final DicomElements shared = d.items(SHARED_FG).isEmpty() ? null : d.items(SHARED_FG).get(0);
        final List<FrameHeader> out = new ArrayList<>(frames);
        for (int f = 0; f < frames; f++) {
            final DicomElements item = perFrame.isEmpty() ? null : perFrame.get(f);
            final double[] ipp = position(file, group(file, d, item, shared, 0x00209113, IPP, 3, "Image Position (Patient)"));
            final double[] iop = orientation(file, group(file, d, item, shared, 0x00209116, IOP, 6, "Image Orientation (Patient)"));
            final double[] ps = pixelSpacing(file, group(file, d, item, shared, 0x00289110, PIXEL_SPACING, 2, "Pixel Spacing"));
            final double[] slope = find(d, item, shared, 0x00289145, RESCALE_SLOPE);
            final double[] intercept = find(d, item, shared, 0x00289145, RESCALE_INTERCEPT);
            final ParametricMap map = ParametricMap.of(file, d, item, shared);
            final DicomSlice slice = map.realWorld() ? new DicomSlice(file, f, -1, map.realWorldSlope(),
                map.realWorldIntercept(), Double.NaN) : new DicomSlice(file, f, -1,
                slope.length > 0 ? checkRescale(file, slope, RESCALE_SLOPE) : rescale(file, d, RESCALE_SLOPE, 1),
                intercept.length > 0 ? checkRescale(file, intercept, RESCALE_INTERCEPT)
                    : rescale(file, d, RESCALE_INTERCEPT, 0), philipsScaleSlope(d));
            final double[] thick = find(d, item, shared, 0x00289110, SPACING_BETWEEN_SLICES);
            final double[] thin = find(d, item, shared, 0x00289110, SLICE_THICKNESS);
            final double t = thick.length > 0 && usableSpacing(thick[0]) ? thick[0]
                : thin.length > 0 && usableSpacing(thin[0]) ? thin[0] : Double.NaN;
            out.add(new FrameHeader(slice, ipp, iop, ps, rows, columns, parameters(file, d, item, shared), gradient(d, item),
                order(d, f), t));
        }
        return out;
    }

    private static double[] group(final Path file, final DicomElements d, final DicomElements item,
        final DicomElements shared, final int sequence, final int tag, final int n, final String name) {
        final double[] v = find(d, item, shared, sequence, tag);
        if (v.length != n) {
            throw new InvalidDataException(file + ": " + name + " " + DicomLimits.name(tag) + " missing in the functional"
                + " group " + DicomLimits.name(sequence));
        }
        return v;
    }

    /** A value from the frame's functional group, else the shared group, else the top level. */
    private static double[] find(final DicomElements top, final DicomElements item, final DicomElements shared,
        final int sequence, final int tag) {
        for (final DicomElements g : new DicomElements[] {item, shared}) {
            if (g != null) {
                for (final DicomElements s : g.items(sequence)) {
                    final double[] v = s.numbers(tag);
                    if (v.length > 0) {
                        return v;
                    }
                }
            }
        }
        return top.numbers(tag);
    }

    // ---- acquisition parameters

    private static AcquisitionParameters parameters(final Path file, final DicomElements d, final DicomElements item,
        final DicomElements shared) {
        final double b = bValue(file, d, item, shared);
        final double te = first(find(d, item, shared, 0x00189114, 0x00189082), d.number(ECHO_TIME));
        final double ti = first(find(d, item, shared, 0x00189115, 0x00189079), d.number(INVERSION_TIME));
        final double tr = first(find(d, item, shared, 0x00189112, REPETITION_TIME), Double.NaN);
        final double fa = first(find(d, item, shared, 0x00189112, FLIP_ANGLE), Double.NaN);
        final double tp = first(find(d, item, shared, 0x00209111, 0x00209128), d.number(TEMPORAL_POSITION));
        return new AcquisitionParameters(b, te, ti, fa, tr, tp, isotropic(d, item, b), acquisitionTime(d, item),
            secondsOfDay(d.string(CONTRAST_START_TIME)));
    }

    /** Frame Acquisition DateTime of the frame's Frame Content item, else Acquisition Time, else Acquisition DateTime. */
    private static double acquisitionTime(final DicomElements d, final DicomElements item) {
        if (item != null) {
            for (final DicomElements content : item.items(0x00209111)) {
                final double t = secondsOfDay(timeOfDateTime(content.string(FRAME_ACQUISITION_DATETIME)));
                if (!Double.isNaN(t)) {
                    return t;
                }
            }
        }
        final double t = secondsOfDay(d.string(ACQUISITION_TIME));
        return Double.isNaN(t) ? secondsOfDay(timeOfDateTime(d.string(ACQUISITION_DATETIME))) : t;
    }

    private static String timeOfDateTime(final String dt) {
        return dt == null || dt.length() <= 8 ? null : dt.substring(8).replaceFirst("[+-]\\d{4}$", "");
    }

    /**
     * @param tm a DICOM TM value ({@code HHMMSS.FFFFFF}, components after the hour optional, or the old
     *        {@code HH:MM:SS.frac} form)
     * @return seconds after midnight, or NaN when absent or not a valid time
     */
    static double secondsOfDay(final String tm) {
        if (tm == null) {
            return Double.NaN;
        }
        final String t = tm.trim().replace(":", "");
        if (!t.matches("\\d{2}(\\d{2}(\\d{2}(\\.\\d{1,6})?)?)?")) {
            return Double.NaN;
        }
        final int h = Integer.parseInt(t.substring(0, 2));
        final int m = t.length() >= 4 ? Integer.parseInt(t.substring(2, 4)) : 0;
        final double s = t.length() >= 6 ? Double.parseDouble(t.substring(4)) : 0;
        // 60 is allowed for a leap second
        return h > 23 || m > 59 || s >= 61 ? Double.NaN : h * 3600.0 + m * 60.0 + s;
    }

    private static double first(final double[] v, final double fallback) {
        return v.length > 0 ? v[0] : fallback;
    }

    private static double bValue(final Path file, final DicomElements d, final DicomElements item,
        final DicomElements shared) {
        final double[] std = find(d, item, shared, 0x00189117, B_VALUE);
        if (std.length > 0) {
            return std[0];
        }
        final int siemens = d.privateTag(0x0019, "SIEMENS MR HEADER", 0x0C);
        if (siemens >= 0 && d.has(siemens)) {
            return d.number(siemens);
        }
        final CsaHeader csa = csa(file, d);
        final double[] fromCsa = csa == null ? new double[0] : csa.numbers("B_value");
        if (fromCsa.length > 0) {
            return fromCsa[0];
        }
        final int ge = d.privateTag(0x0043, "GEMS_PARM_01", 0x39);
        if (ge >= 0 && d.has(ge)) {
            final double b = d.number(ge);
            return b >= 1e9 ? b - 1e9 : b;
        }
        final int philips = d.privateTag(0x2001, "Philips Imaging DD 001", 0x03);
        if (philips >= 0 && d.has(philips)) {
            return privateFloat(d, philips);
        }
        return Double.NaN;
    }

    /**
     * Whether an image is a scanner-computed trace (isotropic) image. A b ≈ 0 image (b below
     * {@value #ZERO_B}) never is, whatever it is marked (Philips writes direction "I" on its b = 0
     * images too); a b-value between {@value #ZERO_B} and 1 s/mm² is a Philips trace placeholder.
     * Unmarked trace images with a zero gradient are found per series by the reader.
     */
    private static boolean isotropic(final DicomElements d, final DicomElements item, final double b) {
        if (!(b >= ZERO_B)) {
            return false;
        }
        final String dir = d.string(DIFFUSION_DIRECTIONALITY);
        if ("ISOTROPIC".equalsIgnoreCase(dir)) {
            return true;
        }
        if (item != null) {
            for (final DicomElements s : item.items(0x00189117)) {
                if ("ISOTROPIC".equalsIgnoreCase(s.string(DIFFUSION_DIRECTIONALITY))) {
                    return true;
                }
            }
        }
        final int philips = d.privateTag(0x2001, "Philips Imaging DD 001", 0x04);
        if (philips >= 0 && "I".equalsIgnoreCase(d.string(philips))) {
            return true;
        }
        if (Arrays.stream(d.strings(IMAGE_TYPE)).map(s -> s.trim().toUpperCase(Locale.ROOT))
            .anyMatch(s -> s.equals("TRACEW") || s.equals("ISOTROPIC"))) {
            return true;
        }
        // Philips writes derived trace images with placeholder b-values between 0 and 1 s/mm²
        return b > 0 && b < 1;
    }

    private static double[] gradient(final DicomElements d, final DicomElements item) {
        double[] g = d.numbers(GRADIENT);
        if (g.length != 3 && item != null) {
            for (final DicomElements s : item.items(0x00189117)) {
                for (final DicomElements t : s.items(0x00189076)) {
                    g = t.numbers(GRADIENT);
                }
            }
        }
        if (g.length != 3) {
            final int siemens = d.privateTag(0x0019, "SIEMENS MR HEADER", 0x0E);
            g = siemens >= 0 ? d.numbers(siemens) : new double[0];
        }
        if (g.length != 3) {
            final int ge = d.privateTag(0x0019, "GEMS_ACQU_01", 0xBB);
            if (ge >= 0 && d.has(ge)) {
                g = new double[] {d.number(ge), d.number(ge + 1), d.number(ge + 2)};
            }
        }
        return g.length == 3 ? g : null;
    }

    private static double philipsScaleSlope(final DicomElements d) {
        final int tag = d.privateTag(0x2005, "Philips MR Imaging DD 001", 0x0E);
        if (tag < 0 || !d.has(tag)) {
            return Double.NaN;
        }
        final double v = privateFloat(d, tag);
        return v > 0 && Double.isFinite(v) ? v : Double.NaN;
    }

    /** A private FL element, which implicit-VR files deliver as 4 undecoded bytes. */
    private static double privateFloat(final DicomElements d, final int tag) {
        final DicomElements.Element e = d.get(tag);
        if (e.value() instanceof byte[] b && b.length == 4) {
            return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getFloat();
        }
        return d.number(tag);
    }
}
