package org.qmrinodes.knime.clinical.receptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.clinical.PercentCutoff;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.node.QmriNodeModel;

/**
 * Receptor and Ki-67 Status: appends ER and PR status (positive/negative), hormone-receptor status
 * (positive when ER or PR is) and Ki-67 status (high/low) from the percentages of stained nuclei,
 * by core's {@link PercentCutoff}, and the cut-offs used. Missing percentages give missing statuses,
 * counted in a warning.
 */
final class ReceptorStatusNodeModel extends QmriNodeModel<ReceptorStatusSettings> {

    /** Appended column: ER status. */
    static final String ER = "er_status";
    /** Appended column: PR status. */
    static final String PR = "pr_status";
    /** Appended column: hormone-receptor status (ER or PR positive), when both ER and PR are given. */
    static final String HR = "hr_status";
    /** Appended column: Ki-67 status. */
    static final String KI67 = "ki67_status";
    /** Appended column: the cut-offs used. */
    static final String RULE = "receptor_rule";

    private static final StringCell POSITIVE = new StringCell("positive");
    private static final StringCell NEGATIVE = new StringCell("negative");
    private static final StringCell HIGH = new StringCell("high");
    private static final StringCell LOW = new StringCell("low");

    ReceptorStatusNodeModel() {
        super(new ReceptorStatusSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    /** The chosen columns of one input. */
    private record Columns(String er, String pr, String ki67) {

        List<String> appended() {
            final List<String> out = new ArrayList<>();
            if (er != null) {
                out.add(ER);
            }
            if (pr != null) {
                out.add(PR);
            }
            if (er != null && pr != null) {
                out.add(HR);
            }
            if (ki67 != null) {
                out.add(KI67);
            }
            out.add(RULE);
            return out;
        }
    }

    private Columns columns(final DataTableSpec in) throws InvalidSettingsException {
        final Columns c = new Columns(settings.erColumn(in), settings.prColumn(in), settings.ki67Column(in));
        if (c.er == null && c.pr == null && c.ki67 == null) {
            throw new InvalidSettingsException("Choose at least one of the ER, PR and Ki-67 columns.");
        }
        return c;
    }

    private static DataTableSpec outSpec(final DataTableSpec in, final Columns c) throws InvalidSettingsException {
        final List<DataColumnSpec> appended = c.appended().stream()
            .map(name -> new DataColumnSpecCreator(name, StringCell.TYPE).createSpec()).toList();
        return AppendedColumns.spec(in, "Receptor and Ki-67 status", appended);
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec in = (DataTableSpec)inSpecs[0];
        settings.receptorCutoff();
        settings.ki67FixedCutoff();
        return new PortObjectSpec[] {outSpec(in, columns(in))};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec in = table.getDataTableSpec();
        final Columns c = columns(in);
        final PercentCutoff receptor = settings.receptorCutoff();
        final int er = index(in, c.er);
        final int pr = index(in, c.pr);
        final int ki67 = index(in, c.ki67);
        final PercentCutoff proliferation = ki67 < 0 ? null
            : settings.ki67AtCohortMedian() ? cohortMedian(table, ki67, c.ki67) : settings.ki67FixedCutoff();
        final StringCell rule = new StringCell(rule(c, receptor, proliferation));
        final Map<String, Integer> missing = new LinkedHashMap<>();
        for (final String name : new String[] {c.er, c.pr, c.ki67}) {
            if (name != null) {
                missing.put(name, 0);
            }
        }
        final BufferedDataTable result = AppendedColumns.appendToRows(table, outSpec(in, c), exec, "Classifying",
            (r, cells, first) -> {
                int at = first;
                final Boolean erPositive = er < 0 ? null : status(r, er, c.er, receptor, missing);
                final Boolean prPositive = pr < 0 ? null : status(r, pr, c.pr, receptor, missing);
                if (er >= 0) {
                    cells[at++] = cell(erPositive, POSITIVE, NEGATIVE);
                }
                if (pr >= 0) {
                    cells[at++] = cell(prPositive, POSITIVE, NEGATIVE);
                }
                if (er >= 0 && pr >= 0) {
                    cells[at++] = cell(hormoneReceptor(erPositive, prPositive), POSITIVE, NEGATIVE);
                }
                if (ki67 >= 0) {
                    cells[at++] = cell(status(r, ki67, c.ki67, proliferation, missing), HIGH, LOW);
                }
                cells[at] = rule;
            });
        missing.values().removeIf(n -> n == 0);
        if (!missing.isEmpty()) {
            final List<String> parts = new ArrayList<>();
            missing.forEach((column, n) -> parts.add(n + " without " + column));
            setWarningMessage("Missing percentages give a missing status: " + String.join(", ", parts) + ".");
        }
        return new PortObject[] {result};
    }

    /** @return e.g. {@code ER >= 1 %; PR >= 1 %; Ki-67 > 14 %} */
    private static String rule(final Columns c, final PercentCutoff receptor, final PercentCutoff proliferation) {
        final List<String> parts = new ArrayList<>();
        if (c.er != null) {
            parts.add("ER positive " + receptor.description());
        }
        if (c.pr != null) {
            parts.add("PR positive " + receptor.description());
        }
        if (c.er != null && c.pr != null) {
            parts.add("HR positive when ER or PR is");
        }
        if (proliferation != null) {
            parts.add("Ki-67 high " + proliferation.description());
        }
        return String.join("; ", parts);
    }

    /** Hormone-receptor positive when ER or PR is; negative when both are; unknown otherwise. */
    private static Boolean hormoneReceptor(final Boolean er, final Boolean pr) {
        if (Boolean.TRUE.equals(er) || Boolean.TRUE.equals(pr)) {
            return true;
        }
        return er == null || pr == null ? null : false;
    }

    private static Boolean status(final DataRow r, final int column, final String name, final PercentCutoff cutoff,
        final Map<String, Integer> missing) {
        final double v = value(r.getCell(column));
        final Boolean positive = cutoff.positive(v, "Row '" + r.getKey() + "', column '" + name + "'");
        if (positive == null) {
            missing.merge(name, 1, Integer::sum);
        }
        return positive;
    }

    private static DataCell cell(final Boolean positive, final StringCell yes, final StringCell no) {
        return positive == null ? DataType.getMissingCell() : positive ? yes : no;
    }

    private static double value(final DataCell cell) {
        return cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
    }

    private PercentCutoff cohortMedian(final BufferedDataTable table, final int column, final String name) {
        try {
            return PercentCutoff.cohortMedian(values(table, column), settings.ki67Inclusive());
        } catch (final InvalidDataException e) {
            throw new InvalidDataException("Column '" + name + "': " + e.getMessage());
        }
    }

    private static List<Double> values(final BufferedDataTable table, final int column) {
        final List<Double> out = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                out.add(value(it.next().getCell(column)));
            }
        }
        return out;
    }

    private static int index(final DataTableSpec spec, final String column) {
        return column == null ? -1 : spec.findColumnIndex(column);
    }
}
