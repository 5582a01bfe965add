package org.qmrinodes.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.image.ImagePortObject;
import org.qmrinodes.cli.Qmri;
import org.qmrinodes.cli.report.Fr25Study;

/**
 * The Fr25 workflow, read back from its committed folder and executed node by node, writes the same
 * tables and figures as {@code qmri demo --study fr25} on the workflow's own cohort file, to the last
 * digit and byte.
 */
class Fr25WorkflowTest {

    private static Map<String, PortObject> written;
    private static Path cli;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void execute() throws Exception {
        final Path folder = WorkflowTestSupport.committed(Fr25SymriNomogram.NAME);
        written = WorkflowRun.execute(SavedWorkflow.read(folder));
        cli = tmp.resolve("fr25");
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final int status = Qmri.execute(new String[] {"demo", "--study", Fr25Study.NAME, "--cohort",
            folder.resolve(Fr25SymriNomogram.COHORT).toString(), "--out-dir", cli.toString()},
            new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, () -> err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theWorkflowWritesEveryFileOfTheStudyButThePredictions() {
        final TreeSet<String> study = Fr25Study.files().stream().filter(f -> !f.startsWith("predictions_"))
            .map(f -> "output/" + f).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(study, new TreeSet<>(written.keySet()));
    }

    @Test
    void everyTableEqualsTheCommandLines() {
        for (final String file : written.keySet()) {
            if (file.endsWith(".csv")) {
                WorkflowTables.assertSameTable(written, file, cli.resolve(Path.of(file).getFileName()));
            }
        }
    }

    @Test
    void everyFigureEqualsTheCommandLinesByteForByte() throws Exception {
        for (final String file : written.keySet()) {
            if (file.endsWith(".png")) {
                final ImagePortObject image = assertInstanceOf(ImagePortObject.class, written.get(file), file);
                assertArrayEquals(Files.readAllBytes(cli.resolve(Path.of(file).getFileName())),
                    ((PNGImageValue) image.toDataCell()).getImageContent().getByteArray(), file);
            }
        }
    }

    @Test
    void theModelsAreThePapers() {
        final List<String> terms = List.of("(Intercept)", "ADC", "longest_diameter", "T2_pre",
            "enhancement_pattern=heterogeneous", "enhancement_pattern=rim");
        assertEquals(terms, WorkflowTables.column(written, "output/multivariable_positive_vs_negative.csv", "term"));
        assertEquals(List.of("(Intercept)", "ADC", "PD_delta"),
            WorkflowTables.column(written, "output/multivariable_low_vs_zero.csv", "term"));
    }
}
