package org.qmrinodes.cli.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's Shen25 section: the study's files, its workflow named, Table 3's published means beside ours. */
class Shen25SectionTest {

    @TempDir
    Path dir;

    @Test
    void theStudysFilesAndThePublishedTableThreeAreInTheSection() throws Exception {
        final HtmlReport report = new HtmlReport("test");
        Shen25Section.write(dir, report, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        for (final String f : Shen25Study.FILES) {
            assertTrue(Files.size(dir.resolve("shen25").resolve(f)) > 0, f);
        }
        final String page = report.page();
        assertTrue(page.contains(Shen25Section.WORKFLOW), "the section names its workflow");
        // Table 3 of the paper: Kapp_entropy 1.143 / 1.171 / 0.920, p² < 0.001; ROC context: K_Entropy 0.776.
        for (final String published : new String[] {"<td class=\"num\">1.14</td>", "<td class=\"num\">0.920</td>",
            "<td class=\"num\">0.776</td>"}) {
            assertTrue(page.contains(published), published);
        }
    }
}
