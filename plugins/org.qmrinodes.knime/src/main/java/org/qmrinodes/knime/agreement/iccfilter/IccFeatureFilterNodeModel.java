package org.qmrinodes.knime.agreement.iccfilter;

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
import org.qmrinodes.core.stats.agreement.IccFeatureFilter;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.settings.ReaderAgreementSettings.Ratings;
import org.qmrinodes.knime.tables.ResultTables;

/**
 * ICC Feature Filter: keeps the features whose ICC passes a threshold and outputs them as a wide table
 * (one row per case), with the dropped features and their ICC as a second table.
 */
final class IccFeatureFilterNodeModel extends QmriNodeModel<IccFeatureFilterSettings> {

    IccFeatureFilterNodeModel() {
        super(new IccFeatureFilterSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        settings.idColumns(spec);
        settings.featureColumns(spec);
        // the kept features, and so the columns of the first output, are known only after execution
        return new PortObjectSpec[] {null,
            ResultTables.spec(AgreementTables.droppedFeatures(
                IccFeatureFilter.select(List.of(), settings.form(), settings.threshold(), settings.inclusive()),
                settings.scale()), "Dropped features")};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final Ratings ratings = settings.read((BufferedDataTable)inObjects[0], exec.createSubProgress(0.2));
        final int reader = settings.outputReader(ratings.layout());
        final List<String> warnings = new ArrayList<>();
        final List<FeatureIcc> results =
            ratings.icc(settings.confidenceLevel(), exec.createSubProgress(0.7), warnings);
        final IccFeatureFilter.Selection selection =
            IccFeatureFilter.select(results, settings.form(), settings.threshold(), settings.inclusive());
        final List<String> kept = selection.kept().stream().map(FeatureIcc::feature).toList();
        final List<double[]> keptValues = kept.stream().map(f -> ratings.values().get(ratings.features().indexOf(f)))
            .toList();
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", new LinkedHashSet<>(warnings)));
        }
        return new PortObject[] {
            ResultTables.toTable(AgreementTables.wide(ratings.layout(), kept, keptValues, reader),
                "Reproducible features", exec),
            ResultTables.toTable(AgreementTables.droppedFeatures(selection, settings.scale()), "Dropped features",
                exec)};
    }
}
