package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/** {@code qmri her2}: the guideline truth tables through the command line, counts, custom rules and bad input. */
class Her2CommandTest {

    private static final Path TRUTH = CsvTable.validationDir().resolve("clinical/her2_truth_table.csv");

    @TempDir
    Path tmp;

    @Test
    void everyRuleReproducesItsTruthTable() throws IOException {
        final List<String> lines = Files.readAllLines(TRUTH);
        for (final String rule : List.of("asco-cap-2018", "asco-cap-2023", "asco-cap-2018-groups-2-4-equivocal", "qims26",
            "fr24")) {
            final List<String> subset = new ArrayList<>(List.of(lines.get(0)));
            lines.stream().skip(1).filter(l -> l.startsWith(rule + ",")).forEach(subset::add);
            final Path in = Files.write(tmp.resolve(rule + ".csv"), subset);
            final Path out = tmp.resolve(rule + "-out.csv");
            final List<String> args = new ArrayList<>(List.of("her2", "--in", in.toString(), "--ihc", "ihc", "--ratio",
                "ratio", "--copy-number", "copy_number", "--fish", "fish_result", "--out", out.toString()));
            if (rule.endsWith("-groups-2-4-equivocal")) {
                args.addAll(List.of("--rule", "asco-cap-2018", "--groups-2-4", "equivocal"));
            } else {
                args.addAll(List.of("--rule", rule));
            }
            final QmriRun r = qmri(args.toArray(String[]::new));
            assertEquals(0, r.status(), rule + ": " + r.err());
            final CsvTable t = CsvTable.read(out);
            assertEquals(subset.size() - 1, t.size(), rule);
            assertEquals(List.of("rule", "ihc", "ratio", "copy_number", "fish_result", "expected", "her2_status",
                "her2_reason", "her2_rule"), t.header());
            for (int i = 0; i < t.size(); i++) {
                assertEquals(t.text(i, "expected"), t.text(i, "her2_status"), rule + " line " + (i + 2) + ": "
                    + subset.get(i + 1) + " (" + t.text(i, "her2_reason") + ")");
            }
            assertTrue(r.err().contains("unclassifiable"), r.err());
        }
    }

    @Test
    void countsEveryCategoryAndKeepsTheInputRowsAsWritten() {
        final Path in = write("id,ihc,fish\np1,0,\np2,1+,\n\"p3, left\",2+,Amplified\np4,2+,\np5,3,\np6,,\np7,2+,NEG\n");
        final QmriRun r = qmri("her2", "--in", in.toString(), "--ihc", "ihc", "--fish", "fish", "--rule", "fr24");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("warning: HER2 status by Fr24 (ratio > 2.0 or copy number > 6.0): 1 HER2-zero, "
            + "2 HER2-low, 2 HER2-positive, 0 equivocal, 2 unclassifiable"), r.err());
        final CsvTable t = parse(r.out());
        assertEquals(List.of("p1", "p2", "p3, left", "p4", "p5", "p6", "p7"), t.texts("id"));
        assertEquals(List.of("HER2-zero", "HER2-low", "HER2-positive", "unclassifiable", "HER2-positive",
            "unclassifiable", "HER2-low"), t.texts("her2_status"));
        assertEquals("IHC 2+ without an ISH result", t.text(3, "her2_reason"));
    }

    @Test
    void customThresholdsChooseBetweenAtLeastAndAbove() {
        final Path in = write("ihc,ratio\n2+,2.0\n");
        final QmriRun inclusive = qmri("her2", "--in", in.toString(), "--ihc", "ihc", "--ratio", "ratio", "--rule",
            "custom", "--ratio-threshold", "2.0");
        assertEquals(0, inclusive.status(), inclusive.err());
        assertEquals("HER2-positive", parse(inclusive.out()).text(0, "her2_status"));
        final QmriRun strict = qmri("her2", "--in", in.toString(), "--ihc", "ihc", "--ratio", "ratio", "--rule",
            "custom", "--ratio-threshold", "2.0", "--inclusive", "false");
        assertEquals(0, strict.status(), strict.err());
        final CsvTable t = parse(strict.out());
        assertEquals("HER2-low", t.text(0, "her2_status"));
        assertEquals("custom (ratio > 2.0)", t.text(0, "her2_rule"));
    }

    @Test
    void badValuesNameTheLineAndColumn() {
        final Path ihc = write("id,ihc\na,1+\n\"b\nsecond line\",0\nc,4+\n");
        final QmriRun badIhc = qmri("her2", "--in", ihc.toString(), "--ihc", "ihc", "--rule", "asco-cap-2023");
        assertEquals(1, badIhc.status(), badIhc.err());
        assertTrue(badIhc.err().contains("line 5, column 'ihc'") && badIhc.err().contains("'4+'"), badIhc.err());
        final Path fish = write("ihc,fish\n2+,amplified\n2+,borderline\n");
        final QmriRun badFish = qmri("her2", "--in", fish.toString(), "--ihc", "ihc", "--fish", "fish", "--rule", "fr24");
        assertEquals(1, badFish.status(), badFish.err());
        assertTrue(badFish.err().contains("line 3, column 'fish'") && badFish.err().contains("borderline"), badFish.err());
        final QmriRun noThreshold = qmri("her2", "--in", fish.toString(), "--ihc", "ihc", "--rule", "custom");
        assertEquals(2, noThreshold.status(), noThreshold.err());
        assertTrue(noThreshold.err().contains("--ratio-threshold"), noThreshold.err());
        final QmriRun wrongRule = qmri("her2", "--in", fish.toString(), "--ihc", "ihc", "--rule", "fr24", "--groups-2-4",
            "equivocal");
        assertEquals(2, wrongRule.status(), wrongRule.err());
        final QmriRun thresholdWithoutCustom = qmri("her2", "--in", fish.toString(), "--ihc", "ihc", "--rule", "qims26",
            "--inclusive", "false");
        assertEquals(2, thresholdWithoutCustom.status(), thresholdWithoutCustom.err());
        assertTrue(thresholdWithoutCustom.err().contains("--rule custom"), thresholdWithoutCustom.err());
        final QmriRun column = qmri("her2", "--in", fish.toString(), "--ihc", "score", "--rule", "fr24");
        assertEquals(2, column.status(), column.err());
        for (final QmriRun r : List.of(badIhc, badFish, noThreshold, wrongRule, column)) {
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    private Path write(final String csv) {
        try {
            return Files.writeString(tmp.resolve("in" + System.nanoTime() + ".csv"), csv);
        } catch (final IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private CsvTable parse(final String csv) {
        return CsvTable.read(write(csv));
    }
}
