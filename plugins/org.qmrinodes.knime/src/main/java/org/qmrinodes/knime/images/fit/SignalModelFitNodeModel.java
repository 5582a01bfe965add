package org.qmrinodes.knime.images.fit;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.InvalidSettingsException;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.fit.FitCounts;
import org.qmrinodes.core.fit.FitOptions;
import org.qmrinodes.core.fit.FitResult;
import org.qmrinodes.core.fit.SeriesFit;
import org.qmrinodes.core.fit.SignalModel;
import org.qmrinodes.core.fit.SignalModelFit;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.node.RowAppendingNodeModel;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * MR Signal Model Fit: fits the chosen model voxel by voxel to the series of every row and appends
 * the parameter maps, S0, R² and fit-ok as volume cells and the voxel counts as int columns.
 */
final class SignalModelFitNodeModel extends RowAppendingNodeModel<SignalModelFitSettings> {

    /** The count columns, in order: converged, hit bound, failed, invalid signal or low SNR. */
    static final List<String> COUNT_COLUMNS =
        List.of("voxels_fitted", "voxels_hit_bound", "voxels_failed", "voxels_excluded");

    SignalModelFitNodeModel() {
        super(new SignalModelFitSettings());
    }

    /** @return the column name of a model parameter: T2* → T2star, B (inversion recovery) → IR_B */
    static String columnName(final String parameter) {
        return parameter.equals("B") ? "IR_B" : parameter.replace("*", "star");
    }

    /** @return the map columns of the chosen model: its parameters, then S0, R2 and fit_ok */
    private List<String> mapColumns() {
        // the repetition time only scales the VFA model, not its parameter names
        final SignalModel model = SeriesFit.signalModel(settings.model(), settings.lookLocker(), 1, null,
            settings.fixedS0());
        final List<String> names = new ArrayList<>();
        model.parameterNames().forEach(p -> names.add(columnName(p)));
        names.addAll(List.of("S0", "R2", "fit_ok"));
        return names;
    }

    @Override
    protected DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        settings.volumeColumn(in);
        settings.maskColumn(in);
        settings.options();
        final List<String> names = new ArrayList<>(mapColumns());
        names.addAll(COUNT_COLUMNS);
        final List<DataColumnSpec> appended = new ArrayList<>();
        for (final String name : names) {
            final DataType type = COUNT_COLUMNS.contains(name) ? IntCell.TYPE : VolumeCell.TYPE;
            appended.add(new DataColumnSpecCreator(name, type).createSpec());
        }
        return AppendedColumns.spec(in, "Fitted maps", appended);
    }

    @Override
    protected String doing() {
        return "Fitting";
    }

    @Override
    protected RowJob job(final DataTableSpec in) throws InvalidSettingsException {
        return new Job(in);
    }

    /** The fits of the rows of one input, and the rows left unfitted. */
    private final class Job implements RowJob {

        private final int volumeColumn;
        private final int maskColumn;
        private final FitOptions options = settings.options();
        private final int appended;
        private final List<String> skipped = new ArrayList<>();
        private final List<String> unsuitable = new ArrayList<>();
        private final boolean fail = settings.failOnUnsuitableSeries();

        Job(final DataTableSpec in) throws InvalidSettingsException {
            volumeColumn = in.findColumnIndex(settings.volumeColumn(in));
            final String mask = settings.maskColumn(in);
            maskColumn = mask == null ? -1 : in.findColumnIndex(mask);
            appended = outSpec(in).getNumColumns() - in.getNumColumns();
        }

        @Override
        public void fill(final DataRow r, final DataCell[] cells, final int first) {
            final DataCell v = r.getCell(volumeColumn);
            if (v.isMissing() || maskColumn >= 0 && r.getCell(maskColumn).isMissing()) {
                skipped.add(r.getKey().getString());
                for (int c = 0; c < appended; c++) {
                    cells[first + c] = DataType.getMissingCell();
                }
                return;
            }
            final VolumeValue volume = (VolumeValue)v;
            final MaskValue m = maskColumn < 0 ? null : (MaskValue)r.getCell(maskColumn);
            try {
                SignalModelFitNodeModel.fill(cells, first, fit(volume, m, options), volume);
            } catch (final InvalidDataException e) {
                if (fail) {
                    throw new InvalidDataException("Row " + r.getKey() + ": " + e.getMessage());
                }
                unsuitable.add(r.getKey() + " (" + e.getMessage() + ")");
                for (int c = 0; c < appended; c++) {
                    cells[first + c] = DataType.getMissingCell();
                }
            }
        }

        @Override
        public void finish() {
            final List<String> warnings = new ArrayList<>();
            if (!skipped.isEmpty()) {
                warnings.add(skipped.size() + " rows without a volume or mask were not fitted (missing cells): "
                    + AppendedColumns.firstFew(skipped, ", "));
            }
            if (!unsuitable.isEmpty()) {
                warnings.add(unsuitable.size() + " rows whose series does not suit model '" + settings.model()
                    + "' were not fitted (missing cells): " + AppendedColumns.firstFew(unsuitable, "; "));
            }
            if (!warnings.isEmpty()) {
                setWarningMessage(String.join("\n", warnings));
            }
        }
    }

    /** Fits one series; messages name the series. */
    private FitResult fit(final VolumeValue value, final MaskValue maskValue, final FitOptions options) {
        final Volume volume = value.getVolume();
        final String series = seriesName(value.getSeriesInfo());
        final String model = settings.model();
        final List<Integer> used = SeriesFit.usedVolumes(volume.parameters(), model);
        final List<AcquisitionParameters> params = used.stream().map(volume.parameters()::get).toList();
        final boolean[] mask = maskValue == null ? null
            : MaskMatching.match(maskValue.getMask(), volume.geometry(), 0, maskValue.getSource()).mask().nonZero();
        final double tr = model.equals("t1-vfa") ? SeriesFit.repetitionTime(params, series) : Double.NaN;
        final SignalModel signalModel = SeriesFit.signalModel(model, settings.lookLocker(), tr, null, settings.fixedS0());
        return SignalModelFit.fit(signalModel, settings.method(), SeriesFit.acquisition(model, series, params),
            SeriesFit.signals(volume, used), mask, options);
    }

    private static String seriesName(final SeriesInfo info) {
        final StringBuilder b = new StringBuilder(String.valueOf(info.seriesUid()));
        if (info.description() != null && !info.description().isEmpty()) {
            b.append(" (\"").append(info.description()).append("\")");
        }
        return b.toString();
    }

    private static void fill(final DataCell[] cells, final int from, final FitResult r, final VolumeValue source) {
        final Geometry grid = source.getVolume().geometry();
        final SeriesInfo info = source.getSeriesInfo();
        int c = from;
        for (final String p : r.parameterNames()) {
            cells[c++] = new VolumeCell(Volume.map(grid, r.map(p)), info);
        }
        cells[c++] = new VolumeCell(Volume.map(grid, r.s0()), info);
        cells[c++] = new VolumeCell(Volume.map(grid, r.r2()), info);
        cells[c++] = new VolumeCell(Volume.map(grid, SeriesFit.toFloat(r.fitOk())), info);
        final FitCounts n = r.counts();
        cells[c++] = new IntCell(n.converged());
        cells[c++] = new IntCell(n.hitBound());
        cells[c++] = new IntCell(n.failed());
        cells[c] = new IntCell(n.invalidSignal() + n.lowSnr());
    }
}
