package org.qmrinodes.knime.agreement.kappa;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.stats.agreement.AgreementTables;
import org.qmrinodes.core.stats.agreement.CohenKappa;
import org.qmrinodes.core.stats.agreement.FleissKappa;
import org.qmrinodes.core.stats.agreement.FleissKappaResult;
import org.qmrinodes.core.stats.agreement.KappaResult;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;
import org.qmrinodes.knime.tables.TextAndNumericColumns;

/** Kappa (Categorical Agreement): Cohen's (weighted) kappa of two readers' ratings, or Fleiss' kappa of several. */
final class KappaNodeModel extends QmriNodeModel<KappaSettings> {

    KappaNodeModel() {
        super(new KappaSettings(), new PortType[] {BufferedDataTable.TYPE}, new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        if (settings.fleiss()) {
            final double nan = Double.NaN;
            final FleissKappaResult none = new FleissKappaResult("", 0, 0, 0, List.of(), nan, nan, nan, nan, List.of());
            return new PortObjectSpec[] {ResultTables.spec(fleissTable(none, settings.fleissColumns(spec)), "Kappa")};
        }
        settings.raterColumns(spec);
        return new PortObjectSpec[] {ResultTables.spec(AgreementTables.kappa(List.of(), settings.scale()), "Kappa")};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final List<String> raters = settings.fleiss() ? settings.fleissColumns(table.getDataTableSpec())
            : settings.raterColumns(table.getDataTableSpec());
        final TextAndNumericColumns columns =
            TextAndNumericColumns.read(table, raters, List.of(), exec.createSubProgress(0.8));
        exec.setProgress(0.8, "Computing kappa");
        if (settings.fleiss()) {
            final List<List<String>> ratings = new ArrayList<>();
            raters.forEach(r -> ratings.add(columns.texts(r)));
            final FleissKappaResult r = FleissKappa.analyzeWide(raters, ratings);
            if (!r.messages().isEmpty()) {
                setWarningMessage(String.join("\n", r.messages()));
            }
            return new PortObject[] {ResultTables.toTable(fleissTable(r, raters), "Kappa", exec)};
        }
        final KappaResult r = CohenKappa.analyze(raters.get(0), columns.texts(raters.get(0)), raters.get(1),
            columns.texts(raters.get(1)), settings.weights(), settings.categories(), settings.confidenceLevel());
        if (!r.messages().isEmpty()) {
            setWarningMessage(String.join("\n", r.messages()));
        }
        return new PortObject[] {
            ResultTables.toTable(AgreementTables.kappa(List.of(r), settings.scale()), "Kappa", exec)};
    }

    private ResultTable fleissTable(final FleissKappaResult r, final List<String> raters) {
        return AgreementTables.fleissKappa(r, raters, settings.scale());
    }
}
