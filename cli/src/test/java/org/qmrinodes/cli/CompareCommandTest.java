package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/** {@code qmri compare}: contract columns, agreement with R through CSV, exit status and messages. */
class CompareCommandTest {

    private static final Path DATA = CsvTable.validationDir().resolve("comparison/data");
    private static final Path GOLDEN = CsvTable.validationDir().resolve("comparison/golden");

    @TempDir
    Path tmp;

    @Test
    void kruskalWallisThroughCsvAgreesWithR() {
        final Path out = tmp.resolve("compare.csv");
        final QmriRun r = qmri("compare", "--in", DATA.resolve("continuous.csv").toString(), "--group", "group", "--value",
            "normal,tied,skewed,with_missing,constant", "--test", "kruskal-wallis", "--adjust", "holm", "--out",
            out.toString());
        assertEquals(0, r.status(), r.err());
        final CsvTable t = CsvTable.read(out);
        assertEquals(List.of("feature", "test", "statistic", "p_value", "n"), t.header().subList(0, 5));
        final CsvTable golden = CsvTable.read(GOLDEN.resolve("k_sample.csv"));
        final CsvTable screening = CsvTable.read(GOLDEN.resolve("screening.csv"));
        for (int g = 0; g < golden.size(); g++) {
            if (golden.text(g, "dataset").equals("continuous") && golden.text(g, "test").equals("kruskal-wallis")) {
                final int row = t.texts("feature").indexOf(golden.text(g, "feature"));
                assertEquals("kruskal-wallis", t.text(row, "test"));
                assertRelative(golden.number(g, "statistic"), t.number(row, "statistic"), 1e-9, 0, "H");
                assertRelative(golden.number(g, "p_value"), t.number(row, "p_value"), 1e-9, 0, "p");
                assertRelative(screening.number(row, "p_holm"), t.number(row, "p_adjusted"), 1e-9, 0, "holm");
            }
        }
        final int constant = t.texts("feature").indexOf("constant");
        assertEquals("", t.text(constant, "test"));
        assertTrue(t.text(constant, "note").startsWith("constant"), t.text(constant, "note"));
        assertTrue(r.err().contains("warning: 'constant' not tested"), r.err());
        assertEquals("40", t.text(t.texts("feature").indexOf("with_missing"), "n"));
    }

    @Test
    void categoricalFeaturesAndTableOne() throws IOException {
        final Path in = tmp.resolve("cohort.csv");
        final StringBuilder csv = new StringBuilder("her2,shape,size\n");
        final String[][] cells = {{"zero", "oval", "29"}, {"zero", "irregular", "17"}, {"low", "oval", "11"},
            {"low", "irregular", "44"}, {"over", "oval", "18"}, {"over", "irregular", "22"}};
        int k = 0;
        for (final String[] c : cells) {
            for (int i = 0; i < Integer.parseInt(c[2]); i++) {
                csv.append(c[0]).append(',').append(c[1]).append(',').append(20 + (k++ % 17)).append('\n');
            }
        }
        Files.writeString(in, csv.toString());
        final Path html = tmp.resolve("table1.html");
        final QmriRun r = qmri("compare", "--in", in.toString(), "--group", "her2", "--value", "size", "--categorical",
            "shape", "--groups", "zero,low,over", "--no-yates", "--contrasts", "low:zero,low:over", "--table1-out",
            html.toString());
        assertEquals(0, r.status(), r.err());
        final String[] lines = r.out().split("\n");
        assertTrue(lines[2].startsWith("shape,chi-square,"), lines[2]);
        final String page = Files.readString(html);
        assertTrue(page.contains("<th>p low vs zero</th>"), page);
        assertTrue(page.contains("<td>shape, n (%)</td>"), page);
    }

    @Test
    void badInputGivesMessagesAndExitStatus() throws IOException {
        final Path in = tmp.resolve("bad.csv");
        Files.writeString(in, "g,x\na,1\na,2\nb,three\nb,4\n");
        QmriRun r = qmri("compare", "--in", in.toString(), "--group", "g", "--value", "x");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("line 4") && r.err().contains("column 'x'") && r.err().contains("'three'"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());

        r = qmri("compare", "--in", in.toString(), "--group", "nope", "--value", "x");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no column 'nope'"), r.err());

        r = qmri("compare", "--in", in.toString(), "--group", "g", "--value", "x", "--test", "magic");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--test must be one of auto|t|welch"), r.err());

        Files.writeString(in, "g,x\na,1\na,2\na,4\n");
        r = qmri("compare", "--in", in.toString(), "--group", "g", "--value", "x");
        assertEquals(1, r.status());
        assertTrue(r.err().contains(in + ": Group column 'g' must hold at least two groups"), r.err());

        Files.writeString(in, "g,x\na,1\na,2\nb,4\nb,5\nc,1\n");
        r = qmri("compare", "--in", in.toString(), "--group", "g", "--value", "x", "--test", "t");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("compares 2 groups"), r.err());

        r = qmri("compare", "--in", in.toString(), "--group", "g", "--value", "x", "--table1-out",
            tmp.resolve("t1.csv").toString(), "--digits", "2.7");
        assertEquals(2, r.status(), "not silently 2 digits: " + r.err());
        assertTrue(r.err().contains("--digits") && r.err().contains("2.7"), r.err());
    }

    @Test
    void helpListsEveryTest() {
        final QmriRun r = qmri("compare", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("auto|t|welch|mann-whitney|anova|welch-anova|kruskal-wallis|chi-square|fisher"),
            r.out());
    }
}
