package org.qmrinodes.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObject;
import org.qmrinodes.cli.report.Qims26Study;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The QIMS26 workflow, read back from its committed folder and executed node by node, writes the same
 * tables and figures as {@code qmri demo --study qims26} on the workflow's own cohort file, and its
 * forest plot shows the command line's odds ratios.
 */
class Qims26WorkflowTest {

    private static final String ENDPOINT = "low_vs_positive";

    private static Map<String, PortObject> written;
    private static Path cli;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void execute() throws Exception {
        final Path folder = WorkflowTestSupport.committed(Qims26Relaxometry.NAME);
        written = WorkflowRun.execute(SavedWorkflow.read(folder));
        cli = WorkflowTables.cliStudy(Qims26Study.NAME, folder.resolve(Qims26Relaxometry.COHORT), tmp.resolve("qims26"));
    }

    @Test
    void everyFileOfTheStudyButThePredictionsEqualsTheCommandLines() throws Exception {
        final TreeSet<String> study = Qims26Study.files().stream().filter(f -> !f.startsWith("predictions_") && !f.equals("settings_used.csv"))
            .map(f -> "output/" + f).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(study, new TreeSet<>(WorkflowTables.assertSameAsCommandLine(written, cli)));
        final TreeSet<String> all = new TreeSet<>(study);
        all.addAll(List.of("output/forest_" + ENDPOINT + ".csv", "output/forest_" + ENDPOINT + ".png"));
        assertEquals(all, new TreeSet<>(written.keySet()));
    }

    @Test
    void theForestPlotShowsTheOddsRatiosOfTheUnivariableAndCombinedModels() {
        final BufferedDataTable forest = (BufferedDataTable) written.get("output/forest_" + ENDPOINT + ".csv");
        final int panel = forest.getDataTableSpec().findColumnIndex("panel");
        final int term = forest.getDataTableSpec().findColumnIndex("term");
        final int estimate = forest.getDataTableSpec().findColumnIndex("estimate");
        final CsvTable univariable = CsvTable.read(cli.resolve("univariable_" + ENDPOINT + ".csv"));
        final CsvTable multivariable = CsvTable.read(cli.resolve("multivariable_" + ENDPOINT + ".csv"));
        int rows = 0;
        for (final org.knime.core.data.DataRow r : NodeModelTestDriver.rows(forest)) {
            final boolean first = r.getCell(panel).toString().equals("Univariable");
            final CsvTable source = first ? univariable : multivariable;
            boolean found = false;
            for (int i = 0; i < source.size(); i++) {
                final boolean ofItsPanel = !first || !source.text(i, "model").equals("multivariable");
                if (ofItsPanel && source.text(i, "term").equals(r.getCell(term).toString())) {
                    assertEquals(source.number(i, "odds_ratio"), ((DoubleValue) r.getCell(estimate)).getDoubleValue(),
                        1e-12, r.getCell(term).toString());
                    found = true;
                }
            }
            assertTrue(found, "forest row " + r.getCell(term) + " in the command line's table");
            rows++;
        }
        // Univariable: one row per candidate (6 numeric, 5 binary), no intercepts; combined: T2*, T1-post, ER.
        assertEquals(11 + 3, rows);
    }
}
