package org.qmrinodes.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.port.PortObject;
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
        cli = WorkflowTables.cliStudy(Fr25Study.NAME, folder.resolve(Fr25SymriNomogram.COHORT), tmp.resolve("fr25"));
    }

    @Test
    void theWorkflowWritesEveryFileOfTheStudyButThePredictionsAndEachEqualsTheCommandLines() throws Exception {
        final TreeSet<String> study = Fr25Study.files().stream().filter(f -> !f.startsWith("predictions_") && !f.equals("settings_used.csv"))
            .map(f -> "output/" + f).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(study, new TreeSet<>(written.keySet()));
        assertEquals(study, new TreeSet<>(WorkflowTables.assertSameAsCommandLine(written, cli)));
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
