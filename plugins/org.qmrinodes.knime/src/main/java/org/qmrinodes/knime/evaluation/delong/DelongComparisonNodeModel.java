package org.qmrinodes.knime.evaluation.delong;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.stats.roc.ClassScores;
import org.qmrinodes.core.stats.roc.DelongTest;
import org.qmrinodes.core.stats.roc.PairedAucComparison;
import org.qmrinodes.core.stats.roc.RocTables;
import org.qmrinodes.core.stats.roc.UnpairedAucComparison;
import org.qmrinodes.knime.tables.OutcomeAndScores;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;

/**
 * DeLong Comparison: paired DeLong tests between scores of the first table, and, when a second
 * (independent) table is connected, unpaired tests of each score between the two tables.
 */
final class DelongComparisonNodeModel extends QmriNodeModel<DelongComparisonSettings> {

    DelongComparisonNodeModel() {
        super(new DelongComparisonSettings(), new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec first = (DataTableSpec)inSpecs[0];
        settings.outcomeColumn(first);
        final List<String> scores = settings.scoreColumns(first);
        settings.reference(first, scores);
        if (inSpecs[1] != null) {
            checkSecondTable((DataTableSpec)inSpecs[1], settings.outcomeColumn(first), scores);
        }
        return new PortObjectSpec[] {ResultTables.spec(RocTables.paired(List.of()), "Paired DeLong tests"),
            ResultTables.spec(RocTables.unpaired(List.of(), "", ""), "Unpaired DeLong tests")};
    }

    private static void checkSecondTable(final DataTableSpec second, final String outcome, final List<String> scores)
        throws InvalidSettingsException {
        if (second.getColumnSpec(outcome) == null) {
            throw new InvalidSettingsException("The second table has no outcome column '" + outcome + "'.");
        }
        for (final String s : scores) {
            if (second.getColumnSpec(s) == null) {
                throw new InvalidSettingsException("The second table has no score column '" + s
                    + "'; the unpaired test compares the same scores in both tables.");
            }
        }
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec spec = table.getDataTableSpec();
        final List<String> scores = settings.scoreColumns(spec);
        final String reference = settings.reference(spec, scores);
        final String outcomeColumn = settings.outcomeColumn(spec);
        final List<String> warnings = new ArrayList<>();
        final OutcomeAndScores data = OutcomeAndScores.read(table, outcomeColumn, scores, exec.createSubProgress(0.3));
        final BinaryOutcome outcome = settings.outcome(data, warnings);
        exec.checkCanceled();
        exec.setProgress(0.4, "Paired DeLong tests");
        final List<PairedAucComparison> paired = DelongTest.compareAll(outcome, scores, data.scores(), reference,
            settings.directionRule(), settings.confidenceLevel(), settings.adjustment());
        paired.forEach(p -> warnings.addAll(p.warnings()));

        final List<UnpairedAucComparison> unpaired = new ArrayList<>();
        if (inObjects[1] != null) {
            final BufferedDataTable second = (BufferedDataTable)inObjects[1];
            checkSecondTable(second.getDataTableSpec(), outcomeColumn, scores);
            final OutcomeAndScores other =
                OutcomeAndScores.read(second, outcomeColumn, scores, exec.createSubProgress(0.3));
            final BinaryOutcome otherOutcome =
                BinaryOutcome.of(outcomeColumn, other.labels(), outcome.positiveLabel(), settings.analysis());
            for (int i = 0; i < scores.size(); i++) {
                exec.checkCanceled();
                final ClassScores a = ClassScores.split(outcome, scores.get(i), data.scores().get(i));
                final ClassScores b = ClassScores.split(otherOutcome, scores.get(i), other.scores().get(i));
                a.requireTwoPerClass(outcome);
                try {
                    b.requireTwoPerClass(otherOutcome);
                } catch (final InvalidDataException e) {
                    throw new InvalidDataException("Second table: " + e.getMessage());
                }
                unpaired.add(DelongTest.compareUnpaired(a, b, settings.directionRule(), settings.confidenceLevel()));
            }
        }
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", new LinkedHashSet<>(warnings)));
        }
        return new PortObject[] {ResultTables.toTable(RocTables.paired(paired), "Paired DeLong tests", exec),
            ResultTables.toTable(RocTables.unpaired(unpaired, "first table", "second table"), "Unpaired DeLong tests",
                exec)};
    }
}
