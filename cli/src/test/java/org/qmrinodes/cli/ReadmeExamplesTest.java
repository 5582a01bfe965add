package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Every {@code java -jar cli/target/qmri.jar ...} example of the README runs as written, in order,
 * from a copy of the repository files it reads.
 */
class ReadmeExamplesTest {

    private static final String JAR = "java -jar cli/target/qmri.jar";

    private static final Path ROOT = CsvTable.validationDir().toAbsolutePath().normalize().getParent();

    /** @return the README's qmri commands as argument lists: continuations joined, comments removed */
    static List<List<String>> commands(final String readme) {
        final List<List<String>> commands = new ArrayList<>();
        String pending = null;
        for (final String raw : readme.lines().toList()) {
            String line = raw.strip();
            if (pending == null && !line.startsWith(JAR)) {
                continue;
            }
            final int comment = line.indexOf(" #");
            if (comment >= 0) {
                line = line.substring(0, comment).strip();
            }
            final boolean continued = line.endsWith("\\");
            if (continued) {
                line = line.substring(0, line.length() - 1).strip();
            }
            pending = pending == null ? line : pending + " " + line;
            if (!continued) {
                commands.add(List.of(pending.substring(JAR.length()).strip().split("\\s+")));
                pending = null;
            }
        }
        assertTrue(pending == null, "a continued line at the end: " + pending);
        return commands;
    }

    @Test
    void continuationsAndCommentsAreHandled() {
        assertEquals(List.of(List.of("roc", "--in", "a.csv", "--truth", "y"), List.of("--help")),
            commands("text\n```sh\n# " + JAR + " commented out\n" + JAR + " roc --in a.csv \\\n     --truth y   # why\n"
                + "other line\n" + JAR + " --help\n```\n"));
    }

    @Test
    void everyReadmeExampleRunsAsWritten(@TempDir final Path tmp) throws IOException {
        final List<List<String>> commands = commands(Files.readString(ROOT.resolve("README.md")));
        final List<String> names = commands.stream().map(c -> c.get(0)).toList();
        assertTrue(names.containsAll(List.of("generate-mr", "dicom-scan", "fit", "histogram", "roc", "delong", "compare",
            "icc", "kappa", "logistic", "lasso", "radiomics", "register", "--help")), names.toString());
        assertTrue(names.indexOf("generate-mr") < names.indexOf("dicom-scan")
            && names.indexOf("dicom-scan") < names.indexOf("fit") && names.indexOf("fit") < names.indexOf("histogram"),
            "the walk-through order: " + names);
        for (final List<String> command : commands) {
            for (final String argument : command) {
                final Path file = ROOT.resolve(argument).normalize();
                if (!argument.startsWith("-") && file.startsWith(ROOT) && Files.isRegularFile(file)) {
                    Files.createDirectories(tmp.resolve(argument).getParent());
                    Files.copy(file, tmp.resolve(argument), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        final Qmri qmri = Qmri.standard().in(tmp);
        for (final List<String> command : commands) {
            final ByteArrayOutputStream out = new ByteArrayOutputStream();
            final ByteArrayOutputStream err = new ByteArrayOutputStream();
            final int status = qmri.run(command.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
            final String errText = err.toString(StandardCharsets.UTF_8);
            assertEquals(0, status, String.join(" ", command) + "\n" + errText);
            assertFalse(errText.contains("Exception"), errText);
        }
        assertTrue(CsvTable.read(tmp.resolve("results/dapp_features.csv")).number(0, "voxels") > 0,
            "the walk-through reaches the lesion's features");
        final CsvTable radiomics = CsvTable.read(tmp.resolve("results/radiomics.csv"));
        assertEquals(radiomics.number(0, "voxels"), CsvTable.read(tmp.resolve("results/dapp_features.csv")).number(0, "voxels")
            + CsvTable.read(tmp.resolve("results/dapp_features.csv")).number(0, "excluded_voxels"), 0,
            "radiomics and histogram features of the same lesion mask");
        assertTrue(Files.readString(tmp.resolve("results/t2star_to_dwi.tfm")).contains("Euler3DTransform_double_3_3"));
    }
}
