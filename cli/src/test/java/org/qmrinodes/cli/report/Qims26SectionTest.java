package org.qmrinodes.cli.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/** The demo's QIMS26 section: the study's files, the published AUCs beside the synthetic cohort's. */
class Qims26SectionTest {

    @TempDir
    Path dir;

    @Test
    void theStudysFilesAndThePublishedAucsAreInTheSection() throws Exception {
        final HtmlReport report = new HtmlReport("test");
        final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Qims26Section.write(dir, report, quiet);
        for (final String f : Qims26Study.files()) {
            assertTrue(Files.size(dir.resolve("qims26").resolve(f)) > 0, f);
        }
        final String page = report.page();
        assertTrue(page.contains(Qims26Section.WORKFLOW), "the section names its workflow");
        for (final String published : new String[] {"0.800", "0.762", "0.854"}) {
            assertTrue(page.contains("<td class=\"num\">" + published + "</td>"), "published " + published);
        }
        final CsvTable roc = CsvTable.read(dir.resolve("qims26/roc_low_vs_positive.csv"));
        final double combined = roc.number(roc.size() - 1, "auc");
        for (int r = 0; r < roc.size() - 1; r++) {
            assertTrue(combined > roc.number(r, "auc"), "the combined model beats " + roc.text(r, "score"));
        }
        // T2* was assumed so that it separates the groups about as published (0.800).
        assertTrue(Math.abs(roc.number(roc.size() - 2, "auc") - 0.800) < 0.06, "T2* AUC " + roc.number(roc.size() - 2, "auc"));
    }
}
