package org.qmrinodes.core.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * Runs the {@link PrivacyScanner} over a saved KNIME workflow before it is shared: a workflow
 * folder or an exported {@code .knwf} (a zip), and inside it every node's {@code settings.xml},
 * {@code workflow.knime}, every other XML or text file (CSV, TXT, JSON), and zip archives (saved
 * port data) recursively, whatever their name. In KNIME's XML config format every
 * {@code <entry key=… value=…/>} is a value, reported with its file and key; in text files every
 * line. Binary files — KNIME's saved tables ({@code data.bin}, Snappy-compressed in KNIME's default
 * table format since 3.8) and blob cells (gzip-compressed), unpacked by their signatures — are read
 * as their runs of at least {@value #MIN_RUN} printable characters, which is where the strings of a
 * table cell are, reported with their byte offset; person names and short paths only where they are
 * stored strings ({@link #CHANCE_KINDS}), since voxel bytes hold such patterns by chance. Files
 * over {@link #MAX_ENTRY_BYTES}, archives nested deeper than 4 levels and damaged compressed
 * streams are not read (their count is reported); compressed formats other than zip, gzip and Snappy (e.g. the columnar backend's LZ4
 * files) are read only as far as their text survives compression.
 */
public final class WorkflowPrivacyScan {

    /** Largest single file or archive entry read, so that a hostile archive cannot exhaust memory. */
    public static final long MAX_ENTRY_BYTES = 64L << 20;

    /**
     * Keys of KNIME's XML config format whose values are format stamps, not data: every workflow
     * annotation carries {@code annotation-version} 20151123, which reads like a date.
     */
    static final Set<String> FORMAT_STAMPS = Set.of("annotation-version");

    /** Shortest run of printable characters in a binary file that is checked. */
    public static final int MIN_RUN = 6;

    private static final Pattern ENTRY = Pattern.compile("<entry\\s+key=\"([^\"]*)\"[^>]*?\\svalue=\"([^\"]*)\"");

    /**
     * @param findings what looks like an identifier
     * @param filesRead files (and archive entries) read
     * @param filesNotRead binary files left out
     */
    public record Report(List<PrivacyFinding> findings, int filesRead, int filesNotRead) {
    }

    private WorkflowPrivacyScan() {
    }

    /**
     * @param workflow a workflow folder or a {@code .knwf} file
     * @param scanner the scanner (with the known Patient IDs)
     * @return the findings
     * @throws InvalidDataException when the path does not exist or cannot be read
     */
    public static Report scan(final Path workflow, final PrivacyScanner scanner) {
        final List<PrivacyFinding> findings = new ArrayList<>();
        final int[] counts = new int[2];
        try {
            if (Files.isDirectory(workflow)) {
                final List<Path> files;
                try (Stream<Path> s = Files.walk(workflow)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (final Path f : files) {
                    if (Files.size(f) > MAX_ENTRY_BYTES) {
                        counts[1]++;
                        continue;
                    }
                    try (InputStream in = Files.newInputStream(f)) {
                        read(workflow.relativize(f).toString(), in, scanner, findings, counts, 0);
                    }
                }
            } else if (Files.isRegularFile(workflow)) {
                try (InputStream in = Files.newInputStream(workflow)) {
                    read(workflow.getFileName().toString(), in, scanner, findings, counts, 0);
                }
            } else {
                throw new InvalidDataException(workflow + ": no such workflow folder or file");
            }
        } catch (final IOException e) {
            throw new InvalidDataException(workflow + ": cannot be read: " + e.getMessage());
        }
        return new Report(List.copyOf(findings), counts[0], counts[1]);
    }

    private static void read(final String name, final InputStream in, final PrivacyScanner scanner,
        final List<PrivacyFinding> findings, final int[] counts, final int depth) throws IOException {
        final String lower = name.toLowerCase(java.util.Locale.ROOT);
        final boolean xml = lower.endsWith(".xml") || lower.endsWith(".knime");
        final boolean text = xml || lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".json")
            || lower.endsWith(".tsv");
        final byte[] bytes;
        try {
            bytes = readBounded(in);
        } catch (final IOException e) {
            counts[1]++;
            return;
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            if (depth > 3) {
                counts[1]++;
                return;
            }
            final ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes));
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    read(name + "!/" + e.getName(), new BoundedStream(zip), scanner, findings, counts, depth + 1);
                }
            }
            return;
        }
        if (SnappyStream.isSnappyStream(bytes) && depth <= 3) {
            final byte[] plain;
            try {
                plain = SnappyStream.decompress(bytes, MAX_ENTRY_BYTES);
            } catch (final IOException e) {
                counts[1]++;
                return;
            }
            read(name + "!/(snappy)", new java.io.ByteArrayInputStream(plain), scanner, findings, counts, depth + 1);
            return;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B && depth <= 3) {
            read(name + "!/(gzip)", new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)), scanner,
                findings, counts, depth + 1);
            return;
        }
        counts[0]++;
        if (!text) {
            printableRuns(name, bytes, scanner, findings);
            return;
        }
        final String content = new String(bytes, StandardCharsets.UTF_8);
        if (xml) {
            final Matcher m = ENTRY.matcher(content);
            while (m.find()) {
                if (!FORMAT_STAMPS.contains(m.group(1))) {
                    scanner.check(name, m.group(1), 0, unescape(m.group(2)), findings);
                }
            }
            return;
        }
        final String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            scanner.check(name, "(line)", i + 1, lines[i], findings);
        }
    }

    /**
     * Kinds whose patterns are short enough that voxel and other binary bytes match them by chance
     * (a letter, {@code ^} and a letter; {@code C:\}). In binary data they are reported only for a
     * stored string — a two-byte length followed by that many characters, as Java's
     * {@code DataOutput.writeUTF} and so KNIME's string cells and our image cells' metadata store
     * text — and a path also where it is long ({@link IdentifierPatterns#LONG_ABSOLUTE_PATH}).
     */
    static final Set<String> CHANCE_KINDS = Set.of("person name", "absolute path");

    /**
     * Checks every run of at least {@link #MIN_RUN} printable ASCII or UTF-8 bytes for the kinds
     * random bytes do not produce, and every stored string for all kinds; each named by its offset.
     */
    private static void printableRuns(final String name, final byte[] bytes, final PrivacyScanner scanner,
        final List<PrivacyFinding> findings) {
        int start = -1;
        for (int i = 0; i <= bytes.length; i++) {
            final boolean printable = i < bytes.length && printable(bytes[i]);
            if (printable && start < 0) {
                start = i;
            } else if (!printable && start >= 0) {
                if (i - start >= MIN_RUN) {
                    final String run = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                    final boolean longPath = IdentifierPatterns.LONG_ABSOLUTE_PATH.matcher(run).find();
                    scanner.check(name, "(bytes at offset " + start + ")", 0, run, findings,
                        kind -> !CHANCE_KINDS.contains(kind) || kind.equals("absolute path") && longPath);
                }
                start = -1;
            }
        }
        for (int i = 0; i + 2 + MIN_RUN <= bytes.length; i++) {
            final int length = (bytes[i] & 0xFF) << 8 | bytes[i + 1] & 0xFF;
            if (length < MIN_RUN || i + 2 + length > bytes.length || !allPrintable(bytes, i + 2, length)) {
                continue;
            }
            final String stored = utf8(bytes, i + 2, length);
            if (stored == null) {
                continue;
            }
            final boolean longPath = IdentifierPatterns.LONG_ABSOLUTE_PATH.matcher(stored).find();
            scanner.check(name, "(bytes at offset " + (i + 2) + ")", 0, stored, findings,
                kind -> kind.equals("person name") || kind.equals("absolute path") && !longPath);
            i += 1 + length;
        }
    }

    private static boolean printable(final byte b) {
        final int v = b & 0xFF;
        return v >= 0x20 && v != 0x7F || v == '\t';
    }

    /** @return the bytes as strict UTF-8, or null where they are not UTF-8 (as random bytes over 0x7F mostly are) */
    private static String utf8(final byte[] bytes, final int from, final int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes, from, length)).toString();
        } catch (final java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static boolean allPrintable(final byte[] bytes, final int from, final int length) {
        for (int k = from; k < from + length; k++) {
            if (!printable(bytes[k])) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readBounded(final InputStream in) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_ENTRY_BYTES) {
                throw new IOException("an entry is larger than " + (MAX_ENTRY_BYTES >> 20) + " MB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String unescape(final String v) {
        return v.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The current zip entry, without closing the archive when read to its end. */
    private static final class BoundedStream extends InputStream {
        private final InputStream zip;

        BoundedStream(final InputStream zip) {
            this.zip = zip;
        }

        @Override
        public int read() throws IOException {
            return zip.read();
        }

        @Override
        public int read(final byte[] b, final int off, final int len) throws IOException {
            return zip.read(b, off, len);
        }

        @Override
        public void close() {
            // the archive stays open for its next entry
        }
    }
}
