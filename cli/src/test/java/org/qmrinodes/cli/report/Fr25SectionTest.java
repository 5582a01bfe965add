package org.qmrinodes.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The demo's Fr25 section: every file of the study written, the paper's numbers printed beside the
 * synthetic cohort's, the combined models discriminating as the cohort's design allows.
 */
class Fr25SectionTest {

    @TempDir
    Path dir;

    @Test
    void theStudysFilesAndThePublishedNumbersAreInTheSection() throws Exception {
        final HtmlReport report = new HtmlReport("test");
        final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Fr25Section.write(dir, report, quiet);
        for (final String f : Fr25Study.files()) {
            assertTrue(Files.size(dir.resolve("fr25").resolve(f)) > 0, f);
        }
        final String page = report.page();
        assertTrue(page.contains(Fr25Section.WORKFLOW), "the section names its workflow");
        final Matcher images = Pattern.compile("<img src=\"([^\"]+)\"").matcher(page);
        int shown = 0;
        while (images.find()) {
            assertTrue(Files.isRegularFile(dir.resolve(images.group(1))), images.group(1));
            shown++;
        }
        assertEquals(2 + 2 * 4, shown, "Tables 2 and 3, and ROC, nomogram, calibration and DCA per endpoint");
        for (final String published : new String[] {"0.940", "0.810", "0.930", "0.830", "0.0800", "0.182"}) {
            assertTrue(page.contains("<td class=\"num\">" + published + "</td>"), "published " + published);
        }
        final CsvTable positive = CsvTable.read(dir.resolve("fr25/roc_positive_vs_negative.csv"));
        final CsvTable low = CsvTable.read(dir.resolve("fr25/roc_low_vs_zero.csv"));
        final double positiveAuc = positive.number(positive.size() - 1, "auc");
        final double lowAuc = low.number(low.size() - 1, "auc");
        assertEquals("combined_model", positive.text(positive.size() - 1, "score"));
        // The combined model beats each of its predictors, and lands near the paper's AUC (0.940 and 0.810),
        // below it as independent predictors with the printed group summaries allow.
        for (int r = 0; r < positive.size() - 1; r++) {
            assertTrue(positiveAuc > positive.number(r, "auc"), positive.text(r, "score"));
        }
        assertTrue(positiveAuc > 0.85 && positiveAuc < 0.96, "HER2-positive model AUC " + positiveAuc);
        assertTrue(lowAuc > 0.68 && lowAuc < 0.86, "HER2-low model AUC " + lowAuc);
    }
}
