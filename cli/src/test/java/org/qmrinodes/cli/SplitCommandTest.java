package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/** {@code qmri split}: input rows kept, the set column, stratified proportions, reproducibility, errors. */
class SplitCommandTest {

    private static final Path DEVELOPMENT = CsvTable.validationDir().resolve("evaluation").resolve("data_development.csv");

    @TempDir
    Path tmp;

    @Test
    void stratifiedSplitKeepsTheRowsAndTheFractionWithinEachClass() throws IOException {
        final Path out = tmp.resolve("split.csv");
        final QmriRun r = qmri("split", "--in", DEVELOPMENT.toString(), "--fraction", "0.7", "--seed", "42", "--stratify",
            "y", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        final CsvTable in = CsvTable.read(DEVELOPMENT);
        final CsvTable t = CsvTable.read(out);
        assertEquals(in.header(), t.header().subList(0, in.header().size()));
        assertEquals("set", t.header().get(t.header().size() - 1));
        assertEquals(in.size(), t.size());
        final int[] size = new int[2];
        final int[] train = new int[2];
        for (int i = 0; i < t.size(); i++) {
            for (final String c : in.header()) {
                assertEquals(in.text(i, c), t.text(i, c), "row " + i + " column " + c);
            }
            final String set = t.text(i, "set");
            assertTrue(set.equals("train") || set.equals("test"), set);
            final int y = (int) t.number(i, "y");
            size[y]++;
            train[y] += set.equals("train") ? 1 : 0;
        }
        for (int y = 0; y < 2; y++) {
            assertEquals(Math.round(0.7 * size[y]), train[y], "class " + y);
        }
    }

    @Test
    void theSameSeedGivesTheSameAllocationAndAnotherSeedAnother() {
        final QmriRun a = qmri("split", "--in", DEVELOPMENT.toString(), "--fraction", "0.7", "--seed", "1");
        final QmriRun b = qmri("split", "--in", DEVELOPMENT.toString(), "--fraction", "0.7", "--seed", "1");
        final QmriRun c = qmri("split", "--in", DEVELOPMENT.toString(), "--fraction", "0.7", "--seed", "2");
        assertEquals(0, a.status(), a.err());
        assertEquals(a.out(), b.out());
        assertNotEquals(a.out(), c.out());
        final long training = a.out().lines().filter(l -> l.endsWith(",train")).count();
        assertEquals(Math.round(0.7 * 138), training);
    }

    @Test
    void aFractionOutsideTheOpenUnitIntervalIsAUsageError() {
        for (final String f : List.of("0", "1", "1.5", "-0.2")) {
            final QmriRun r = qmri("split", "--in", DEVELOPMENT.toString(), "--fraction", f, "--seed", "1");
            assertEquals(2, r.status(), f + ": " + r.err());
            assertTrue(r.err().contains("--fraction"), r.err());
        }
    }

    @Test
    void anInputWithASetColumnIsRefused() throws IOException {
        final Path in = Files.writeString(tmp.resolve("in.csv"), "a,set\n1,x\n2,y\n");
        final QmriRun r = qmri("split", "--in", in.toString(), "--fraction", "0.5", "--seed", "1");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("'set'"), r.err());
    }
}
