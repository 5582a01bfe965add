package org.qmrinodes.knime.images.histogram;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.node.InvalidSettingsException;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.features.Discretisation;
import org.qmrinodes.core.features.HistogramFeatures;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.node.RowAppendingNodeModel;
import org.qmrinodes.knime.tables.ResultTables;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * VOI Histogram Features: for every row and every map column, the histogram features of the map
 * within the row's mask, appended as columns {@code <map>_<feature>}.
 */
final class VoiHistogramFeaturesNodeModel extends RowAppendingNodeModel<VoiHistogramFeaturesSettings> {

    VoiHistogramFeaturesNodeModel() {
        super(new VoiHistogramFeaturesSettings());
    }

    @Override
    protected DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
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
    protected String doing() {
        return "Features of";
    }

    @Override
    protected RowJob job(final DataTableSpec in) throws InvalidSettingsException {
        return new Job(in);
    }

    /** The features of the rows of one input, and the masks that had to be resampled. */
    private final class Job implements RowJob {

        private final List<String> maps;
        private final int[] mapColumns;
        private final int maskColumn;
        private final int validColumn;
        private final Discretisation discretisation = settings.discretisation();
        private final int perMap = HistogramFeatures.table("", List.of()).columns().size();
        private final List<String> resampled = new ArrayList<>();

        Job(final DataTableSpec in) throws InvalidSettingsException {
            maps = settings.mapColumns(in);
            mapColumns = maps.stream().mapToInt(in::findColumnIndex).toArray();
            maskColumn = in.findColumnIndex(settings.maskColumn(in));
            final String valid = settings.validColumn(in);
            validColumn = valid == null ? -1 : in.findColumnIndex(valid);
        }

        @Override
        public void fill(final DataRow r, final DataCell[] cells, final int first) {
            int c = first;
            final DataCell mask = r.getCell(maskColumn);
            final DataCell ok = validColumn < 0 ? null : r.getCell(validColumn);
            for (int i = 0; i < maps.size(); i++) {
                final String map = maps.get(i);
                final DataCell m = r.getCell(mapColumns[i]);
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
        }

        @Override
        public void finish() {
            if (!resampled.isEmpty()) {
                setWarningMessage(resampled.size() + " masks were resampled by nearest neighbour onto their map grid: "
                    + AppendedColumns.firstFew(resampled, "; "));
            }
        }
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
