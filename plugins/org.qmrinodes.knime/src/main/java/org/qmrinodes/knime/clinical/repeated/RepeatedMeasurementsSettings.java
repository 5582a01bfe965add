package org.qmrinodes.knime.clinical.repeated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.clinical.RepeatedMeasurements;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/** Settings of the Repeated Measurements node. */
final class RepeatedMeasurementsSettings extends NodeSettingsDeclaration {

    /** Rule: the median. */
    static final String MEDIAN = "median";
    /** Rule: the mean. */
    static final String MEAN = "mean";

    private final SettingsModelString caseColumn;
    private final SettingsModelString readerColumn;
    private final SettingsModelColumnFilter2 values;
    private final SettingsModelString repeatsRule;
    private final SettingsModelString readersRule;

    RepeatedMeasurementsSettings() {
        group("Measurements");
        caseColumn = column("case_column", "Case column", 0, StringValue.class, IntValue.class, LongValue.class);
        readerColumn = optionalColumn("reader_column", "Reader column (optional)", 0, StringValue.class, IntValue.class,
            LongValue.class);
        values = columns("value_columns", "Measurement columns", 0, DoubleValue.class);
        group("Rules");
        repeatsRule = choice("repeats_rule", "Repeats of a case (per reader)", MEDIAN, MEDIAN, MEAN);
        readersRule = choice("readers_rule", "Across readers", MEAN, MEAN, MEDIAN);
    }

    /** @return the case column */
    String caseColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenColumn(spec, caseColumn, "case", StringValue.class, IntValue.class, LongValue.class);
    }

    /** @return the reader column, or null when the repeats are not per reader */
    String readerColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String reader = chosenOptionalColumn(spec, readerColumn, "reader", StringValue.class, IntValue.class,
            LongValue.class);
        if (reader != null && reader.equals(caseColumn.getStringValue())) {
            throw new InvalidSettingsException("The reader column cannot be the case column ('" + reader + "').");
        }
        return reader;
    }

    /** @return the measurement columns, without the case and reader columns */
    List<String> valueColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> names = new ArrayList<>(Arrays.asList(values.applyTo(spec).getIncludes()));
        names.remove(caseColumn.getStringValue());
        names.remove(readerColumn.getStringValue());
        if (names.isEmpty()) {
            throw new InvalidSettingsException("Choose at least one numeric measurement column.");
        }
        return names;
    }

    /** @return how the repeats of a case (of one reader) are combined */
    RepeatedMeasurements.Rule repeatsRule() {
        return rule(repeatsRule);
    }

    /** @return how the readers' values of a case are combined */
    RepeatedMeasurements.Rule readersRule() {
        return rule(readersRule);
    }

    private static RepeatedMeasurements.Rule rule(final SettingsModelString setting) {
        return MEAN.equals(setting.getStringValue()) ? RepeatedMeasurements.Rule.MEAN : RepeatedMeasurements.Rule.MEDIAN;
    }
}
