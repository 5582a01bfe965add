package org.qmrinodes.knime.utilities.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.privacy.PrivacyFinding;
import org.qmrinodes.core.privacy.PrivacyScanner;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.TableRows;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * Privacy Check: every column name and cell of a table checked by core's {@link PrivacyScanner} for
 * values that look like identifiers, one output row per finding.
 */
final class PrivacyCheckNodeModel extends QmriNodeModel<PrivacyCheckSettings> {

    /** Name of the flow variable with the number of findings. */
    static final String FINDINGS_VARIABLE = "privacy_findings";

    /** How many findings the warning names. */
    private static final int WARNING_FINDINGS = 3;

    private static final DataTableSpec SPEC = new DataTableSpec("Privacy findings",
        new DataColumnSpecCreator("column", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("row_key", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("kind", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("excerpt", StringCell.TYPE).createSpec());

    PrivacyCheckNodeModel() {
        super(new PrivacyCheckSettings(), new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (inSpecs[1] != null) {
            settings.knownIdColumn((DataTableSpec)inSpecs[1]);
        }
        return new PortObjectSpec[] {SPEC};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final BufferedDataTable known = (BufferedDataTable)inObjects[1];
        final PrivacyScanner scanner = new PrivacyScanner(known == null ? List.of() : knownIds(known));
        final DataTableSpec spec = table.getDataTableSpec();
        final BufferedDataContainer out = exec.createDataContainer(SPEC);
        final List<PrivacyFinding> all = new ArrayList<>();
        final List<String> places = new ArrayList<>();
        for (int c = 0; c < spec.getNumColumns(); c++) {
            // the name itself may be the identifier: the finding says which column by its position
            add(out, all, places, null,
                dedupe(scanCell(scanner, "(name of column " + (c + 1) + ")", List.of(spec.getColumnSpec(c).getName()))));
        }
        TableRows.forEach(table, exec, 0, 1, "Checking", (index, r) -> {
            for (int c = 0; c < spec.getNumColumns(); c++) {
                add(out, all, places, r.getKey(),
                    dedupe(scanCell(scanner, spec.getColumnSpec(c).getName(), texts(r.getCell(c)))));
            }
        });
        out.close();
        pushFlowVariableInt(FINDINGS_VARIABLE, all.size());
        if (!all.isEmpty()) {
            final String message = all.size() + " value" + (all.size() == 1 ? " looks" : "s look") + " like identifiers ("
                + summary(all) + "), e.g. " + String.join("; ", places)
                + (all.size() > WARNING_FINDINGS ? "; ..." : "") + ". See the findings table.";
            if (settings.failOnFindings()) {
                throw new InvalidDataException(message + " 'Fail on findings' is on.");
            }
            setWarningMessage(message);
        }
        return new PortObject[] {out.getTable()};
    }

    /** @return the known Patient IDs of the second input */
    private List<String> knownIds(final BufferedDataTable known) throws InvalidSettingsException {
        final int column = known.getDataTableSpec().findColumnIndex(settings.knownIdColumn(known.getDataTableSpec()));
        final List<String> ids = new ArrayList<>();
        try (CloseableRowIterator it = known.iterator()) {
            while (it.hasNext()) {
                final DataCell c = it.next().getCell(column);
                if (!c.isMissing()) {
                    ids.add(((StringValue)c).getStringValue());
                }
            }
        }
        return ids;
    }

    /**
     * @return the texts of a cell the check reads: for volume and mask cells first what they store
     *         beyond their text (the series identity, the source file), then a string's value or any
     *         other cell's text
     */
    static List<String> texts(final DataCell cell) {
        if (cell.isMissing()) {
            return List.of();
        }
        final List<String> out = new ArrayList<>();
        if (cell instanceof VolumeValue v) {
            final SeriesInfo i = v.getSeriesInfo();
            out.add(i.patientId());
            out.add(i.studyUid());
            out.add(i.seriesUid());
            out.add(i.description());
        }
        if (cell instanceof MaskValue m) {
            out.add(m.getSource());
        }
        out.add(cell instanceof StringValue s ? s.getStringValue() : cell.toString());
        return out;
    }

    /** @return the number of findings per kind, e.g. {@code 2 DICOM UID, 1 date}, kinds in alphabetical order */
    private static String summary(final List<PrivacyFinding> findings) {
        final java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        findings.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
            .collect(java.util.stream.Collectors.joining(", "));
    }

    private static List<PrivacyFinding> scanCell(final PrivacyScanner scanner, final String column,
        final List<String> texts) {
        final List<PrivacyFinding> found = new ArrayList<>();
        for (final String t : texts) {
            scanner.check("input", column, 0, t, found);
        }
        return found;
    }

    /** @return the first finding of each kind (a cell's text and its stored identity may repeat one) */
    private static List<PrivacyFinding> dedupe(final List<PrivacyFinding> found) {
        final Set<String> kinds = new LinkedHashSet<>();
        return found.stream().filter(f -> kinds.add(f.kind())).toList();
    }

    private static void add(final BufferedDataContainer out, final List<PrivacyFinding> all, final List<String> places,
        final RowKey row, final List<PrivacyFinding> found) {
        for (final PrivacyFinding f : found) {
            final DataRow r = new DefaultRow(RowKey.createRowKey(out.size()), new StringCell(f.column()),
                row == null ? DataType.getMissingCell() : new StringCell(row.getString()), new StringCell(f.kind()),
                new StringCell(f.excerpt()));
            out.addRowToTable(r);
            all.add(f);
            if (places.size() < WARNING_FINDINGS) {
                places.add(f.kind() + (row == null ? " in the " + f.column().replaceAll("[()]", "")
                    : " in column '" + f.column() + "', row " + row.getString()));
            }
        }
    }
}
