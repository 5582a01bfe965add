package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.qmrinodes.cli.report.HtmlReport;
import org.qmrinodes.core.data.DisplayNumbers;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.testing.CsvTable;

/** Help, version, the fit's conventions file and the rounding of the HTML report. */
class UsabilityTest {

    private static final int WIDTH = 100;

    private static String joined(final String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void overviewShowsEachCommandsWholeSynopsisWrappedAtWords() {
        final QmriRun r = qmri("--help");
        assertEquals(0, r.status());
        for (final String line : r.out().lines().toList()) {
            assertTrue(line.length() <= WIDTH, "too long: " + line);
        }
        final String text = joined(r.out());
        for (final Command c : Qmri.standard().commands()) {
            final String synopsis = joined(c.synopsis());
            assertTrue(synopsis.endsWith("."), c.name() + ": a whole sentence: " + synopsis);
            assertTrue(text.contains(c.name() + " " + synopsis), c.name() + " not shown whole: " + r.out());
        }
    }

    @Test
    void commandHelpWrapsEveryDescriptionAtWordsWithoutLosingAWord() {
        for (final Command c : Qmri.standard().commands()) {
            final QmriRun r = qmri(c.name(), "--help");
            assertEquals(0, r.status(), c.name());
            final List<String> lines = r.out().lines().toList();
            for (final String line : lines.subList(1, lines.size())) {
                assertTrue(line.length() <= WIDTH, c.name() + " help line too long: " + line);
            }
            final String text = joined(r.out());
            assertTrue(text.contains(joined(c.summary())), c.name() + ": summary");
            for (final Options.Spec s : c.options().specs()) {
                assertTrue(text.contains(joined(s.description())), c.name() + " --" + s.name() + ": " + s.description());
            }
        }
    }

    @Test
    void shortHelpIsAcceptedAfterACommand() {
        final QmriRun r = qmri("roc", "-h");
        assertEquals(0, r.status(), r.err());
        assertEquals(qmri("roc", "--help").out(), r.out());
        assertTrue(r.out().contains("usage: qmri roc"), r.out());
    }

    @Test
    void versionIsTheMavenProjectVersion() throws IOException {
        final String pom = Files.readString(Path.of("pom.xml"));
        final Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
        assertTrue(m.find(), "the cli pom names its parent version");
        final QmriRun r = qmri("--version");
        assertEquals(0, r.status(), r.err());
        assertEquals("qmri " + m.group(1) + "\n", r.out());
        assertTrue(qmri("--help").out().contains("--version"));
    }

    @Test
    void fitConventionsAreWrittenAsPlainText(@TempDir final Path tmp) throws IOException {
        final Path cohort = tmp.resolve("cohort");
        assertEquals(0, qmri("generate-mr", "--out-dir", cohort.toString(), "--patients", "1", "--protocols", "dwi")
            .status());
        final CsvTable manifest = CsvTable.read(cohort.resolve("manifest.csv"));
        final Path maps = tmp.resolve("maps");
        final QmriRun r = qmri("fit", "--dir", cohort.toString(), "--series", manifest.text(0, "series_uid"), "--model",
            "dki", "--mask", cohort.resolve(manifest.text(0, "reader1_mask")).toString(), "--out-dir", maps.toString());
        assertEquals(0, r.status(), r.err());
        final String text = Files.readString(maps.resolve("fit.txt"));
        assertFalse(text.contains("Bound[") || text.contains("lower=") || text.contains("Infinity"), text);
        assertTrue(text.contains("Dapp bounds: 0 .. 0.01 mm\u00b2/s"), text);
        assertTrue(text.contains("Kapp bounds: 0 .. 3"), text);
        assertTrue(text.contains("S0 bounds: 0 .. \u221e"), text);
    }

    @Test
    void reportRoundsAsAJournalWould() {
        assertEquals("< 0.001", DisplayNumbers.pValue(0.000412));
        assertEquals("0.00100", DisplayNumbers.pValue(0.001));
        assertEquals("0.0123", DisplayNumbers.pValue(0.012345));
        assertEquals("0.457", DisplayNumbers.pValue(0.45678));
        assertEquals("1.00", DisplayNumbers.pValue(1.0));
        assertEquals("0.723", DisplayNumbers.significant(0.72345));
        assertEquals("-12.3", DisplayNumbers.significant(-12.345));
        assertEquals("1230", DisplayNumbers.significant(1234.5));
        assertEquals("0.00153", DisplayNumbers.significant(0.0015345));
        assertEquals("2.35e-07", DisplayNumbers.significant(2.346e-7));
        assertEquals("1.23e+08", DisplayNumbers.significant(1.2345e8));
        assertEquals("0.00", DisplayNumbers.significant(0.0));
        final ResultTable t = ResultTable.builder(ResultTable.text("feature"), ResultTable.integer("n"),
            ResultTable.real("auc"), ResultTable.real("p_value"), ResultTable.real("p_adjusted"))
            .row("ADC_mean", 150, 0.7234567, 0.0000123, 0.04567).build();
        final String html = new HtmlReport("t").table(t, List.of("feature", "n", "auc", "p_value", "p_adjusted"))
            .page();
        assertTrue(html.contains(">150<") && html.contains(">0.723<") && html.contains(">&lt; 0.001<")
            && html.contains(">0.0457<"), html);
    }
}
