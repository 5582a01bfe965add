package org.qmrinodes.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.port.PortObject;
import org.qmrinodes.cli.report.Fr24Study;

/**
 * The Fr24 workflow, read back from its committed folder and executed node by node, writes the same
 * tables and figures as {@code qmri demo --study fr24} on the workflow's own feature tables, to the last
 * digit and byte.
 */
class Fr24WorkflowTest {

    private static Map<String, PortObject> written;
    private static Path cli;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void execute() throws Exception {
        final Path folder = WorkflowTestSupport.committed(Fr24DceRadiomics.NAME);
        written = WorkflowRun.execute(SavedWorkflow.read(folder));
        cli = WorkflowTables.cliStudy(Fr24Study.NAME, folder.resolve(Fr24DceRadiomics.TRAINING), tmp.resolve("fr24"),
            "--test-set", folder.resolve(Fr24DceRadiomics.TEST).toString(), "--readers",
            folder.resolve(Fr24DceRadiomics.READERS).toString());
    }

    @Test
    void everyFileOfTheWorkflowEqualsTheCommandLines() throws Exception {
        // The workflow does not write the command line's own files: the rad-score and prediction tables (its
        // predictor nodes append to the whole table), the full coefficient table and the settings.
        final TreeSet<String> study = Fr24Study.FILES.stream().filter(f -> !f.startsWith("radscore_")
            && !f.startsWith("predictions_") && !f.equals("settings_used.csv") && !f.equals("lasso_coefficients.csv"))
            .map(f -> "output/" + f)
            .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(study, new TreeSet<>(written.keySet()));
        assertEquals(study, new TreeSet<>(WorkflowTables.assertSameAsCommandLine(written, cli)));
    }

    @Test
    void theChainKeepsFewerFeaturesAtEveryStep() {
        final int dropped = WorkflowTables.column(written, "output/dropped_features.csv", "feature").size();
        final int screened = WorkflowTables.column(written, "output/univariate_training.csv", "feature").size();
        final int selected = WorkflowTables.column(written, "output/lasso_selected.csv", "term").size() - 1;
        assertTrue(dropped > 0 && screened == 960 - dropped && selected >= 1 && selected < screened,
            dropped + " / " + screened + " / " + selected);
    }
}
