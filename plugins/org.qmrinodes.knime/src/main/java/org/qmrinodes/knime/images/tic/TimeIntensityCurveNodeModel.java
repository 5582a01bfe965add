package org.qmrinodes.knime.images.tic;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.DcePhases;
import org.qmrinodes.core.image.TimeIntensityCurve;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.node.RowStreamingNodeModel;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * Time-Intensity Curve: the mean ROI signal of every phase of a row's DCE series
 * ({@link TimeIntensityCurve#roiMeans}) and its kinetic type, I persistent / II plateau / III
 * washout ({@link TimeIntensityCurve#classify}), with the columns of {@code qmri tic}; the curves
 * themselves as a second table.
 */
final class TimeIntensityCurveNodeModel extends RowStreamingNodeModel<TimeIntensityCurveSettings> {

    /** Appended columns, as {@code qmri tic} writes them (after its case column). */
    static final List<String> REAL = List.of("peak_s", "peak_signal", "delayed_signal", "change", "initial_enhancement");

    private static final DataTableSpec CURVES = new DataTableSpec("Time-intensity curves",
        new DataColumnSpecCreator("row_id", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("phase", IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator("time_s", DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator("mean_signal", DoubleCell.TYPE).createSpec());

    TimeIntensityCurveNodeModel() {
        super(new TimeIntensityCurveSettings(), 2);
    }

    private DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        settings.volumeColumn(in);
        settings.maskColumn(in);
        settings.phaseTimes();
        final List<DataColumnSpec> appended = new ArrayList<>();
        appended.add(new DataColumnSpecCreator("tic_type", StringCell.TYPE).createSpec());
        for (final String c : REAL) {
            appended.add(new DataColumnSpecCreator(c, DoubleCell.TYPE).createSpec());
        }
        appended.add(new DataColumnSpecCreator("points", IntCell.TYPE).createSpec());
        appended.add(new DataColumnSpecCreator("tic_problem", StringCell.TYPE).createSpec());
        return AppendedColumns.spec(in, "Time-intensity curve type (early phase " + settings.earlyEnd()
            + " s, band " + settings.band() + ")", appended);
    }

    @Override
    protected DataTableSpec[] outSpecs(final DataTableSpec in) throws InvalidSettingsException {
        return new DataTableSpec[] {outSpec(in), CURVES};
    }

    @Override
    protected String doing() {
        return "Classifying the curve of";
    }

    @Override
    protected RowWork work(final DataTableSpec in) throws InvalidSettingsException {
        final int width = outSpec(in).getNumColumns();
        final int first = in.getNumColumns();
        final int volume = in.findColumnIndex(settings.volumeColumn(in));
        final int mask = in.findColumnIndex(settings.maskColumn(in));
        final double[] given = settings.phaseTimes();
        final List<String> problems = new ArrayList<>();
        final List<String> resampled = new ArrayList<>();
        return new RowWork() {
            @Override
            public void process(final DataRow r, final RowSink sink) throws InterruptedException {
                final DataCell[] cells = AppendedColumns.cells(r, width);
                AppendedColumns.missing(cells, first);
                if (r.getCell(volume).isMissing() || r.getCell(mask).isMissing()) {
                    cells[cells.length - 1] = new StringCell("no series or no mask");
                    problems.add("row '" + r.getKey() + "': no series or no mask");
                    sink.push(0, new DefaultRow(r.getKey(), cells));
                    return;
                }
                final Volume series = ((VolumeValue)r.getCell(volume)).getVolume();
                cells[cells.length - 2] = new IntCell(series.volumeCount());
                try {
                    final double[] times = DcePhases.phaseTimes(series, given, settings.firstPhaseDelay()).seconds();
                    final double[] signal = curve(r, series, (MaskValue)r.getCell(mask), resampled);
                    for (int p = 0; p < signal.length; p++) {
                        sink.push(1, new DefaultRow(new RowKey(r.getKey().getString() + "_phase" + (p + 1)),
                            new StringCell(r.getKey().getString()), new IntCell(p + 1), new DoubleCell(times[p]),
                            Double.isNaN(signal[p]) ? DataType.getMissingCell() : new DoubleCell(signal[p])));
                    }
                    final TimeIntensityCurve.Classification k =
                        TimeIntensityCurve.classify(times, signal, settings.earlyEnd(), settings.band());
                    cells[first] = new StringCell(k.type().label());
                    final double[] values = {k.peakSeconds(), k.peak(), k.delayed(), k.change(), k.initialEnhancement()};
                    for (int i = 0; i < values.length; i++) {
                        cells[first + 1 + i] = Double.isNaN(values[i]) ? DataType.getMissingCell() : new DoubleCell(values[i]);
                    }
                } catch (final InvalidDataException e) {
                    cells[cells.length - 1] = new StringCell(e.getMessage());
                    problems.add("row '" + r.getKey() + "': " + e.getMessage());
                }
                sink.push(0, new DefaultRow(r.getKey(), cells));
            }

            @Override
            public void finish() {
                final List<String> notes = new ArrayList<>();
                if (!problems.isEmpty()) {
                    notes.add(problems.size() + " curves could not be classified (see tic_problem): "
                        + AppendedColumns.firstFew(problems, "; "));
                }
                if (!resampled.isEmpty()) {
                    notes.add(resampled.size() + " masks were placed on their series grid by nearest neighbour");
                }
                if (!notes.isEmpty()) {
                    setWarningMessage(String.join("; ", notes) + ".");
                }
            }
        };
    }

    private double[] curve(final DataRow r, final Volume v, final MaskValue mask, final List<String> resampled) {
        final MaskMatching.Result matched =
            MaskMatching.match(mask.getMask(), v.geometry(), settings.label(), mask.getSource());
        matched.warnings().forEach(w -> resampled.add("row '" + r.getKey() + "': " + w));
        return TimeIntensityCurve.roiMeans(v, matched.mask().nonZero());
    }
}
