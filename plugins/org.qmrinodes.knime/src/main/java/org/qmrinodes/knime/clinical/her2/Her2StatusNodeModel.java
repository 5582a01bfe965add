package org.qmrinodes.knime.clinical.her2;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.clinical.Her2Classification;
import org.qmrinodes.core.clinical.Her2Rule;
import org.qmrinodes.core.clinical.Her2Status;
import org.qmrinodes.core.clinical.IhcScore;
import org.qmrinodes.core.clinical.IshResult;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.node.QmriNodeModel;

/**
 * HER2 Status: appends the HER2 category of every row (from IHC score and ISH result, by the chosen
 * rule), the reason and the rule's name; equivocal and unclassifiable rows are counted in a warning.
 */
final class Her2StatusNodeModel extends QmriNodeModel<Her2StatusSettings> {

    /** The appended columns, in order. */
    static final List<String> APPENDED = List.of("her2_status", "her2_reason", "her2_rule");

    Her2StatusNodeModel() {
        super(new Her2StatusSettings(), new PortType[] {BufferedDataTable.TYPE}, new PortType[] {BufferedDataTable.TYPE});
    }

    private DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        settings.ihcColumn(in);
        settings.ratioColumn(in);
        settings.copyNumberColumn(in);
        settings.fishColumn(in);
        final Her2Rule rule = settings.rule();
        final List<DataColumnSpec> appended = APPENDED.stream()
            .map(name -> new DataColumnSpecCreator(name, StringCell.TYPE).createSpec()).toList();
        return AppendedColumns.spec(in, "HER2 status (" + rule.name() + ")", appended);
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
        final String ihcName = settings.ihcColumn(in);
        final int ihc = in.findColumnIndex(ihcName);
        final int ratio = index(in, settings.ratioColumn(in));
        final int copies = index(in, settings.copyNumberColumn(in));
        final String fishName = settings.fishColumn(in);
        final int fish = index(in, fishName);
        final Her2Rule rule = settings.rule();
        final Map<Her2Status, Integer> counts = new EnumMap<>(Her2Status.class);
        final BufferedDataTable result = AppendedColumns.appendToRows(table, out, exec, "Classifying",
            (r, cells, first) -> {
                final String where = "Row '" + r.getKey() + "', column '";
                final DataCell ihcCell = r.getCell(ihc);
                final int score = IhcScore.parse(ihcCell.isMissing() ? null : ihcText(ihcCell), where + ihcName + "'");
                final IshResult ish = new IshResult(number(r, ratio), number(r, copies),
                    fish < 0 ? null : IshResult.parseReported(text(r.getCell(fish)), where + fishName + "'"));
                final Her2Classification c = rule.classify(score, ish);
                counts.merge(c.status(), 1, Integer::sum);
                cells[first] = new StringCell(c.status().label());
                cells[first + 1] = new StringCell(c.reason());
                cells[first + 2] = new StringCell(rule.name());
            });
        final int undecided = counts.getOrDefault(Her2Status.EQUIVOCAL, 0)
            + counts.getOrDefault(Her2Status.UNCLASSIFIABLE, 0);
        if (undecided > 0) {
            setWarningMessage(countsMessage(rule, counts, undecided));
        }
        return new PortObject[] {result};
    }

    /** @return e.g. {@code HER2 status by Fr24 (...): 1 HER2-zero, ..., 2 unclassifiable (...)} */
    static String countsMessage(final Her2Rule rule, final Map<Her2Status, Integer> counts, final int undecided) {
        return "HER2 status by " + rule.name() + ": "
            + Arrays.stream(Her2Status.values()).map(s -> counts.getOrDefault(s, 0) + " " + s.label())
                .collect(Collectors.joining(", "))
            + " (" + undecided + " not classified, see her2_reason)";
    }

    private static int index(final DataTableSpec spec, final String column) {
        return column == null ? -1 : spec.findColumnIndex(column);
    }

    private static double number(final DataRow r, final int column) {
        if (column < 0 || r.getCell(column).isMissing()) {
            return Double.NaN;
        }
        return ((DoubleValue)r.getCell(column)).getDoubleValue();
    }

    private static String text(final DataCell cell) {
        return cell.isMissing() ? null : ((StringValue)cell).getStringValue();
    }

    /** @return a string cell as written, a number as its value ({@code 2} or {@code 2.0}) */
    private static String ihcText(final DataCell cell) {
        if (cell instanceof StringValue s) {
            return s.getStringValue();
        }
        return cell.toString();
    }
}
