package org.qmrinodes.knime.histogram;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.features.Discretisation;
import org.qmrinodes.core.features.HistogramFeatures;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.knime.common.AppendedColumns;
import org.qmrinodes.knime.common.MaskValue;
import org.qmrinodes.knime.common.QmriNodeModel;
import org.qmrinodes.knime.common.ResultTables;
import org.qmrinodes.knime.common.VolumeValue;

/**
 * VOI Histogram Features: for every row and every map column, the histogram features of the map
 * within the row's mask, appended as columns {@code <map>_<feature>}.
 */
final class VoiHistogramFeaturesNodeModel extends QmriNodeModel<VoiHistogramFeaturesSettings> {

    VoiHistogramFeaturesNodeModel() {
        super(new VoiHistogramFeaturesSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    private DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        settings.maskColumn(in);
        settings.validColumn(in);
        final List<DataColumnSpec> specs = new ArrayList<>();
        for (final String map : settings.mapColumns(in)) {
            final DataTableSpec features = ResultTables.spec(HistogramFeatures.table(map + "_", List.of()), map);
            for (int c = 0; c < features.getNumColumns(); c++) {
                specs.add(features.getColumnSpec(c));
            }
        }
        return AppendedColumns.spec(in, "VOI histogram features", specs);
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[] {outSpec((DataTableSpec)inSpecs[0])};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec in = table.getDataTableSpec();
        final DataTableSpec out = outSpec(in);
        final List<String> maps = settings.mapColumns(in);
        final int maskColumn = in.findColumnIndex(settings.maskColumn(in));
        final String valid = settings.validColumn(in);
        final int validColumn = valid == null ? -1 : in.findColumnIndex(valid);
        final Discretisation discretisation = settings.discretisation();
        final int perMap = HistogramFeatures.table("", List.of()).columns().size();
        final List<String> resampled = new ArrayList<>();
        final BufferedDataTable result = AppendedColumns.appendToRows(table, out, exec, "Features of",
            (r, cells, first) -> {
                int c = first;
                final DataCell mask = r.getCell(maskColumn);
                final DataCell ok = validColumn < 0 ? null : r.getCell(validColumn);
                for (final String map : maps) {
                    final DataCell m = r.getCell(in.findColumnIndex(map));
                    if (mask.isMissing() || m.isMissing() || ok != null && ok.isMissing()) {
                        for (int f = 0; f < perMap; f++) {
                            cells[c++] = DataType.getMissingCell();
                        }
                        continue;
                    }
                    final ResultTable features;
                    try {
                        features = features((MaskValue)mask, ((VolumeValue)m).getVolume(),
                            ok == null ? null : ((VolumeValue)ok).getVolume(), map, discretisation, resampled);
                    } catch (final InvalidDataException e) {
                        throw new InvalidDataException("Row " + r.getKey() + ", map " + map + ": " + e.getMessage());
                    }
                    for (final DataCell f : ResultTables.cells(features.rows().get(0), 0)) {
                        cells[c++] = f;
                    }
                }
            });
        if (!resampled.isEmpty()) {
            setWarningMessage(resampled.size() + " masks were resampled by nearest neighbour onto their map grid: "
                + AppendedColumns.firstFew(resampled, "; "));
        }
        return new PortObject[] {result};
    }

    /** The features of one map within one mask, as a one-row table with columns {@code <map>_<feature>}. */
    private ResultTable features(final MaskValue mask, final Volume map, final Volume valid, final String name,
        final Discretisation discretisation, final List<String> resampled) {
        if (map.volumeCount() != 1) {
            throw new InvalidDataException("the map has " + map.volumeCount()
                + " volumes; histogram features need one 3D map");
        }
        final Geometry grid = map.geometry();
        final MaskMatching.Result matched = MaskMatching.match(mask.getMask(), grid, settings.label(), mask.getSource());
        matched.warnings().forEach(w -> resampled.add(name + ": " + w));
        final float[] values = map.copyOfVolume(0);
        if (valid != null) {
            if (!valid.geometry().sameGrid(grid, MaskMatching.SAME_GRID_MM)) {
                throw new InvalidDataException("the fit-ok map is not on the grid of the map");
            }
            HistogramFeatures.excludeInvalid(values, valid.copyOfVolume(0));
        }
        return HistogramFeatures.table(name + "_", List.of(HistogramFeatures.compute(values, matched.mask().nonZero(),
            discretisation, "VOI " + mask.getSource())));
    }
}
