package org.qmrinodes.knime.agreement.icc;

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
import org.qmrinodes.core.stats.agreement.AgreementTables;
import org.qmrinodes.core.stats.agreement.FeatureIcc;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.settings.ReaderAgreementSettings.Ratings;
import org.qmrinodes.knime.tables.ResultTables;

/** ICC (Reader Agreement): intraclass correlations per feature between readers. */
final class IccNodeModel extends QmriNodeModel<IccSettings> {

    IccNodeModel() {
        super(new IccSettings(), new PortType[] {BufferedDataTable.TYPE}, new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        settings.idColumns(spec);
        settings.featureColumns(spec);
        return new PortObjectSpec[] {ResultTables.spec(AgreementTables.icc(List.of(), settings.forms(),
            settings.scale()), "ICC")};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final Ratings ratings = settings.read((BufferedDataTable)inObjects[0], exec.createSubProgress(0.2));
        final List<String> warnings = new ArrayList<>();
        final List<FeatureIcc> results =
            ratings.icc(settings.confidenceLevel(), exec.createSubProgress(0.8), warnings);
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", new LinkedHashSet<>(warnings)));
        }
        return new PortObject[] {
            ResultTables.toTable(AgreementTables.icc(results, settings.forms(), settings.scale()), "ICC", exec)};
    }
}
