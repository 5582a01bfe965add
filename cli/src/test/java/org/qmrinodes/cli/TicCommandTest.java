package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/** {@code qmri tic}: hand-computed curves of the three types, per-case long tables, skipped points and errors. */
class TicCommandTest {

    @TempDir
    Path tmp;

    private Path write(final String csv) throws IOException {
        return Files.writeString(tmp.resolve("in" + System.nanoTime() + ".csv"), csv);
    }

    private CsvTable parse(final QmriRun r) throws IOException {
        assertEquals(0, r.status(), r.err());
        return CsvTable.read(write(r.out()));
    }

    @Test
    void oneCurveWithTheDefaults() throws IOException {
        // peak 200 at 60 s (within 120 s); last 170: change -0.15 < -0.10, washout
        final CsvTable t = parse(qmri("tic", "--in", write("time_s,signal\n0,100\n60,200\n120,190\n300,170\n").toString()));
        assertEquals(List.of("case", "tic_type", "peak_s", "peak_signal", "delayed_signal", "change",
            "initial_enhancement", "points", "problem"), t.header());
        assertEquals("III", t.text(0, "tic_type"));
        assertEquals(60, t.number(0, "peak_s"), 0);
        assertEquals(-0.15, t.number(0, "change"), 1e-15);
        assertEquals(1.0, t.number(0, "initial_enhancement"), 1e-15);
        assertEquals(4, t.number(0, "points"), 0);
    }

    @Test
    void longTableOfCasesWithBandAndEarlyWindow() throws IOException {
        final Path in = write("""
            id,t,s
            A,0,100
            A,300,250
            A,90,200
            B,0,100
            B,90,200
            B,300,190
            C,0,100
            C,90,200
            C,,500
            C,300,215
            D,0,100
            D,150,140
            D,300,150
            """);
        final QmriRun r = qmri("tic", "--in", in.toString(), "--case", "id", "--time", "t", "--signal", "s", "--band",
            "0.05", "--early-end", "100");
        final CsvTable t = parse(r);
        assertEquals(List.of("A", "B", "C", "D"), t.texts("case"));
        // A: points sorted by time, +25 %: I; B: -5 % is inside the 5 % band: II; C: +7.5 %: I
        assertEquals("I", t.text(0, "tic_type"));
        assertEquals("II", t.text(1, "tic_type"));
        assertEquals("I", t.text(2, "tic_type"));
        assertEquals(0.075, t.number(2, "change"), 1e-15);
        assertTrue(t.text(3, "tic_type") == null || t.text(3, "tic_type").isEmpty());
        assertTrue(t.text(3, "problem").contains("within 100.0 s"), t.text(3, "problem"));
        assertTrue(r.err().contains("1 row with a missing time, signal or case skipped (line 10)"), r.err());
        assertTrue(r.err().contains("1 case could not be classified"), r.err());
    }

    @Test
    void aSingleUnclassifiableCurveAndBadOptionsStopTheRun() throws IOException {
        final QmriRun noPre = qmri("tic", "--in", write("time_s,signal\n30,100\n60,200\n300,170\n").toString());
        assertEquals(1, noPre.status(), noPre.err());
        assertTrue(noPre.err().contains("pre-contrast"), noPre.err());
        final QmriRun band = qmri("tic", "--in", write("time_s,signal\n0,1\n").toString(), "--band", "1.5");
        assertEquals(2, band.status(), band.err());
        assertTrue(band.err().contains("--band"), band.err());
        final QmriRun column = qmri("tic", "--in", write("time,signal\n0,1\n").toString());
        assertEquals(2, column.status(), column.err());
        assertTrue(column.err().contains("time_s"), column.err());
        for (final QmriRun r : List.of(noPre, band, column)) {
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }
}
