package org.qmrinodes.knime.clinical.endpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.clinical.BinaryEndpoint;
import org.qmrinodes.core.clinical.LargestLesion;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.node.QmriNodeModel;

/**
 * Binary Endpoint: from a multi-class label (the HER2 Status node's {@code her2_status}), an integer
 * endpoint 1 (positive class) / 0 (negative class) for the chosen pair, by core's
 * {@link BinaryEndpoint}, optionally restricted to a subgroup and to the largest lesion per patient
 * ({@link LargestLesion}). Every row without an endpoint says why; the reasons are counted in the
 * node's warning.
 */
final class BinaryEndpointNodeModel extends QmriNodeModel<BinaryEndpointSettings> {

    /** Appended column: why a row has no endpoint (missing when it has one). */
    static final String EXCLUDED = "endpoint_excluded";
    /** Appended column: the endpoint's definition. */
    static final String RULE = "endpoint_rule";

    BinaryEndpointNodeModel() {
        super(new BinaryEndpointSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    private DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        settings.labelColumn(in);
        settings.endpoint();
        settings.subgroupColumn(in);
        settings.largestLesionColumns(in);
        return AppendedColumns.spec(in, "Binary endpoint",
            List.of(new DataColumnSpecCreator(settings.endpointColumn(), IntCell.TYPE).createSpec(),
                new DataColumnSpecCreator(EXCLUDED, StringCell.TYPE).createSpec(),
                new DataColumnSpecCreator(RULE, StringCell.TYPE).createSpec()));
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
        final String labelName = settings.labelColumn(in);
        final BinaryEndpoint endpoint = settings.endpoint();
        final String subgroupName = settings.subgroupColumn(in);
        final List<String> kept = settings.subgroups();
        final String[] largest = settings.largestLesionColumns(in);
        final Cases cases = Cases.read(table, in.findColumnIndex(labelName), index(in, subgroupName),
            largest == null ? -1 : in.findColumnIndex(largest[0]), largest == null ? -1 : in.findColumnIndex(largest[1]));
        final boolean[] index = largest == null ? null : LargestLesion.select(cases.patients, cases.sizes);
        final List<String> reasons = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < cases.labels.size(); i++) {
            final String label = cases.labels.get(i);
            String reason = null;
            if (index != null && !index[i]) {
                reason = Double.isFinite(cases.sizes[i]) ? "not the largest lesion of patient " + cases.patients.get(i)
                    : "no lesion size";
            } else if (subgroupName != null && !kept.contains(cases.subgroups.get(i))) {
                reason = "subgroup " + quoted(cases.subgroups.get(i)) + " not kept";
            } else if (label == null) {
                reason = "no label";
            } else if (!endpoint.positive().contains(label) && !endpoint.negative().contains(label)) {
                reason = "label " + quoted(label) + " not in the pair";
            }
            reasons.add(reason);
            labels.add(reason == null ? label : null);
            if (reason != null) {
                counts.merge(reason.startsWith("not the largest") ? "not the largest lesion of the patient" : reason, 1,
                    Integer::sum);
            }
        }
        final BinaryEndpoint.Result result = endpoint.apply(labels);
        final StringCell rule = new StringCell(rule(endpoint, labelName, subgroupName, kept, largest));
        final boolean remove = settings.removeRowsWithoutEndpoint();
        final BufferedDataContainer container = exec.createDataContainer(out);
        final int first = in.getNumColumns();
        int i = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                exec.checkCanceled();
                final Integer value = result.values().get(i);
                final String reason = reasons.get(i++);
                if (value == null && remove) {
                    continue;
                }
                final DataCell[] cells = AppendedColumns.cells(r, out.getNumColumns());
                cells[first] = value == null ? DataType.getMissingCell() : new IntCell(value);
                cells[first + 1] = reason == null ? DataType.getMissingCell() : new StringCell(reason);
                cells[first + 2] = rule;
                container.addRowToTable(new DefaultRow(r.getKey(), cells));
            }
        }
        container.close();
        if (result.leftOut() > 0) {
            setWarningMessage(message(endpoint, result, counts, remove));
        }
        return new PortObject[] {container.getTable()};
    }

    /** @return e.g. {@code 1 = HER2-low, 0 = HER2-zero (from 'her2_status'); subgroup in [mass]} */
    private static String rule(final BinaryEndpoint endpoint, final String label, final String subgroup,
        final List<String> kept, final String[] largest) {
        final StringBuilder b = new StringBuilder("1 = ").append(String.join(" or ", endpoint.positive())).append(", 0 = ")
            .append(String.join(" or ", endpoint.negative())).append(" (from '").append(label).append("')");
        if (largest != null) {
            b.append("; largest lesion per patient ('").append(largest[0]).append("') by '").append(largest[1])
                .append("'");
        }
        if (subgroup != null) {
            b.append("; ").append(subgroup).append(" in ").append(kept);
        }
        return b.toString();
    }

    private static String message(final BinaryEndpoint endpoint, final BinaryEndpoint.Result result,
        final Map<String, Integer> counts, final boolean removed) {
        final List<String> parts = new ArrayList<>();
        counts.forEach((reason, n) -> parts.add(n + " " + reason));
        return result.positives() + " rows with endpoint 1 (" + String.join(" or ", endpoint.positive()) + "), "
            + result.negatives() + " with 0 (" + String.join(" or ", endpoint.negative()) + "), " + result.leftOut()
            + " without an endpoint" + (removed ? " (removed)" : "") + ": " + String.join(", ", parts);
    }

    private static String quoted(final String text) {
        return text == null ? "(missing)" : "'" + text + "'";
    }

    private static int index(final DataTableSpec spec, final String column) {
        return column == null ? -1 : spec.findColumnIndex(column);
    }

    /** The columns the endpoint is decided from, read once. */
    private record Cases(List<String> labels, List<String> subgroups, List<String> patients, double[] sizes) {

        static Cases read(final BufferedDataTable table, final int label, final int subgroup, final int patient,
            final int size) {
            final List<String> labels = new ArrayList<>();
            final List<String> subgroups = new ArrayList<>();
            final List<String> patients = new ArrayList<>();
            final double[] sizes = new double[(int)table.size()];
            int i = 0;
            try (CloseableRowIterator it = table.iterator()) {
                while (it.hasNext()) {
                    final DataRow r = it.next();
                    labels.add(text(r.getCell(label)));
                    subgroups.add(subgroup < 0 ? null : text(r.getCell(subgroup)));
                    if (patient >= 0) {
                        final DataCell p = r.getCell(patient);
                        if (p.isMissing()) {
                            throw new InvalidDataException("Row '" + r.getKey()
                                + "' has no patient; the largest lesion per patient needs one in every row.");
                        }
                        patients.add(p.toString());
                        final DataCell s = r.getCell(size);
                        sizes[i] = s.isMissing() ? Double.NaN : ((DoubleValue)s).getDoubleValue();
                    }
                    i++;
                }
            }
            return new Cases(labels, subgroups, patients, sizes);
        }

        private static String text(final DataCell cell) {
            if (cell.isMissing()) {
                return null;
            }
            final String t = ((StringValue)cell).getStringValue().trim();
            return t.isEmpty() ? null : t;
        }
    }
}
