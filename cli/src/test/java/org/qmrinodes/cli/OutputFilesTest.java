package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/** No output option overwrites an input, and only the last missing folder level of an output is created. */
class OutputFilesTest {

    private static final String TABLE = "y,s\n1,0.9\n0,0.1\n1,0.8\n0,0.2\n1,0.7\n0,0.3\n";

    @TempDir
    Path tmp;

    private Path table() throws IOException {
        final Path in = tmp.resolve("in.csv");
        Files.writeString(in, TABLE);
        return in;
    }

    private static QmriRun roc(final Path in, final String... outputs) {
        final List<String> args = new ArrayList<>(List.of("roc", "--in", in.toString(), "--truth", "y", "--positive",
            "1", "--score", "s"));
        args.addAll(List.of(outputs));
        return qmri(args.toArray(String[]::new));
    }

    @Test
    void anOutputThatIsTheInputIsRefusedAndTheInputKept() throws IOException {
        final Path in = table();
        for (final String[] output : new String[][] {{"--out", in.toString()},
            {"--out", tmp.resolve("sub/../in.csv").toString()}, {"--curve-out", in.toString()},
            {"--plot", in.toString()}}) {
            if (output[1].contains("sub")) {
                Files.createDirectories(tmp.resolve("sub"));
            }
            final QmriRun r = roc(in, output);
            assertEquals(2, r.status(), String.join(" ", output) + ": " + r.err());
            assertTrue(r.err().contains(output[0]) && r.err().contains("input --in"), r.err());
            assertEquals(TABLE, Files.readString(in), "the input is unchanged");
        }
        final Path link = tmp.resolve("link.csv");
        Files.createSymbolicLink(link, in);
        assertEquals(2, roc(in, "--out", link.toString()).status(), "the same file under another name");
        assertEquals(TABLE, Files.readString(in));
    }

    @Test
    void twoOutputsOnOneFileAreRefused() throws IOException {
        final Path out = tmp.resolve("out.csv");
        final QmriRun r = roc(table(), "--out", out.toString(), "--curve-out", out.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("--curve-out") && r.err().contains("--out"), r.err());
    }

    @Test
    void onlyTheLastMissingFolderLevelIsCreated() throws IOException {
        final Path in = table();
        final QmriRun one = roc(in, "--out", tmp.resolve("new/roc.csv").toString());
        assertEquals(0, one.status(), one.err());
        assertTrue(Files.isRegularFile(tmp.resolve("new/roc.csv")));
        final QmriRun two = roc(in, "--out", tmp.resolve("a/b/roc.csv").toString());
        assertEquals(1, two.status(), two.err());
        assertTrue(two.err().contains(tmp.resolve("a").toString()) && two.err().contains("does not exist"), two.err());
        assertFalse(Files.exists(tmp.resolve("a")), "no folder made above the missing one");
        final QmriRun gen = qmri("generate-mr", "--out-dir", tmp.resolve("x/y").toString(), "--patients", "1",
            "--protocols", "t2");
        assertEquals(1, gen.status(), gen.err());
        assertTrue(gen.err().contains("does not exist") && !gen.err().contains("Exception"), gen.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void aFitDoesNotOverwriteItsMaskWithAMap() throws IOException {
        final Path cohort = tmp.resolve("cohort");
        assertEquals(0, qmri("generate-mr", "--out-dir", cohort.toString(), "--patients", "1", "--protocols", "dwi")
            .status());
        final CsvTable manifest = CsvTable.read(cohort.resolve("manifest.csv"));
        final Path maps = Files.createDirectories(tmp.resolve("maps"));
        final Path mask = maps.resolve("adc.nii.gz");
        Files.copy(cohort.resolve(manifest.text(0, "reader1_mask")), mask);
        final byte[] before = Files.readAllBytes(mask);
        final QmriRun r = qmri("fit", "--dir", cohort.toString(), "--series", manifest.text(0, "series_uid"), "--model",
            "adc", "--mask", mask.toString(), "--out-dir", maps.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("--mask") && r.err().contains("adc.nii.gz"), r.err());
        assertArrayEquals(before, Files.readAllBytes(mask));
    }

    @Test
    void theDemoRefusesInputsInsideItsReportFolder() throws IOException {
        final Path report = Files.createDirectories(tmp.resolve("report"));
        final Path cohort = report.resolve("roc_low_vs_over.csv");
        Files.copy(CsvTable.validationDir().resolveSibling("test-workflows/data/shen25_synthetic_cohort.csv"), cohort);
        final byte[] before = Files.readAllBytes(cohort);
        final QmriRun r = qmri("demo", "--out-dir", report.toString(), "--cohort", cohort.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("--cohort") && r.err().contains("--out-dir"), r.err());
        assertArrayEquals(before, Files.readAllBytes(cohort));
    }

    @Test
    void everyPathOptionDeclaresWhetherItIsReadOrWritten() {
        final Set<String> inputs = Set.of("in", "unpaired-in", "dir", "image", "mask", "valid", "background", "b1",
            "cohort", "readers", "pre", "post", "indices", "known-ids", "key-file", "fixed", "moving", "params",
            "coefficients", "test-set", "apply-in");
        final Set<String> namedOutputs = Set.of("transform", "matrix");
        int outputs = 0;
        for (final Command c : Qmri.standard().commands()) {
            for (final Options.Spec s : c.options().specs()) {
                final String where = c.name() + " --" + s.name();
                if (s.name().equals("out-dir")) {
                    assertEquals(Options.Role.OUTPUT_FOLDER, s.role(), where);
                } else if (s.name().equals("out") || s.name().endsWith("-out") || s.name().startsWith("plot")
                    || s.name().equals("svg") || namedOutputs.contains(s.name())) {
                    assertEquals(Options.Role.OUTPUT, s.role(), where);
                    outputs++;
                } else if (inputs.contains(s.name())) {
                    assertEquals(Options.Role.INPUT, s.role(), where);
                } else {
                    assertEquals(Options.Role.VALUE, s.role(), where);
                }
            }
        }
        assertTrue(outputs >= 20, "outputs checked: " + outputs);
    }
}
