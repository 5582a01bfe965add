package org.qmrinodes.core.mask;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.DeclaredSize;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;

/**
 * NRRD label maps as 3D Slicer writes them (teem NRRD format 0004): attached header, {@code raw} or
 * {@code gzip} encoding, integer types, {@code space} LPS or RAS with {@code space directions} and
 * {@code space origin}. A 4D .seg.nrrd whose first axis is a {@code list} of segments (one binary
 * layer each) becomes labels 1..n (a later segment wins where layers overlap). The declared sizes are
 * checked against the data the file holds (for gzip, what the stream inflates to, read once without
 * being kept) and against the free heap before the labels are allocated ({@link DeclaredSize}).
 *
 * <p>{@link #readImage} reads a 3D NRRD image (integer, float or double voxels) as a volume.
 * {@link #write} writes a 3D label map the same way 3D Slicer does (short, gzip, LPS).
 */
public final class Nrrd {

    private static final int MAX_HEADER = 1 << 16;

    private Nrrd() {
    }

    /**
     * @param file a {@code .nrrd} or {@code .seg.nrrd} file
     * @return the label mask
     * @throws InvalidDataException naming the file and header field when it cannot be used
     */
    public static Mask read(final Path file) {
        final Layout layout = layout(file, false, 2L * Integer.BYTES);
        final Geometry g = layout.geometry;
        final int layers = layout.layers;
        final int[] labels = new int[(int) g.voxelCount()];
        try (InputStream data = openData(file, layout.headerLength, layout.gzip)) {
            final DataInputStream in = new DataInputStream(data);
            final byte[] buf = new byte[layout.bytes];
            final ByteBuffer bb = ByteBuffer.wrap(buf).order(layout.order);
            for (long n = 0; n < layout.total; n++) {
                in.readFully(buf);
                final long v = (long) layout.value(bb);
                if (layers == 1) {
                    labels[(int) n] = (int) v;
                } else if (v != 0) {
                    labels[(int) (n / layers)] = (int) (n % layers) + 1;
                }
            }
        } catch (final EOFException e) {
            throw new InvalidDataException(file + ": NRRD data shorter than 'sizes' declares (truncated?)");
        } catch (final IOException e) {
            throw new InvalidDataException(file + ": cannot read: " + e.getMessage());
        }
        return new Mask(g, labels);
    }

    /**
     * Reads a 3D NRRD image (e.g. an MR volume as 3D Slicer or PyRadiomics' test data store it): the
     * label types of {@link #read} plus {@code float} and {@code double}, same encodings and spaces.
     *
     * @param file a 3D {@code .nrrd} image
     * @return the image as a single volume of float voxels
     * @throws InvalidDataException naming the file and header field when it cannot be used
     */
    public static Volume readImage(final Path file) {
        final Layout layout = layout(file, true, Float.BYTES);
        if (layout.layers != 1) {
            throw new InvalidDataException(file + ": NRRD field 'sizes' must give 3 sizes for an image");
        }
        final Geometry g = layout.geometry;
        final Volume.Builder volume = Volume.builder(g, List.of(AcquisitionParameters.UNKNOWN));
        final int sliceVoxels = g.columns() * g.rows();
        final float[] slice = new float[sliceVoxels];
        try (InputStream data = openData(file, layout.headerLength, layout.gzip)) {
            final DataInputStream in = new DataInputStream(data);
            final byte[] buf = new byte[sliceVoxels * layout.bytes];
            final ByteBuffer bb = ByteBuffer.wrap(buf).order(layout.order);
            for (int k = 0; k < g.slices(); k++) {
                in.readFully(buf);
                for (int n = 0; n < sliceVoxels; n++) {
                    slice[n] = (float) layout.value(bb, n * layout.bytes);
                }
                volume.setSlice(k, 0, slice);
            }
        } catch (final EOFException e) {
            throw new InvalidDataException(file + ": NRRD data shorter than 'sizes' declares (truncated?)");
        } catch (final IOException e) {
            throw new InvalidDataException(file + ": cannot read: " + e.getMessage());
        }
        return volume.build();
    }

    /** What the header says about the voxel data: sizes, type, encoding, byte order and grid. */
    private record Layout(long headerLength, long total, int layers, String type, int bytes, boolean floating,
        boolean gzip, ByteOrder order, Geometry geometry) {

        double value(final ByteBuffer bb) {
            return value(bb, 0);
        }

        double value(final ByteBuffer bb, final int at) {
            final boolean unsigned = type.startsWith("u");
            if (floating) {
                return bytes == 4 ? bb.getFloat(at) : bb.getDouble(at);
            }
            return switch (bytes) {
                case 1 -> unsigned ? bb.get(at) & 0xFF : bb.get(at);
                case 2 -> unsigned ? bb.getShort(at) & 0xFFFF : bb.getShort(at);
                default -> unsigned ? bb.getInt(at) & 0xFFFFFFFFL : bb.getInt(at);
            };
        }
    }

    /**
     * Parses and checks the header; {@code heapPerVoxel} bytes per voxel must fit the free heap before
     * the (possibly gzipped) data are checked against the declared size.
     */
    private static Layout layout(final Path file, final boolean image, final long heapPerVoxel) {
        final Header header;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            header = header(file, raw);
        } catch (final IOException e) {
            throw new InvalidDataException(file + ": cannot read: " + e.getMessage());
        }
        final Map<String, String> h = header.fields;
        try {
            final int dimension = Integer.parseInt(need(file, h, "dimension"));
            final String[] sizeText = need(file, h, "sizes").trim().split("\\s+");
            if (dimension != sizeText.length || (dimension != 3 && dimension != 4)) {
                throw new InvalidDataException(file + ": NRRD field 'sizes' must give 3 sizes (or 4 for segment layers)");
            }
            final long[] sizes = new long[dimension];
            for (int i = 0; i < dimension; i++) {
                sizes[i] = Long.parseLong(sizeText[i]);
            }
            final long total = DeclaredSize.voxelCount(file, "NRRD field 'sizes'", sizes);
            final int layers = dimension == 4 ? (int) sizes[0] : 1;
            final int off = dimension - 3;
            final String type = need(file, h, "type").toLowerCase(Locale.ROOT);
            final boolean floating = image && (type.equals("float") || type.equals("double"));
            final int bytes = switch (type) {
                case "uchar", "unsigned char", "uint8", "uint8_t", "signed char", "char", "int8", "int8_t" -> 1;
                case "short", "short int", "signed short", "int16", "int16_t", "ushort", "unsigned short", "uint16",
                    "uint16_t" -> 2;
                case "int", "signed int", "int32", "int32_t", "uint", "unsigned int", "uint32", "uint32_t" -> 4;
                default -> {
                    if (floating) {
                        yield type.equals("float") ? 4 : 8;
                    }
                    throw new InvalidDataException(file + ": NRRD type '" + type + "' is not "
                        + (image ? "an image type (integer, float or double)" : "a label type"));
                }
            };
            final String encoding = need(file, h, "encoding").toLowerCase(Locale.ROOT);
            final boolean gzip = switch (encoding) {
                case "raw" -> false;
                case "gzip", "gz" -> true;
                default -> throw new InvalidDataException(file + ": NRRD encoding '" + encoding + "' is not supported");
            };
            final ByteOrder order = "big".equalsIgnoreCase(h.get("endian")) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            final Geometry g = geometry(file, h, (int) sizes[off], (int) sizes[off + 1], (int) sizes[off + 2], off);
            final String declared = DeclaredSize.describe(sizes) + " voxels";
            DeclaredSize.requireHeap(file, declared, heapPerVoxel * g.voxelCount());
            final long dataBytes = total * bytes;
            if (gzip) {
                try (InputStream data = openData(file, header.length, true)) {
                    DeclaredSize.requireData(file, declared, data, dataBytes);
                }
            } else if (header.length + dataBytes > Files.size(file)) {
                throw new InvalidDataException(file + ": the NRRD header declares " + declared + " (" + dataBytes
                    + " bytes of voxel data), the file is shorter (truncated or damaged header)");
            }
            return new Layout(header.length, total, layers, type, bytes, floating, gzip, order, g);
        } catch (final NumberFormatException e) {
            throw new InvalidDataException(file + ": NRRD header has a bad number: " + e.getMessage());
        } catch (final IOException e) {
            throw new InvalidDataException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The header's fields and its length in bytes (where the data start). */
    private record Header(Map<String, String> fields, long length) {
    }

    private static InputStream openData(final Path file, final long headerLength, final boolean gzip) throws IOException {
        final InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.skipNBytes(headerLength);
        return gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    private static Header header(final Path file, final InputStream in) throws IOException {
        final ByteArrayOutputStream line = new ByteArrayOutputStream();
        final Map<String, String> fields = new HashMap<>();
        int read = 0;
        boolean first = true;
        while (true) {
            final int c = in.read();
            if (c < 0) {
                throw new InvalidDataException(file + ": NRRD header has no end (blank line)");
            }
            if (++read > MAX_HEADER) {
                throw new InvalidDataException(file + ": NRRD header longer than " + MAX_HEADER + " bytes");
            }
            if (c != '\n') {
                line.write(c);
                continue;
            }
            final String s = line.toString(StandardCharsets.ISO_8859_1).replace("\r", "");
            line.reset();
            if (first) {
                if (!s.trim().matches("NRRD000[1-5]")) {
                    throw new InvalidDataException(file + ": not NRRD (no NRRD0001 to NRRD0005 magic line, found '"
                        + (s.length() > 12 ? s.substring(0, 12) + "..." : s) + "')");
                }
                first = false;
                continue;
            }
            if (s.isEmpty()) {
                return new Header(fields, read);
            }
            if (s.startsWith("#")) {
                continue;
            }
            final int colon = s.indexOf(": ");
            if (colon > 0) {
                fields.put(s.substring(0, colon).trim().toLowerCase(Locale.ROOT), s.substring(colon + 2).trim());
            }
            // key:=value pairs (segment metadata) are ignored
        }
    }

    private static String need(final Path file, final Map<String, String> h, final String field) {
        final String v = h.get(field);
        if (v == null) {
            throw new InvalidDataException(file + ": NRRD field '" + field + "' missing");
        }
        return v;
    }

    private static Geometry geometry(final Path file, final Map<String, String> h, final int nx, final int ny,
        final int nz, final int skip) {
        final String space = h.getOrDefault("space", "left-posterior-superior").toLowerCase(Locale.ROOT);
        final boolean ras = space.startsWith("right-anterior") || space.equals("ras");
        if (!ras && !space.startsWith("left-posterior") && !space.equals("lps")) {
            throw new InvalidDataException(file + ": NRRD space '" + space + "' is not supported (LPS or RAS)");
        }
        final String[] dirs = need(file, h, "space directions").trim().split("\\s+");
        if (dirs.length != 3 + skip) {
            throw new InvalidDataException(file + ": NRRD 'space directions' needs " + (3 + skip) + " entries");
        }
        final double[][] lps = new double[4][4];
        lps[3][3] = 1;
        for (int c = 0; c < 3; c++) {
            final double[] v = vector(file, dirs[c + skip], "space directions");
            for (int r = 0; r < 3; r++) {
                lps[r][c] = (ras && r < 2 ? -1 : 1) * v[r];
            }
        }
        final double[] o = vector(file, h.getOrDefault("space origin", "(0,0,0)"), "space origin");
        for (int r = 0; r < 3; r++) {
            lps[r][3] = (ras && r < 2 ? -1 : 1) * o[r];
        }
        DeclaredSize.requireSpacing(file, "NRRD 'space directions'/'space origin'", lps);
        try {
            return Geometry.fromLpsAffine(nx, ny, nz, lps);
        } catch (final IllegalArgumentException e) {
            throw new InvalidDataException(file + ": NRRD geometry: " + e.getMessage());
        }
    }

    private static double[] vector(final Path file, final String text, final String field) {
        final String t = text.trim();
        if (!t.startsWith("(") || !t.endsWith(")")) {
            throw new InvalidDataException(file + ": NRRD '" + field + "' entry '" + t + "' is not a vector");
        }
        final String[] parts = t.substring(1, t.length() - 1).split(",");
        if (parts.length != 3) {
            throw new InvalidDataException(file + ": NRRD '" + field + "' entry '" + t + "' needs 3 numbers");
        }
        final double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            v[i] = Double.parseDouble(parts[i].trim());
        }
        return v;
    }

    /**
     * Writes a label map: type short, gzip encoding, space left-posterior-superior, the mask's
     * directions and origin.
     *
     * @param file the file to write
     * @param mask the mask (labels must fit a short)
     * @throws IOException when it cannot be written
     */
    public static void write(final Path file, final Mask mask) throws IOException {
        final Geometry g = mask.geometry();
        final double[][] a = g.lpsAffine();
        final StringBuilder h = new StringBuilder("NRRD0004\n# written by qMRI Nodes\ntype: short\ndimension: 3\n")
            .append("space: left-posterior-superior\nsizes: ").append(g.columns()).append(' ').append(g.rows()).append(' ')
            .append(g.slices()).append("\nspace directions:");
        for (int c = 0; c < 3; c++) {
            h.append(" (").append(a[0][c]).append(',').append(a[1][c]).append(',').append(a[2][c]).append(')');
        }
        h.append("\nkinds: domain domain domain\nendian: little\nencoding: gzip\nspace origin: (").append(a[0][3])
            .append(',').append(a[1][3]).append(',').append(a[2][3]).append(")\n\n");
        final int[] labels = mask.copyOfLabels();
        final ByteBuffer data = ByteBuffer.allocate(labels.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (final int l : labels) {
            if (l < Short.MIN_VALUE || l > Short.MAX_VALUE) {
                throw new IllegalArgumentException("label " + l + " does not fit a NRRD short");
            }
            data.putShort((short) l);
        }
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(h.toString().getBytes(StandardCharsets.US_ASCII));
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
                gz.write(data.array());
            }
        }
    }
}
