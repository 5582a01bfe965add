package org.qmrinodes.knime.modelling.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.model.DesignCoding;
import org.qmrinodes.core.stats.evaluation.BootstrapValidation;
import org.qmrinodes.knime.ports.LogisticModelData;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;
import org.qmrinodes.knime.tables.TableRows;

/**
 * Bootstrap Validation: Harrell's optimism bootstrap of a logistic model, as R
 * {@code rms::validate(lrm(...), B)}, or of the LASSO pipeline (λ chosen by cross-validation inside
 * every resample, {@link org.qmrinodes.core.stats.evaluation.LassoPipeline}); the resamples are drawn from the seed, or read from the optional
 * second input (one row per resample holding the 1-based numbers of the complete rows drawn), so that
 * results can be compared with R. Failed resamples are left out and counted in the warning.
 */
final class BootstrapValidationNodeModel extends QmriNodeModel<BootstrapValidationSettings> {

    BootstrapValidationNodeModel() {
        super(new BootstrapValidationSettings(), new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        settings.outcomeColumn(spec);
        settings.numericColumns(spec);
        settings.referenceLevels();
        if (inSpecs.length > 1 && inSpecs[1] != null) {
            final DataTableSpec indices = (DataTableSpec)inSpecs[1];
            for (int c = 0; c < indices.getNumColumns(); c++) {
                if (!indices.getColumnSpec(c).getType().isCompatible(DoubleValue.class)) {
                    throw new InvalidSettingsException("Resample column '" + indices.getColumnSpec(c).getName()
                        + "' of the second input is not numeric; it must hold row numbers.");
                }
            }
        }
        return new PortObjectSpec[] {ResultTables.spec(BootstrapValidation.tableColumns().build(), "Bootstrap validation")};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final List<String> warnings = new ArrayList<>();
        final LogisticModelData data = LogisticModelData.read(settings, (BufferedDataTable)inObjects[0],
            exec.createSubProgress(0.1), warnings);
        final BinaryOutcome outcome = data.outcome();
        final boolean[] use = data.use();
        final DesignCoding.Rows design = data.design();
        final int n = design.rows().length;
        if (n < use.length) {
            warnings.add((use.length - n) + " rows with a missing outcome or predictor were left out; " + n
                + " rows validated.");
        }
        final boolean[] y = new boolean[n];
        for (int k = 0; k < n; k++) {
            y[k] = outcome.isPositive(design.rows()[k]);
        }
        final BufferedDataTable given = inObjects.length > 1 ? (BufferedDataTable)inObjects[1] : null;
        final List<int[]> resamples = given != null ? resamples(given, exec)
            : BootstrapValidation.drawResamples(n, settings.resamples(), settings.seed());
        exec.setProgress(0.2, "Fitting " + resamples.size() + " resamples");
        exec.checkCanceled();
        final BootstrapValidation.Progress progress = (done, total) -> {
            exec.setProgress(0.2 + 0.8 * done / total, "Resample " + done + " of " + total);
            try {
                exec.checkCanceled();
            } catch (final CanceledExecutionException e) {
                throw new CancellationException(e.getMessage());
            }
        };
        final BootstrapValidation.Pipeline pipeline = settings.pipeline();
        final BootstrapValidation.Result result;
        try {
            result = pipeline == null ? BootstrapValidation.validate(design.x(), y, resamples, progress)
                : BootstrapValidation.validatePipeline(design.x(), y, resamples, pipeline, progress);
        } catch (final CancellationException e) {
            throw new CanceledExecutionException(e.getMessage());
        }
        if (result.failed() > 0) {
            warnings.add(result.failed() + " of " + result.resamples() + " resamples failed to fit and were left out.");
        }
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", warnings));
        }
        return new PortObject[] {ResultTables.toTable(BootstrapValidation.table(result), "Bootstrap validation", exec)};
    }

    private static List<int[]> resamples(final BufferedDataTable table, final ExecutionContext exec) throws Exception {
        final List<int[]> out = new ArrayList<>();
        TableRows.forEach(table, exec, 0.1, 0.2, "Reading resample", (index, r) -> {
            final int[] rows = new int[r.getNumCells()];
            for (int c = 0; c < rows.length; c++) {
                final DataCell cell = r.getCell(c);
                final double v = cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
                if (v != Math.rint(v)) {
                    throw new InvalidDataException("Resample row '" + r.getKey() + "', column "
                        + table.getDataTableSpec().getColumnSpec(c).getName() + ": " + cell + " is not a row number.");
                }
                rows[c] = (int)v;
            }
            out.add(rows);
        });
        return out;
    }
}
