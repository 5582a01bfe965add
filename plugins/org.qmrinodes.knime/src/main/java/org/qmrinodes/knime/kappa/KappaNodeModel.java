package org.qmrinodes.knime.kappa;

import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.stats.agreement.AgreementTables;
import org.qmrinodes.core.stats.agreement.CohenKappa;
import org.qmrinodes.core.stats.agreement.KappaResult;
import org.qmrinodes.knime.common.QmriNodeModel;
import org.qmrinodes.knime.common.ResultTables;
import org.qmrinodes.knime.common.TextAndNumericColumns;

/** Kappa (Categorical Agreement): Cohen's (weighted) kappa of two readers' ratings. */
final class KappaNodeModel extends QmriNodeModel<KappaSettings> {

    KappaNodeModel() {
        super(new KappaSettings(), new PortType[] {BufferedDataTable.TYPE}, new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings.raterColumns((DataTableSpec)inSpecs[0]);
        return new PortObjectSpec[] {ResultTables.spec(AgreementTables.kappa(List.of(), settings.scale()), "Kappa")};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final List<String> raters = settings.raterColumns(table.getDataTableSpec());
        final TextAndNumericColumns columns =
            TextAndNumericColumns.read(table, raters, List.of(), exec.createSubProgress(0.8));
        exec.setProgress(0.8, "Computing kappa");
        final KappaResult r = CohenKappa.analyze(raters.get(0), columns.texts(raters.get(0)), raters.get(1),
            columns.texts(raters.get(1)), settings.weights(), settings.categories(), settings.confidenceLevel());
        if (!r.messages().isEmpty()) {
            setWarningMessage(String.join("\n", r.messages()));
        }
        return new PortObject[] {
            ResultTables.toTable(AgreementTables.kappa(List.of(r), settings.scale()), "Kappa", exec)};
    }
}
