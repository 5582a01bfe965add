package org.qmrinodes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.qmrinodes.core.data.InvalidDataException;

/**
 * A CSV input table (RFC 4180, comma, one header row, UTF-8 with or without a byte-order mark) held
 * as text, read as R's {@code read.csv} reads it: {@code NA} and the empty field are missing in every
 * column, numbers in R's syntax ({@link NumberSyntax}). Every problem names the file and the physical
 * line (counting the header, blank lines and the lines inside quoted fields).
 */
public final class CsvTableReader {

    private static final int MAX_LISTED_LINES = 10;

    /** "row 3", "Data row 3", "data rows 1 and 4" in the messages of the core library. */
    private static final Pattern DATA_ROWS = Pattern.compile("\\b([Dd]ata )?([Rr]ows?) (\\d+)(?: and (\\d+))?\\b");

    private final Path file;
    private final List<String> header;
    private final List<String[]> rows;
    private final int[] lines;
    private final PrintStream warnings;
    private final Set<String> warnedColumns = new HashSet<>();

    private CsvTableReader(final Path file, final List<String> header, final List<String[]> rows, final int[] lines,
        final PrintStream warnings) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        this.lines = lines;
        this.warnings = warnings;
    }

    /**
     * @param file the table
     * @param warnings where the non-finite values of a numeric column are reported, one line per column
     * @return the table
     * @throws CliException (usage) when the file does not exist, (data) when it is not a readable table
     */
    public static CsvTableReader read(final Path file, final PrintStream warnings) throws CliException {
        final String text = decode(file, bytes(file));
        final int[] lineStarts = lineStarts(text);
        final CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build();
        final List<String> header = new ArrayList<>();
        final List<String[]> rows = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (final CSVRecord r : parser) {
                final int line = lineOf(lineStarts, recordStart(text, r.getCharacterPosition()));
                if (lines.isEmpty()) {
                    r.forEach(header::add);
                    lines.add(line);
                    continue;
                }
                if (r.size() != header.size()) {
                    throw CliException.data(file + ", line " + line + ": " + r.size() + " fields but the header has "
                        + header.size());
                }
                rows.add(r.values());
                lines.add(line);
            }
        } catch (final UncheckedIOException | IllegalStateException | IOException e) {
            throw CliException.data(file + ": " + quoteProblem(text, lineStarts));
        }
        if (header.isEmpty()) {
            throw CliException.data(file + ": the file is empty (no header row)");
        }
        requireDistinctNames(file, header);
        return new CsvTableReader(file, List.copyOf(header), rows,
            lines.subList(1, lines.size()).stream().mapToInt(Integer::intValue).toArray(), warnings);
    }

    private static byte[] bytes(final Path file) throws CliException {
        try {
            final long size = Files.size(file);
            if (size > Runtime.getRuntime().maxMemory() / 8) {
                throw CliException.data(file + ": the file is too large (" + size / (1 << 20)
                    + " MB) to be read as a table with the memory available");
            }
            return Files.readAllBytes(file);
        } catch (final NoSuchFileException e) {
            throw CliException.usage("input file not found: " + file);
        } catch (final IOException e) {
            throw CliException.data("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Decodes strict UTF-8 without a byte-order mark, saying what the file looks like when it is not UTF-8. */
    private static String decode(final Path file, final byte[] b) throws CliException {
        if (startsWith(b, 0x1F, 0x8B)) {
            throw CliException.data(file + " is gzip-compressed; decompress it first");
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            throw CliException.data(file + " is a ZIP archive (an Excel workbook?); save the sheet as CSV (UTF-8) first");
        }
        if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE) || hasNulByte(b)) {
            throw CliException.data(file + " is UTF-16 text" + (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)
                ? "" : " or binary data (it holds zero bytes)") + "; save it as UTF-8 CSV first");
        }
        final int start = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        final ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        final CharBuffer out = CharBuffer.allocate(b.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            final int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += b[i] == '\n' ? 1 : 0;
            }
            throw CliException.data(file + " is not UTF-8 text (invalid byte 0x"
                + String.format(Locale.ROOT, "%02X", b[at] & 0xFF) + " at line " + line
                + "; Latin-1 or Windows-1252?); save it as UTF-8 CSV first");
        }
        return out.flip().toString();
    }

    private static boolean startsWith(final byte[] b, final int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNulByte(final byte[] b) {
        for (int i = 0, n = Math.min(b.length, 4096); i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static int[] lineStarts(final String text) {
        final List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @return where the record's first field starts: the parser's position is that of the blank lines it skipped */
    private static int recordStart(final String text, final long position) {
        int p = (int) position;
        while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
            p++;
        }
        return p;
    }

    /** @return the 1-based line holding character {@code position} */
    private static int lineOf(final int[] lineStarts, final long position) {
        final int i = Arrays.binarySearch(lineStarts, (int) position);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * @return what is wrong with the quoting (RFC 4180: a field that starts with a quote ends at a
     *     quote followed by a comma or line end; a doubled quote inside stands for one quote)
     */
    private static String quoteProblem(final String text, final int[] lineStarts) {
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (fieldStart && c == '"') {
                final int open = i;
                int close = -1;
                for (int k = i + 1; k < text.length(); k++) {
                    if (text.charAt(k) == '"') {
                        if (k + 1 < text.length() && text.charAt(k + 1) == '"') {
                            k++;
                        } else {
                            close = k;
                            break;
                        }
                    }
                }
                if (close < 0) {
                    return "the quoted field that starts at line " + lineOf(lineStarts, open)
                        + " has no closing quote";
                }
                i = close + 1;
                if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                    return "line " + lineOf(lineStarts, i) + ": text after the closing quote of a quoted field ('"
                        + text.charAt(i) + "'); a quote inside a quoted field is written twice (\"\")";
                }
                i--;
                fieldStart = false;
            } else {
                fieldStart = c == ',' || c == '\n' || c == '\r';
            }
        }
        return "not a readable CSV table (unbalanced quotes)";
    }

    private static void requireDistinctNames(final Path file, final List<String> header) throws CliException {
        final Map<String, List<Integer>> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            if (!header.get(c).isEmpty()) {
                columns.computeIfAbsent(header.get(c), k -> new ArrayList<>()).add(c + 1);
            }
        }
        for (final Map.Entry<String, List<Integer>> e : columns.entrySet()) {
            if (e.getValue().size() > 1) {
                throw CliException.data(file + ": the header names '" + e.getKey() + "' more than once (columns "
                    + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(" and ")) + ")");
            }
        }
    }

    Path file() {
        return file;
    }

    /**
     * @param e a problem an analysis found in this table's columns, naming data rows as the core
     *     library counts them (from 1, the header not counted)
     * @return a data error naming this file, with those rows given as physical lines of the file
     */
    public CliException error(final InvalidDataException e) {
        final Matcher m = DATA_ROWS.matcher(e.getMessage());
        final StringBuilder b = new StringBuilder();
        while (m.find()) {
            final int first = Integer.parseInt(m.group(3));
            final int second = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            if (first < 1 || first > lines.length || second > lines.length) {
                m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
                continue;
            }
            final String word = Character.isUpperCase(m.group().charAt(0)) ? "Line" : "line";
            m.appendReplacement(b, Matcher.quoteReplacement(second == 0 ? word + " " + lines[first - 1]
                : word + "s " + lines[first - 1] + " and " + lines[second - 1]));
        }
        m.appendTail(b);
        return CliException.data(file + ": " + b);
    }

    /** @return the number of data rows */
    public int size() {
        return rows.size();
    }

    /** @return the column names, in file order */
    public List<String> header() {
        return header;
    }

    /** @return the fields of data row {@code row} as written in the file (a copy) */
    public List<String> fields(final int row) {
        return List.of(rows.get(row));
    }

    /** @return the physical line (1-based, the header is line 1 unless blank lines precede it) of data row {@code row} */
    int line(final int row) {
        return lines[row];
    }

    /** @throws CliException (usage) if the table has no such column */
    int columnIndex(final String column) throws CliException {
        final int c = header.indexOf(column);
        if (c < 0) {
            throw CliException.usage(file + ": no column '" + column + "' (columns: " + String.join(", ", header) + ")");
        }
        return c;
    }

    /** @return the column as text; empty fields and {@code NA} are null (missing) */
    public List<String> texts(final String column) throws CliException {
        final int c = columnIndex(column);
        final List<String> out = new ArrayList<>(rows.size());
        for (final String[] r : rows) {
            final String v = r[c];
            out.add(v.isEmpty() || v.equals(NumberSyntax.NA) ? null : v);
        }
        return out;
    }

    /**
     * @return the column as numbers, NaN where missing: empty, {@code NA}, and the non-finite values
     *     ({@code Inf}, {@code NaN}, numbers beyond the double range), which are reported once per column
     * @throws CliException (data) naming file, line and column of the first value that is not a number
     */
    public double[] numbers(final String column) throws CliException {
        final int c = columnIndex(column);
        final double[] out = new double[rows.size()];
        final List<Integer> nonFinite = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            final String v = rows.get(i)[c];
            if (NumberSyntax.isMissing(v)) {
                out[i] = Double.NaN;
                continue;
            }
            try {
                out[i] = NumberSyntax.parse(v);
            } catch (final NumberFormatException e) {
                throw CliException.data(file + ", line " + lines[i] + ", column '" + column + "': '" + v
                    + "' is not a number");
            }
            if (!Double.isFinite(out[i])) {
                out[i] = Double.NaN;
                nonFinite.add(lines[i]);
            }
        }
        if (!nonFinite.isEmpty() && warnedColumns.add(column)) {
            warnings.println(file + ": column " + column + ": " + nonFinite.size() + " non-finite value"
                + (nonFinite.size() == 1 ? "" : "s") + " (" + listedLines(nonFinite) + ") treated as missing");
        }
        return out;
    }

    /** @return e.g. {@code line 4} or {@code lines 2, 5, 9} (the first ten, then "...") */
    static String listedLines(final List<Integer> lines) {
        return "line" + (lines.size() == 1 ? " " : "s ") + lines.stream().limit(MAX_LISTED_LINES).map(String::valueOf)
            .collect(Collectors.joining(", ")) + (lines.size() > MAX_LISTED_LINES ? ", ..." : "");
    }
}
