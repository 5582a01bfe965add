package org.qmrinodes.knime.clinical.endpoint;

import java.util.List;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.clinical.BinaryEndpoint;
import org.qmrinodes.core.clinical.Her2Status;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/** Settings of the Binary Endpoint node. */
final class BinaryEndpointSettings extends NodeSettingsDeclaration {

    /** Pair: HER2-low (1) vs HER2-zero (0): Shen25, Fr24, Fr25. */
    static final String LOW_VS_ZERO = "HER2-low vs HER2-zero";
    /** Pair: HER2-low (1) vs HER2-positive (0): Shen25's combined models. */
    static final String LOW_VS_POSITIVE = "HER2-low vs HER2-positive";
    /** Pair: HER2-positive (1) vs HER2-low (0): QIMS26. */
    static final String POSITIVE_VS_LOW = "HER2-positive vs HER2-low";
    /** Pair: HER2-positive (1) vs HER2-negative = low + zero (0): Fr25. */
    static final String POSITIVE_VS_NEGATIVE = "HER2-positive vs HER2-negative";
    /** Pair: the labels given. */
    static final String CUSTOM = "custom";
    /** Rows without an endpoint are kept with a missing endpoint. */
    static final String KEEP = "keep";
    /** Rows without an endpoint are removed. */
    static final String REMOVE = "remove";

    private static final String ZERO = Her2Status.HER2_ZERO.label();
    private static final String LOW = Her2Status.HER2_LOW.label();
    private static final String POSITIVE = Her2Status.HER2_POSITIVE.label();
    private static final Map<String, BinaryEndpoint> PAIRS = Map.of(
        LOW_VS_ZERO, new BinaryEndpoint(List.of(LOW), List.of(ZERO)),
        LOW_VS_POSITIVE, new BinaryEndpoint(List.of(LOW), List.of(POSITIVE)),
        POSITIVE_VS_LOW, new BinaryEndpoint(List.of(POSITIVE), List.of(LOW)),
        POSITIVE_VS_NEGATIVE, new BinaryEndpoint(List.of(POSITIVE), List.of(LOW, ZERO)));

    private final SettingsModelString label;
    private final SettingsModelString pair;
    private final SettingsModelString positiveLabels;
    private final SettingsModelString negativeLabels;
    private final SettingsModelString endpointName;
    private final SettingsModelString subgroupColumn;
    private final SettingsModelString subgroups;
    private final SettingsModelString patientColumn;
    private final SettingsModelString sizeColumn;
    private final SettingsModelString withoutEndpoint;

    BinaryEndpointSettings() {
        group("Endpoint");
        label = column("label_column", "Label column", 0, StringValue.class);
        pair = choice("pair", "Pair (positive vs negative)", LOW_VS_ZERO, LOW_VS_ZERO, LOW_VS_POSITIVE, POSITIVE_VS_LOW,
            POSITIVE_VS_NEGATIVE, CUSTOM);
        positiveLabels = text("positive_labels", "Custom positive labels (comma-separated)", "");
        negativeLabels = text("negative_labels", "Custom negative labels (comma-separated)", "");
        endpointName = text("endpoint_column", "Endpoint column name", "endpoint");
        group("Cases");
        subgroupColumn = optionalColumn("subgroup_column", "Subgroup column (optional)", 0, StringValue.class);
        subgroups = text("subgroups", "Subgroups kept (comma-separated)", "");
        patientColumn = optionalColumn("patient_column", "Patient column (largest lesion per patient)", 0,
            StringValue.class, IntValue.class, LongValue.class);
        sizeColumn = optionalColumn("size_column", "Lesion size column (largest lesion per patient)", 0,
            DoubleValue.class);
        withoutEndpoint = choice("without_endpoint", "Rows without an endpoint", KEEP, KEEP, REMOVE);
    }

    /** @return the label column */
    String labelColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenColumn(spec, label, "label", StringValue.class);
    }

    /** @return the endpoint's classes */
    BinaryEndpoint endpoint() throws InvalidSettingsException {
        if (!CUSTOM.equals(pair.getStringValue())) {
            return PAIRS.get(pair.getStringValue());
        }
        try {
            return new BinaryEndpoint(listed(positiveLabels), listed(negativeLabels));
        } catch (final InvalidDataException e) {
            throw new InvalidSettingsException("Custom pair: " + e.getMessage() + ".", e);
        }
    }

    /** @return the endpoint column's name */
    String endpointColumn() throws InvalidSettingsException {
        return columnName(endpointName, "endpoint column");
    }

    /** @return the subgroup column, or null when every subgroup is kept */
    String subgroupColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String name = chosenOptionalColumn(spec, subgroupColumn, "subgroup", StringValue.class);
        if (name != null && subgroups().isEmpty()) {
            throw new InvalidSettingsException("Subgroup column '" + name + "' is chosen: name the subgroups kept "
                + "(e.g. mass).");
        }
        return name;
    }

    /** @return the subgroups kept */
    List<String> subgroups() {
        return listed(subgroups);
    }

    /**
     * @return the patient and the size column, or null when every lesion is kept
     * @throws InvalidSettingsException when only one of them is chosen
     */
    String[] largestLesionColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final String patient = chosenOptionalColumn(spec, patientColumn, "patient", StringValue.class, IntValue.class,
            LongValue.class);
        final String size = chosenOptionalColumn(spec, sizeColumn, "lesion size", DoubleValue.class);
        if ((patient == null) != (size == null)) {
            throw new InvalidSettingsException("The largest lesion per patient needs both the patient and the lesion "
                + "size column (or neither).");
        }
        return patient == null ? null : new String[] {patient, size};
    }

    /** @return whether rows without an endpoint are removed */
    boolean removeRowsWithoutEndpoint() {
        return REMOVE.equals(withoutEndpoint.getStringValue());
    }
}
