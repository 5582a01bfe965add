package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input tables are read as R's read.csv reads them, and every problem names file, physical line and column. */
class CsvTableReaderTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    private Path write(final String name, final byte[] content) throws IOException {
        final Path p = tmp.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path write(final String name, final String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private CsvTableReader read(final Path file) throws CliException {
        return CsvTableReader.read(file, new PrintStream(warnings, true, StandardCharsets.UTF_8));
    }

    private String dataError(final Path file, final String column) {
        final CliException e = assertThrows(CliException.class, () -> read(file).numbers(column));
        assertEquals(CliException.DATA, e.exitStatus(), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void acceptsTheNumberSyntaxOfReadCsv() throws Exception {
        final Path in = write("ok.csv", "x\n1\n-2.5\n+.5\n5.\n1e3\n-1.5E-2\n 7 \nNA\n\"\"\n,\n");
        final double[] x = read(write("ok1.csv", "x\n1\n-2.5\n+.5\n5.\n1e3\n-1.5E-2\n 7 \nNA\n\"\"\n")).numbers("x");
        assertArrayEquals(new double[] {1, -2.5, 0.5, 5, 1000, -0.015, 7, Double.NaN, Double.NaN}, x);
        assertTrue(dataError(in, "x").contains("line 11"), "two fields on the last line");
    }

    @Test
    void rejectsJavaOnlyNumberSyntaxNamingFileLineAndColumn() throws Exception {
        for (final String bad : List.of("0.9d", "0.8f", "0x1p-1", "1_000", "0x10", "1e", "--1", "1,5")) {
            final Path in = write("java.csv", "id,x\na,1\nb,\"" + bad + "\"\n");
            final String m = dataError(in, "x");
            assertTrue(m.contains("java.csv") && m.contains("line 3") && m.contains("column 'x'")
                && m.contains("'" + bad + "'"), m);
        }
    }

    @Test
    void nonFiniteValuesAreMissingAndWarnedOncePerColumn() throws Exception {
        final Path in = write("inf.csv", "x,y\n1,1\nInf,2\n3,3\n-Inf,1e309\nNaN,-1e400\n6,6\n");
        final CsvTableReader t = read(in);
        final double[] x = t.numbers("x");
        assertArrayEquals(new double[] {1, Double.NaN, 3, Double.NaN, Double.NaN, 6}, x);
        t.numbers("x");
        final double[] y = t.numbers("y");
        assertArrayEquals(new double[] {1, 2, 3, Double.NaN, Double.NaN, 6}, y);
        final List<String> lines = warnings.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(in + ": column x: 3 non-finite values (lines 3, 5, 6) treated as missing",
            in + ": column y: 2 non-finite values (lines 5, 6) treated as missing"), lines);
    }

    @Test
    void naIsMissingInTextColumnsToo() throws Exception {
        final CsvTableReader t = read(write("na.csv", "g,x\nA,1\nNA,2\n,3\nB,4\n"));
        assertEquals(Arrays.asList("A", null, null, "B"), t.texts("g"));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstName() throws Exception {
        final byte[] text = "x,y\n1,2\n".getBytes(StandardCharsets.UTF_8);
        final byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        assertArrayEquals(new double[] {1}, read(write("bom.csv", bom)).numbers("x"));
    }

    @Test
    void duplicateHeaderNamesAreRejected() throws Exception {
        final Path in = write("dup.csv", "id,x,y,x\na,1,2,3\n");
        final CliException e = assertThrows(CliException.class, () -> read(in));
        assertEquals(CliException.DATA, e.exitStatus());
        assertTrue(e.getMessage().contains("dup.csv") && e.getMessage().contains("'x'")
            && e.getMessage().contains("columns 2 and 4"), e.getMessage());
    }

    @Test
    void inputThatIsNotUtf8SaysWhatItLooksLike() throws Exception {
        final Path latin1 = write("latin1.csv", "name,x\nMüller,1\nJosé,2\n".getBytes(StandardCharsets.ISO_8859_1));
        CliException e = assertThrows(CliException.class, () -> read(latin1));
        assertTrue(e.getMessage().contains("latin1.csv") && e.getMessage().contains("is not UTF-8 text")
            && e.getMessage().contains("line 2"), e.getMessage());
        final Path utf16 = write("utf16.csv", "\uFEFFname,x\na,1\n".getBytes(StandardCharsets.UTF_16LE));
        e = assertThrows(CliException.class, () -> read(utf16));
        assertTrue(e.getMessage().contains("utf16.csv") && e.getMessage().contains("UTF-16"), e.getMessage());
        final Path utf16NoBom = write("utf16nobom.csv", "name,x\na,1\n".getBytes(StandardCharsets.UTF_16BE));
        e = assertThrows(CliException.class, () -> read(utf16NoBom));
        assertTrue(e.getMessage().contains("utf16nobom.csv") && e.getMessage().contains("UTF-16"), e.getMessage());
        final ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write("x\n1\n".getBytes(StandardCharsets.UTF_8));
        }
        final Path gzip = write("table.csv.gz", gz.toByteArray());
        e = assertThrows(CliException.class, () -> read(gzip));
        assertTrue(e.getMessage().contains("table.csv.gz") && e.getMessage().contains("is gzip-compressed; decompress it first"),
            e.getMessage());
        for (final CliException each : List.of(e)) {
            assertFalse(each.getMessage().contains("Input length"), each.getMessage());
        }
    }

    @Test
    void anUnbalancedQuoteNamesTheLineWhereTheFieldStarts() throws Exception {
        final Path in = write("quote.csv", "id,note\na,fine\nb,\"never closed\nc,more\nd,text\n");
        final CliException e = assertThrows(CliException.class, () -> read(in));
        assertEquals(CliException.DATA, e.exitStatus());
        assertTrue(e.getMessage().contains("quote.csv") && e.getMessage().contains("line 3")
            && e.getMessage().contains("quote"), e.getMessage());
        assertFalse(e.getMessage().contains("EOF") || e.getMessage().contains("Exception"), e.getMessage());
        final Path stray = write("stray.csv", "id,note\na,\"closed\"x\n");
        final CliException s = assertThrows(CliException.class, () -> read(stray));
        assertTrue(s.getMessage().contains("stray.csv") && s.getMessage().contains("line 2"), s.getMessage());
        assertFalse(s.getMessage().contains("Exception") || s.getMessage().contains("encapsulated"), s.getMessage());
    }

    @Test
    void reportedLinesArePhysicalLinesAfterQuotedNewlinesAndBlankLines() throws Exception {
        final Path in = write("lines.csv", "id,note,x\na,\"two\nlines\",1\n\nb,plain,2\n\n\nc,\"x\",oops\n");
        final String m = dataError(in, "x");
        assertTrue(m.contains("line 8") && m.contains("'oops'"), m);
        final Path ragged = write("ragged.csv", "id,note,x\na,\"two\nlines\",1\n\nb,2\n");
        final CliException e = assertThrows(CliException.class, () -> read(ragged));
        assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("2 fields"), e.getMessage());
        final CsvTableReader t = read(write("inf2.csv", "id,x\na,\"1\"\n\nb,Inf\n"));
        t.numbers("x");
        assertTrue(warnings.toString(StandardCharsets.UTF_8).contains("(lines 4)")
            || warnings.toString(StandardCharsets.UTF_8).contains("(line 4)"), warnings.toString(StandardCharsets.UTF_8));
    }

    @Test
    void naOutcomeIsMissingNotAClassInTheCommands() throws IOException {
        final Path in = write("na_outcome.csv", "y,s\n1,0.9\n0,0.1\n1,0.8\nNA,0.5\n0,0.2\n1,0.7\n0,0.3\n");
        final QmriRun r = qmri("roc", "--in", in.toString(), "--truth", "y", "--positive", "1", "--score", "s");
        assertEquals(0, r.status(), r.err());
        final String[] f = r.out().split("\n")[1].split(",");
        assertEquals("3", f[1]);
        assertEquals("3", f[2]);
    }

    @Test
    void infinityNeverReachesTheStatistics() throws IOException {
        final Path in = write("inf_score.csv", "y,s\n1,0.9\n0,0.1\n1,1e309\n0,0.2\n1,0.7\n0,-Inf\n1,0.8\n0,0.3\n");
        final QmriRun r = qmri("roc", "--in", in.toString(), "--truth", "y", "--positive", "1", "--score", "s");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("column s: 2 non-finite values (lines 4, 7) treated as missing"), r.err());
        final String[] f = r.out().split("\n")[1].split(",");
        assertEquals("3", f[1], "1e309 left out");
        assertEquals("3", f[2], "-Inf left out");
    }

    @Test
    void optionNumbersFollowTheSameSyntax() throws IOException {
        final Path in = write("opt.csv", "y,s\n1,0.9\n0,0.1\n1,0.8\n0,0.2\n");
        for (final String level : List.of("0.9d", "0x1p-1", "Inf")) {
            final QmriRun r = qmri("roc", "--in", in.toString(), "--truth", "y", "--positive", "1", "--score", "s",
                "--conf-level", level);
            assertEquals(2, r.status(), level + ": " + r.err());
            assertTrue(r.err().contains("--conf-level") && r.err().contains(level), r.err());
        }
    }

    @Test
    void rowsNamedByTheAnalysesArePhysicalLinesToo() throws IOException {
        final Path twice = write("twice.csv", "case,reader,note,x\na,R1,\"two\nlines\",1\n\na,R2,,2\nb,R1,,3\na,R1,,4\n");
        QmriRun r = qmri("icc", "--in", twice.toString(), "--subject", "case", "--rater", "reader", "--value", "x");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("twice.csv") && r.err().contains("lines 2 and 7"), r.err());
        final Path ratings = write("ratings.csv", "a,b\n1,1\n\n2,3\n");
        r = qmri("kappa", "--in", ratings.toString(), "--rater-a", "a", "--rater-b", "b", "--categories", "1,2");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("ratings.csv") && r.err().contains("ine 4, column 'b'"), r.err());
    }
}
