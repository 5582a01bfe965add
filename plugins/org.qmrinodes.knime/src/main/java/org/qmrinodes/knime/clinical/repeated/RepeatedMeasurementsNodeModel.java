package org.qmrinodes.knime.clinical.repeated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.clinical.RepeatedMeasurements;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.knime.node.QmriNodeModel;

/**
 * Repeated Measurements: one row per case from a table of repeated measurements (several ROI
 * placements, several readers, several delineations), by core's {@link RepeatedMeasurements}: the
 * repeats of a case (per reader, when a reader column is chosen) are combined by the first rule, the
 * readers' values by the second. Missing measurements are left out and counted.
 */
final class RepeatedMeasurementsNodeModel extends QmriNodeModel<RepeatedMeasurementsSettings> {

    /** Output column: number of readers of the case. */
    static final String READERS = "readers";
    /** Output column: number of input rows of the case. */
    static final String MEASUREMENTS = "measurements";
    /** Output column: the rule used. */
    static final String RULE = "aggregation_rule";

    /** Separates case and reader in a stage-one key; not expected in either. */
    private static final char SEPARATOR = '\u001f';

    RepeatedMeasurementsNodeModel() {
        super(new RepeatedMeasurementsSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    private DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        final String caseName = settings.caseColumn(in);
        final String reader = settings.readerColumn(in);
        final List<DataColumnSpec> columns = new ArrayList<>();
        columns.add(in.getColumnSpec(caseName));
        if (reader != null) {
            columns.add(new DataColumnSpecCreator(READERS, IntCell.TYPE).createSpec());
        }
        columns.add(new DataColumnSpecCreator(MEASUREMENTS, IntCell.TYPE).createSpec());
        for (final String v : settings.valueColumns(in)) {
            columns.add(new DataColumnSpecCreator(v, DoubleCell.TYPE).createSpec());
        }
        columns.add(new DataColumnSpecCreator(RULE, StringCell.TYPE).createSpec());
        final Set<String> names = new LinkedHashSet<>();
        for (final DataColumnSpec c : columns) {
            if (!names.add(c.getName())) {
                throw new InvalidSettingsException("The output would have two columns '" + c.getName()
                    + "'; rename the input column first (e.g. with the Column Renamer).");
            }
        }
        return new DataTableSpec("Repeated measurements (" + rule(reader) + ")", columns.toArray(DataColumnSpec[]::new));
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[] {outSpec((DataTableSpec)inSpecs[0])};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec in = table.getDataTableSpec();
        final DataTableSpec out = outSpec(in);
        final String reader = settings.readerColumn(in);
        final List<String> values = settings.valueColumns(in);
        final Measurements m = Measurements.read(table, in.findColumnIndex(settings.caseColumn(in)),
            reader == null ? -1 : in.findColumnIndex(reader), values.stream().mapToInt(in::findColumnIndex).toArray());
        final List<List<RepeatedMeasurements.Aggregate>> perColumn = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            exec.checkCanceled();
            final List<RepeatedMeasurements.Aggregate> firstStage =
                RepeatedMeasurements.aggregate(m.stageOneKeys, m.values[v], settings.repeatsRule());
            final int missing = firstStage.stream().mapToInt(RepeatedMeasurements.Aggregate::missing).sum();
            final List<RepeatedMeasurements.Aggregate> cases = reader == null ? firstStage
                : RepeatedMeasurements.aggregate(firstStage.stream().map(a -> caseOf(a.key())).toList(),
                    firstStage.stream().mapToDouble(RepeatedMeasurements.Aggregate::value).toArray(),
                    settings.readersRule());
            final long empty = cases.stream().filter(a -> Double.isNaN(a.value())).count();
            if (missing > 0) {
                notes.add(values.get(v) + ": " + missing + " missing values left out"
                    + (empty > 0 ? ", " + empty + " cases without any value" : ""));
            }
            perColumn.add(cases);
        }
        final BufferedDataContainer container = exec.createDataContainer(out);
        final StringCell rule = new StringCell(rule(reader));
        int row = 0;
        for (final Map.Entry<String, DataCell> c : m.cases.entrySet()) {
            final List<DataCell> cells = new ArrayList<>();
            cells.add(c.getValue());
            if (reader != null) {
                cells.add(new IntCell(m.readers.get(c.getKey()).size()));
            }
            cells.add(new IntCell(m.rows.get(c.getKey())));
            for (final List<RepeatedMeasurements.Aggregate> cases : perColumn) {
                final double value = cases.get(row).value();
                cells.add(Double.isNaN(value) ? DataType.getMissingCell() : new DoubleCell(value));
            }
            cells.add(rule);
            container.addRowToTable(new DefaultRow(new RowKey(c.getKey()), cells));
            row++;
        }
        container.close();
        if (!notes.isEmpty()) {
            setWarningMessage(String.join("; ", notes) + ".");
        }
        return new PortObject[] {container.getTable()};
    }

    /** @return e.g. {@code median of the repeats per case and reader, then mean across readers} */
    private String rule(final String reader) {
        final String repeats = name(settings.repeatsRule()) + " of the repeats per case";
        return reader == null ? repeats
            : repeats + " and reader, then " + name(settings.readersRule()) + " across readers";
    }

    private static String name(final RepeatedMeasurements.Rule rule) {
        return rule == RepeatedMeasurements.Rule.MEAN ? "mean" : "median";
    }

    private static String caseOf(final String stageOneKey) {
        final int at = stageOneKey.indexOf(SEPARATOR);
        return at < 0 ? stageOneKey : stageOneKey.substring(0, at);
    }

    /** The measurements, read once. */
    private record Measurements(Map<String, DataCell> cases, Map<String, Integer> rows, Map<String, Set<String>> readers,
        List<String> stageOneKeys, double[][] values) {

        static Measurements read(final BufferedDataTable table, final int caseColumn, final int readerColumn,
            final int[] valueColumns) {
            final Map<String, DataCell> cases = new LinkedHashMap<>();
            final Map<String, Integer> rows = new LinkedHashMap<>();
            final Map<String, Set<String>> readers = new LinkedHashMap<>();
            final List<String> keys = new ArrayList<>();
            final double[][] values = new double[valueColumns.length][(int)table.size()];
            int i = 0;
            try (CloseableRowIterator it = table.iterator()) {
                while (it.hasNext()) {
                    final DataRow r = it.next();
                    final String c = key(r, caseColumn, "case");
                    cases.putIfAbsent(c, r.getCell(caseColumn));
                    rows.merge(c, 1, Integer::sum);
                    if (readerColumn >= 0) {
                        final String reader = key(r, readerColumn, "reader");
                        readers.computeIfAbsent(c, x -> new LinkedHashSet<>()).add(reader);
                        keys.add(c + SEPARATOR + reader);
                    } else {
                        keys.add(c);
                    }
                    for (int v = 0; v < valueColumns.length; v++) {
                        final DataCell cell = r.getCell(valueColumns[v]);
                        values[v][i] = cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
                    }
                    i++;
                }
            }
            return new Measurements(cases, rows, readers, keys, values);
        }

        private static String key(final DataRow r, final int column, final String what) {
            final DataCell cell = r.getCell(column);
            final String text = cell.isMissing() ? "" : cell.toString().trim();
            if (text.isEmpty() || text.indexOf(SEPARATOR) >= 0) {
                throw new InvalidDataException("Row '" + r.getKey() + "' has no " + what + "; every measurement needs one.");
            }
            return text;
        }
    }
}
